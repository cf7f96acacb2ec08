import type { Finding, Rule } from './rule';
import { directoryName, subscriptionName } from './naming';

export const createdInCreatorsDirectory: Rule = {
  id: 'CRT001',
  name: 'CreatedInCreatorsDirectory',
  defaultSeverity: 'error',
  title: 'A subscription lives in the directory of the user who created it',
  sources: ['BUO'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const creator = subscription.createdBy;
      if (!creator) continue;
      const directory = index.directoryOf(subscription);
      const home = index.homeDirectory(creator.value);
      if (!home || home === directory || index.isMemberOf(creator.value, directory)) continue;
      findings.push({
        message:
          `${subscriptionName(subscription)} is in ${directoryName(directory)}, but its creator ${creator.value} is a user of ${directoryName(home)}. ` +
          'A subscription is created in the directory of the user who creates it. ' +
          `Move the subscription to ${directoryName(home)} (or record how it was transferred here), or correct \`createdBy\`.`,
        start: creator.start,
        end: creator.end,
        explain: [
          `subscription ${subscriptionName(subscription)} in ${directoryName(directory)}`,
          `created by ${creator.value}`,
          `home directory ${directoryName(home)} ≠ ${directoryName(directory)}`,
        ],
        data: { creator: creator.value, creatorDirectoryId: home.id?.value, creatorDirectoryName: home.name?.value, subscriptionId: subscription.id?.value, subscriptionType: subscription.type?.value },
      });
    }
    return findings;
  },
};
