/** The role assignments the RBAC rules look at: only those of Azure subscriptions (RBA005 reports the others). */
import type { RoleAssignment, Subscription } from '../model';
import type { ModelIndex } from '../modelIndex';

export function* azureAssignments(index: ModelIndex): Iterable<[Subscription, RoleAssignment]> {
  for (const subscription of index.subscriptions) {
    if (subscription.type?.value !== 'azure') continue;
    for (const assignment of subscription.roleAssignments) yield [subscription, assignment];
  }
}
