import type { Finding, Rule } from './rule';
import { transferredFrom } from './transferRecord';
import type { FixData } from '../problems';
import { transferOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface CreatedInCreatorsDirectoryData extends FixData {
  creator?: string;
  creatorDirectoryId?: string;
  creatorDirectoryName?: string;
  subscriptionId?: string;
  subscriptionType?: string;
  transferred?: boolean;
}

export const createdInCreatorsDirectory: Rule<CreatedInCreatorsDirectoryData> = {
  id: 'CRT001',
  name: 'CreatedInCreatorsDirectory',
  defaultSeverity: 'error',
  title: 'A subscription lives in the directory of the user who created it',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<CreatedInCreatorsDirectoryData>> = [];
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
  movesSubscription: true,
  fixes(data, context) {
    if (data.text('subscriptionType') !== 'azure') return [];
    return transferOffer(context, data.text('subscriptionId'), data.text('creatorDirectoryId'), data.text('creatorDirectoryName'), false);
  },
};
