import { sameAccount } from '../identity';
import { sameRole } from '../roleReference';
import { mapItems, normalScope, openSubscription } from './common';
import { ACCOUNT } from './find';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { scalarText } from './yaml/nodes';
import { appendItems } from './yaml/sequences';

export interface AddRoleAssignmentArgs {
  subscriptionId: string;
  principal: string;
  role: string;
  /** A path below the subscription, e.g. `/resourceGroups/web`; default the whole subscription. */
  scope?: string;
}

/** Appends a role assignment to an Azure subscription. Refuses Office 365 subscriptions and exact duplicates. */
export function addRoleAssignment(text: string, args: AddRoleAssignmentArgs, options: PlanOptions = {}): EditPlan {
  const opened = openSubscription(text, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  if (subscription.type !== 'azure') return refuse(m.editRoleNotAzure({ subscription: subscription.label }));
  if (!ACCOUNT.test(args.principal)) return refuse(m.editNotAccount({ account: args.principal }));
  if (!args.role.trim()) return refuse(m.editNeedsRole());
  if (args.scope !== undefined && !args.scope.startsWith('/')) return refuse(m.editBadScope({ scope: args.scope }));
  const duplicate = mapItems(subscription.map, 'roleAssignments').some((a) =>
    sameAccount(scalarText(a, 'principal') ?? '', args.principal) && sameRole(scalarText(a, 'role') ?? '', args.role) &&
    normalScope(scalarText(a, 'scope'), subscription.id) === normalScope(args.scope, subscription.id));
  if (duplicate) return refuse(m.editDuplicateAssignment({ principal: args.principal, role: args.role, subscription: subscription.label }));
  return planned(appendItems(source, subscription.map, 'roleAssignments', [[['principal', args.principal], ['role', args.role], ['scope', args.scope]]]));
}
