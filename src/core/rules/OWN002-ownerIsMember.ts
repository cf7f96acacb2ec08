import type { Finding, Rule } from './rule';
import { transferredFrom } from './transferRecord';
import type { FixData } from '../problems';
import { transferOffer } from './fixes';
import type { FixOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface OwnerIsMemberData extends FixData {
  owner?: string;
  directoryId?: string;
  homeDirectoryId?: string;
  homeDirectoryName?: string;
  subscriptionId?: string;
  /** The subscription was transferred here: its owner is expected to come from elsewhere. */
  transferred?: boolean;
  alsoGuest?: boolean;
}

export const ownerIsMember: Rule<OwnerIsMemberData> = {
  id: 'OWN002',
  name: 'OwnerIsMember',
  defaultSeverity: 'error',
  title: "An Azure subscription's owner is a member of its directory",
  sources: ['BUO', 'ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<OwnerIsMemberData>> = [];
    for (const subscription of index.subscriptions) {
      const owner = subscription.owner;
      if (subscription.type?.value !== 'azure' || !owner) continue;
      const directory = index.directoryOf(subscription);
      if (index.isMemberOf(owner.value, directory)) continue;
      const home = index.homeDirectory(owner.value);
      const guest = index.guestIn(owner.value, directory);
      const names = { owner: owner.value, upn: owner.value, subscription: name.subscription(subscription), directory: name.directory(directory) };
      if (home && transferredFrom(subscription, home, index)) {
        // The recorded transfer kept its billing owner: say what that means here, never "move it back".
        findings.push({
          message: m.OWN002Transferred({ ...names, home: name.directory(home), alsoGuest: Boolean(guest) }),
          severity: 'info',
          start: owner.start,
          end: owner.end,
          explain: [m.factAzureSubscriptionIn(names), m.factOwnedBy(names), m.factTransferredFrom({ directory: name.directory(home) })],
          data: { owner: owner.value, directoryId: directory.id?.value, subscriptionId: subscription.id?.value, transferred: true, alsoGuest: Boolean(guest) },
        });
        continue;
      }
      const message = home
        ? m.OWN002HomeElsewhere({ ...names, home: name.directory(home), alsoGuest: Boolean(guest) })
        : guest ? m.OWN002OnlyGuest(names) : m.OWN002NotAUser(names);
      const explain = [m.factAzureSubscriptionIn(names), m.factOwnedBy(names)];
      if (home) explain.push(m.factHomeDirectoryIsNot({ ...names, home: name.directory(home) }));
      if (guest) explain.push(m.factOnlyGuestOf(names));
      else if (!home) explain.push(m.factNoSuchUser(names));
      findings.push({
        message,
        explain,
        start: owner.start,
        end: owner.end,
        data: { owner: owner.value, directoryId: directory.id?.value, homeDirectoryId: home?.id?.value, homeDirectoryName: home?.name?.value, subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
  movesSubscription: true,
  fixes(data, context) {
    const { messages: m, directoryLabel } = context;
    const owner = data.text('owner');
    const directoryId = data.text('directoryId');
    const subscriptionId = data.text('subscriptionId');
    const transferred = data.flag('transferred');
    // What the message suggests first: a member of the subscription's directory as owner (picked by the user).
    const offers: FixOffer[] = subscriptionId ? [{ title: m.fixPickOwner(), preferred: !transferred, call: { command: 'pickOwner', args: { subscriptionId } } }] : [];
    // After a recorded transfer, never offer to move the subscription back: invite the owner instead.
    if (transferred) {
      if (owner && directoryId && !data.flag('alsoGuest')) {
        offers.push({ title: m.fixInvite({ principal: owner, directory: directoryLabel(directoryId) }), preferred: true, call: { planner: 'inviteGuest', args: { directoryId, upn: owner, external: false } } });
      }
      return offers;
    }
    return [...offers, ...transferOffer(context, subscriptionId, data.text('homeDirectoryId'), data.text('homeDirectoryName'), false)];
  },
};
