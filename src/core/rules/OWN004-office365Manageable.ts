import type { Directory, Guest, Str, User } from '../model';
import type { ModelIndex } from '../modelIndex';
import { entraRoleNames, findEntraRole } from '../catalog';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

const MANAGERS = new Set(['Global Administrator', 'Billing Administrator']);

function isManagerRole(name: string): boolean {
  const role = findEntraRole(name);
  return role !== undefined && MANAGERS.has(role.name);
}

/** A guest signs in with its home account: a disabled home account cannot sign in anywhere. */
function canSignIn(account: User | Guest, index: ModelIndex): boolean {
  if (account.kind === 'user') return account.enabled;
  const home = account.upn && index.member(account.upn.value);
  return home ? home.enabled : true;
}

interface Assessment {
  manageable: boolean;
  /** Roles that are no Entra role but are one typo away from a manager role, on accounts that can sign in. */
  nearMisses: Array<{ role: Str; account: User | Guest; meant: string }>;
  /** Guests holding a manager role whose home account is disabled. */
  disabledHomes: Guest[];
}

function assess(directory: Directory, index: ModelIndex): Assessment {
  const result: Assessment = { manageable: false, nearMisses: [], disabledHomes: [] };
  for (const account of [...directory.users, ...directory.guests]) {
    // A guest blocked from this directory (`enabled: false`) cannot sign in to it, whatever its home account.
    if (account.kind === 'guest' && !account.enabled) continue;
    const signsIn = canSignIn(account, index);
    for (const role of account.roles) {
      if (isManagerRole(role.value)) {
        if (signsIn) result.manageable = true;
        else if (account.kind === 'guest') result.disabledHomes.push(account);
      } else if (signsIn && !findEntraRole(role.value)) {
        const meant = didYouMean(role.value, entraRoleNames());
        const canonical = meant && findEntraRole(meant)?.name;
        if (canonical && MANAGERS.has(canonical)) result.nearMisses.push({ role, account, meant: canonical });
      }
    }
  }
  return result;
}

export const office365Manageable: Rule = {
  id: 'OWN004',
  name: 'Office365Manageable',
  defaultSeverity: 'warning',
  title: 'Someone can manage each Office 365 subscription',
  sources: ['BUO', 'ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    const assessed = new Map<Directory, Assessment>();
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'office365' || subscription.state === 'deleted') continue;
      const directory = index.directoryOf(subscription);
      let assessment = assessed.get(directory);
      if (!assessment) assessed.set(directory, (assessment = assess(directory, index)));
      if (assessment.manageable) continue;
      const nearMisses = assessment.nearMisses.map((n) => m.own004NearMiss({ role: n.role.value, upn: n.account.upn?.value ?? '?', meant: n.meant }));
      const disabledHomes = assessment.disabledHomes.map((g) => g.upn?.value ?? '?');
      const names = {
        subscription: name.subscription(subscription), directory: name.directory(directory),
        nearMisses: nearMisses.length ? m.list({ items: nearMisses }) : undefined,
        disabledHomes: disabledHomes.length ? m.list({ items: disabledHomes }) : undefined,
      };
      findings.push({
        message: m.OWN004(names),
        start: subscription.head.start,
        end: subscription.head.end,
        related: [
          ...assessment.nearMisses.flatMap((n) => relatedAt(n.role, m.relatedMisspeltRole({ meant: n.meant }))),
          ...assessment.disabledHomes.flatMap((g) => relatedAt(g.upn ?? g.head, m.relatedDisabledHome())),
        ],
        explain: [m.factOffice365SubscriptionIn(names), m.factNoManager(names)],
        data: { directoryId: directory.id?.value },
      });
    }
    return findings;
  },
};
