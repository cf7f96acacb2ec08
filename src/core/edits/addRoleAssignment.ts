import { fold } from '../model';
import { isRefusal, mapItems, normalScope, open, subscriptionOrRefuse } from './common';
import { ACCOUNT } from './find';
import { planned, refuse } from './types';
import type { EditPlan } from './types';
import { appendItems, scalarText } from './yamlText';

export interface AddRoleAssignmentArgs {
  subscriptionId: string;
  principal: string;
  role: string;
  /** A path below the subscription, e.g. `/resourceGroups/web`; default the whole subscription. */
  scope?: string;
}

/** Appends a role assignment to an Azure subscription. Refuses Office 365 subscriptions and exact duplicates. */
export function addRoleAssignment(text: string, args: AddRoleAssignmentArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  const subscription = subscriptionOrRefuse(source, args.subscriptionId);
  if (isRefusal(subscription)) return subscription;
  if (subscription.type !== 'azure') return refuse(`${subscription.label} is not an Azure subscription: Azure role assignments exist only on Azure subscriptions.`);
  if (!ACCOUNT.test(args.principal)) return refuse(`${args.principal} is not an account address (alias@domain).`);
  if (!args.role.trim()) return refuse('A role assignment needs a role.');
  if (args.scope !== undefined && !args.scope.startsWith('/')) return refuse(`The scope ${args.scope} must be a path below the subscription, starting with /.`);
  const duplicate = mapItems(subscription.map, 'roleAssignments').some((a) =>
    fold(scalarText(a, 'principal') ?? '') === fold(args.principal) && fold(scalarText(a, 'role') ?? '') === fold(args.role) &&
    normalScope(scalarText(a, 'scope')) === normalScope(args.scope));
  if (duplicate) return refuse(`${args.principal} already has ${args.role} at this scope on ${subscription.label}.`);
  return planned(appendItems(source, subscription.map, 'roleAssignments', [[['principal', args.principal], ['role', args.role], ['scope', args.scope]]]));
}
