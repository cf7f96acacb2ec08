import type { Finding, Rule } from './rule';
import { transferredFrom } from './transferRecord';

export const createdInCreatorsDirectory: Rule = {
  id: 'CRT001',
  name: 'CreatedInCreatorsDirectory',
  defaultSeverity: 'error',
  title: 'A subscription lives in the directory of the user who created it',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const creator = subscription.createdBy;
      if (!creator) continue;
      const directory = index.directoryOf(subscription);
      const home = index.homeDirectory(creator.value);
      if (!home || home === directory || index.isMemberOf(creator.value, directory)) continue;
      const names = { subscription: name.subscription(subscription), directory: name.directory(directory), creator: creator.value, home: name.directory(home) };
      if (transferredFrom(subscription, home, index)) {
        // Created in its former directory, then transferred here: the file records it, nothing to move back.
        findings.push({
          message: m.CRT001Transferred(names),
          severity: 'info',
          start: creator.start,
          end: creator.end,
          explain: [m.factSubscriptionIn(names), m.factCreatedBy(names), m.factTransferredFrom({ directory: names.home })],
          data: { creator: creator.value, subscriptionId: subscription.id?.value, transferred: true },
        });
        continue;
      }
      findings.push({
        message: m.CRT001(names),
        start: creator.start,
        end: creator.end,
        explain: [m.factSubscriptionIn(names), m.factCreatedBy(names), m.factHomeDirectoryIsNot(names)],
        data: { creator: creator.value, creatorDirectoryId: home.id?.value, creatorDirectoryName: home.name?.value, subscriptionId: subscription.id?.value, subscriptionType: subscription.type?.value },
      });
    }
    return findings;
  },
};
