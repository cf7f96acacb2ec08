import type { Directory, Subscription } from '../model';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const orphanedSubscription: Rule = {
  id: 'ASC002',
  name: 'OrphanedSubscription',
  defaultSeverity: 'warning',
  title: 'An active subscription belongs to a directory with at least one enabled member',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    // One cause, the directory; one problem per directory, on its first active subscription.
    const active = new Map<Directory, Subscription[]>();
    for (const subscription of index.subscriptions) {
      if (subscription.state !== 'active') continue;
      const directory = index.directoryOf(subscription);
      const list = active.get(directory);
      if (list) list.push(subscription);
      else if (!directory.users.some((u) => u.enabled)) active.set(directory, [subscription]);
    }
    for (const [directory, subscriptions] of active) {
      const [first, ...others] = subscriptions;
      const names = { subscription: name.subscription(first), directory: name.directory(directory) };
      if (directory.unknown.some((fact) => fact.value === 'users')) {
        // The file says its users are not listed yet (an import that had none): to fill in, once per subscription.
        for (const s of subscriptions) {
          findings.push({ message: m.ASC002ToFillIn({ ...names, subscription: name.subscription(s) }), start: s.head.start, end: s.head.end, data: { subscriptionId: s.id?.value }, severity: 'info' });
        }
        continue;
      }
      const count = directory.users.length;
      findings.push({
        message: others.length
          ? m.ASC002Many({ ...names, subscriptions: m.list({ items: subscriptions.map((s) => name.subscription(s)) }), count: subscriptions.length })
          : m.ASC002(names),
        start: first.head.start,
        end: first.head.end,
        related: others.flatMap((s) => relatedAt(s.head, m.relatedAlsoActive({ subscription: name.subscription(s) }))),
        explain: [
          m.factActiveSubscriptionIn(names),
          count === 0 ? m.factNoUsers(names) : count === 1 ? m.factOnlyUserDisabled(names) : m.factAllUsersDisabled({ ...names, count }),
        ],
        data: { subscriptionId: first.id?.value, subscriptionIds: subscriptions.map((s) => s.id?.value ?? '') },
      });
    }
    return findings;
  },
};
