import { accountsReached, assignmentsReaching } from '../access';
import { accountKey } from '../identity';
import type { Directory, Subscription } from '../model';
import type { ModelIndex } from '../modelIndex';
import { findEntraRole } from '../catalog';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { transferOffer } from './fixes';

/**
 * How the directory holding the subscription looks from the file:
 * - `signUp`: a stray directory created by a sign-up — named "Default Directory" (the name Entra gives
 *   it) or with no domain but its initial *.onmicrosoft.com one. Moving the subscription into the
 *   Office 365 directory is the documented fix.
 * - `customer`: an organisation of its own — a verified custom domain and an enabled Global
 *   Administrator among its members — whose subscription is owned by one of its members: the Office 365
 *   accounts reach it as B2B guests (a managed-service provider's staff, a partner). That is the
 *   intended set-up, not a finding.
 * - `organisation`: an organisation of its own that the Office 365 accounts own or run: both routes apply.
 */
type DirectoryKind = 'signUp' | 'customer' | 'organisation';

function kindOf(directory: Directory, subscription: Subscription, target: Directory, index: ModelIndex): DirectoryKind {
  const customDomain = directory.domains.some((d) => !/\.onmicrosoft\.com$/i.test(d.value));
  if (/^default directory$/i.test(directory.name?.value.trim() ?? '') || !customDomain) return 'signUp';
  const ownAdministrator = directory.users.some((u) => u.enabled && u.roles.some((r) => findEntraRole(r.value)?.name === 'Global Administrator'));
  const runByTarget = [subscription.owner, subscription.createdBy].some((a) => a && index.homeDirectory(a.value) === target);
  return ownAdministrator && !runByTarget ? 'customer' : 'organisation';
}

/** What its findings carry for the quick fixes. */
export interface ShareAccountsData extends FixData {
  fix?: 'transfer';
  routes?: 'both';
  subscriptionId?: string;
  targetDirectoryId?: string;
  targetDirectoryName?: string;
}

export const shareAccountsWithOffice365: Rule<ShareAccountsData> = {
  id: 'ASC001',
  name: 'ShareAccountsWithOffice365',
  defaultSeverity: 'warning',
  title: 'Azure subscriptions used by Office 365 accounts live in the Office 365 directory',
  sources: ['BUO', 'ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<ShareAccountsData>> = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure' || subscription.state === 'deleted') continue;
      const directory = index.directoryOf(subscription);
      if (index.hasOffice365(directory)) continue; // ordinary B2B between directories with their own Office 365
      const accountsByHome = new Map<Directory, Set<string>>();
      const consider = (upn: string | undefined) => {
        if (!upn) return;
        // By home directory, not membership: an external member (the account that signed up for a stray directory) counts.
        const home = index.homeDirectory(upn);
        if (!home || home === directory || !index.hasOffice365(home)) return;
        const accounts = accountsByHome.get(home) ?? new Set<string>();
        accounts.add(index.member(upn)!.upn!.value);
        accountsByHome.set(home, accounts);
      };
      consider(subscription.owner?.value);
      consider(subscription.createdBy?.value);
      // Everyone the subscription's access reaches: direct, through groups (nested), and inherited from management groups.
      for (const { assignment } of assignmentsReaching(index, subscription)) {
        for (const { upn } of accountsReached(index, directory, assignment)) consider(upn);
      }
      let target: Directory | undefined;
      for (const [home, accounts] of accountsByHome) {
        if (!target || accounts.size > accountsByHome.get(target)!.size) target = home;
      }
      if (!target) continue;
      const kind = kindOf(directory, subscription, target, index);
      if (kind === 'customer') continue; // B2B guests into an organisation that runs its own subscription
      const accounts = [...accountsByHome.get(target)!];
      const names = { subscription: name.subscription(subscription), directory: name.directory(directory), target: name.directory(target), accounts: m.list({ items: accounts }) };
      findings.push({
        message: kind === 'signUp' ? m.ASC001(names) : m.ASC001BothRoutes(names),
        start: subscription.head.start,
        end: subscription.head.end,
        explain: [
          m.factAzureSubscriptionIn(names),
          m.factNoOffice365(names),
          m.factUsedBy(names),
          m.factHomeHoldsOffice365({ directory: names.target }),
        ],
        data: { fix: 'transfer', routes: kind === 'signUp' ? undefined : 'both', subscriptionId: subscription.id?.value, targetDirectoryId: target.id?.value, targetDirectoryName: target.name?.value, accounts: accounts.map(accountKey) },
      });
    }
    return findings;
  },
  movesSubscription: true,
  fixes(data, context) {
    return transferOffer(context, data.text('subscriptionId'), data.text('targetDirectoryId'), data.text('targetDirectoryName'), true);
  },
};
