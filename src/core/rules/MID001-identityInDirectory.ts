import { subscriptionOfResource } from '../formats';
import { fold } from '../model';
import type { Finding, Rule } from './rule';

export const identityInDirectory: Rule = {
  id: 'MID001',
  name: 'IdentityInDirectory',
  defaultSeverity: 'error',
  title: "A managed identity's resource is in a subscription of the identity's directory",
  sources: ['XFER', 'MANAGED_IDENTITIES'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const sp of directory.servicePrincipals) {
        if (sp.type?.value !== 'managedIdentity' || !sp.resource) continue;
        const id = subscriptionOfResource(sp.resource.value);
        if (!id) continue; // not a resource id: the schema says so
        const listed = index.subscriptionsById.get(fold(id)) ?? [];
        // Only a subscription the file places in another directory: one it does not list at all may simply be left out.
        const subscription = listed[0];
        if (!subscription || listed.some((s) => s.directoryIndex === directory.index)) continue;
        findings.push({
          message: m.MID001({
            identity: m.quoted({ name: sp.name?.value ?? sp.id?.value ?? '' }), subscription: name.subscription(subscription), directory: name.directory(directory),
            other: name.directory(index.directoryOf(subscription)), userAssigned: sp.identity?.value === 'userAssigned',
          }),
          start: sp.resource.start,
          end: sp.resource.end,
        });
      }
    }
    return findings;
  },
};
