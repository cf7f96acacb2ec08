import type { Finding, Rule } from './rule';
import { directoryName, subscriptionName } from './naming';

export const ownerIsMember: Rule = {
  id: 'OWN002',
  name: 'OwnerIsMember',
  defaultSeverity: 'error',
  title: "An Azure subscription's owner is a member of its directory",
  sources: ['BUO', 'ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const owner = subscription.owner;
      if (subscription.type?.value !== 'azure' || !owner) continue;
      const directory = index.directoryOf(subscription);
      if (index.isMemberOf(owner.value, directory)) continue;
      const home = index.homeDirectory(owner.value);
      const why = 'Azure subscriptions are owned by individual users of the directory the subscription belongs to.';
      let what: string;
      let fix: string;
      if (home) {
        const asGuest = index.guestIn(owner.value, directory) ? `; here it is only a guest` : '';
        what = `Owner ${owner.value} of ${subscriptionName(subscription)} is a user of ${directoryName(home)}, not of ${directoryName(directory)}${asGuest}.`;
        fix = `Pick a member of ${directoryName(directory)} as owner, or transfer the subscription to ${directoryName(home)}.`;
      } else if (index.guestIn(owner.value, directory)) {
        what = `Owner ${owner.value} of ${subscriptionName(subscription)} is only a guest of ${directoryName(directory)}.`;
        fix = `Pick a member of ${directoryName(directory)} as owner.`;
      } else {
        what = `Owner ${owner.value} of ${subscriptionName(subscription)} is not a user of ${directoryName(directory)}.`;
        fix = `Add ${owner.value} to the directory's users, or pick one of its members as owner.`;
      }
      const explain = [`Azure subscription ${subscriptionName(subscription)} in ${directoryName(directory)}`, `owned by ${owner.value}`];
      if (home) explain.push(`home directory ${directoryName(home)} ≠ ${directoryName(directory)}`);
      if (index.guestIn(owner.value, directory)) explain.push(`only a guest of ${directoryName(directory)}`);
      else if (!home) explain.push(`no user ${owner.value} in ${directoryName(directory)}`);
      findings.push({
        message: `${what} ${why} ${fix}`,
        explain,
        start: owner.start,
        end: owner.end,
        data: { owner: owner.value, directoryId: directory.id?.value, homeDirectoryId: home?.id?.value, homeDirectoryName: home?.name?.value, subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
