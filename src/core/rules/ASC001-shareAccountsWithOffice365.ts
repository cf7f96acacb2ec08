import { accountKey } from '../identity';
import type { Directory } from '../model';
import type { Finding, Rule } from './rule';

export const shareAccountsWithOffice365: Rule = {
  id: 'ASC001',
  name: 'ShareAccountsWithOffice365',
  defaultSeverity: 'warning',
  title: 'Azure subscriptions used by Office 365 accounts live in the Office 365 directory',
  sources: ['BUO', 'ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure' || subscription.state === 'deleted') continue;
      const directory = index.directoryOf(subscription);
      if (index.hasOffice365(directory)) continue; // ordinary B2B between directories with their own Office 365
      const accountsByHome = new Map<Directory, Set<string>>();
      const consider = (upn: string | undefined) => {
        if (!upn || index.isMemberOf(upn, directory)) return;
        const home = index.homeDirectory(upn);
        if (!home || home === directory || !index.hasOffice365(home)) return;
        const accounts = accountsByHome.get(home) ?? new Set<string>();
        accounts.add(index.member(upn)!.upn!.value);
        accountsByHome.set(home, accounts);
      };
      consider(subscription.owner?.value);
      consider(subscription.createdBy?.value);
      for (const assignment of subscription.roleAssignments) consider(assignment.principal?.value);
      let target: Directory | undefined;
      for (const [home, accounts] of accountsByHome) {
        if (!target || accounts.size > accountsByHome.get(target)!.size) target = home;
      }
      if (!target) continue;
      const accounts = [...accountsByHome.get(target)!];
      const names = { subscription: name.subscription(subscription), directory: name.directory(directory), target: name.directory(target), accounts: m.list({ items: accounts }) };
      findings.push({
        message: m.ASC001(names),
        start: subscription.head.start,
        end: subscription.head.end,
        explain: [
          m.factAzureSubscriptionIn(names),
          m.factNoOffice365(names),
          m.factUsedBy(names),
          m.factHomeHoldsOffice365({ directory: names.target }),
        ],
        data: { fix: 'transfer', subscriptionId: subscription.id?.value, targetDirectoryId: target.id?.value, targetDirectoryName: target.name?.value, accounts: accounts.map(accountKey) },
      });
    }
    return findings;
  },
};
