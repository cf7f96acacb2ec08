import { fold } from '../model';
import type { Directory } from '../model';
import { findEntraRole } from '../reference';
import type { Finding, Rule } from './rule';

const MANAGERS = new Set(['global administrator', 'billing administrator']);

function isManagerRole(name: string): boolean {
  return MANAGERS.has(fold(findEntraRole(name)?.name ?? name.trim()));
}

function hasManager(directory: Directory): boolean {
  return (
    directory.users.some((u) => u.enabled && u.roles.some((r) => isManagerRole(r.value))) ||
    directory.guests.some((g) => g.roles.some((r) => isManagerRole(r.value)))
  );
}

export const office365Manageable: Rule = {
  id: 'OWN004',
  name: 'Office365Manageable',
  defaultSeverity: 'warning',
  scope: 'directory',
  title: 'Someone can manage each Office 365 subscription',
  sources: ['BUO', 'ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    const manageable = new Map<Directory, boolean>();
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'office365' || subscription.state === 'deleted') continue;
      const directory = index.directoryOf(subscription);
      if (!manageable.has(directory)) manageable.set(directory, hasManager(directory));
      if (manageable.get(directory)) continue;
      const names = { subscription: name.subscription(subscription), directory: name.directory(directory) };
      findings.push({
        message: m.OWN004(names),
        start: subscription.head.start,
        end: subscription.head.end,
        explain: [m.factOffice365SubscriptionIn(names), m.factNoManager(names)],
        data: { directoryId: directory.id?.value },
      });
    }
    return findings;
  },
};
