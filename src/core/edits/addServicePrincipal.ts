import { RESOURCE_ID } from '../formats';
import type { ManagedIdentityKind, ServicePrincipalType } from '../model';
import { openDirectory } from './common';
import { newPrincipalRefusal } from './findPrincipals';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';

export interface AddServicePrincipalArgs {
  directoryId: string;
  name: string;
  type: ServicePrincipalType;
  /** Managed identities only. */
  identity?: ManagedIdentityKind;
  /** Managed identities only: the resource a system-assigned identity belongs to (required), or a user-assigned identity's own id. */
  resource?: string;
  /** Applications: the application (client) id. */
  appId?: string;
  /** The service principal's object id. */
  id?: string;
}

/**
 * Appends an application's service principal or a managed identity to a directory's
 * `servicePrincipals`, with the keys the format requires for its kind. Refuses a name or id already
 * used in the directory and the combinations the schema rejects.
 */
export function addServicePrincipal(text: string, args: AddServicePrincipalArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  const name = args.name.trim();
  const unfit = newPrincipalRefusal(directory, 'servicePrincipal', name, [args.id, args.appId], m);
  if (unfit) return unfit;
  if (args.type !== 'application' && args.type !== 'managedIdentity') return refuse(m.editSpType());
  if (args.type === 'application' && (args.identity || args.resource)) return refuse(m.editSpAppOnly());
  if (args.type === 'managedIdentity') {
    if (args.identity !== 'systemAssigned' && args.identity !== 'userAssigned') return refuse(m.editSpIdentity());
    if (args.identity === 'systemAssigned' && !args.resource) return refuse(m.editSpNeedsResource());
    if (args.resource !== undefined && !RESOURCE_ID.test(args.resource)) return refuse(m.editNotResourceId({ resource: args.resource }));
  }
  return planned(appendItems(source, directory.map, 'servicePrincipals', [[
    ['name', name], ['type', args.type], ['identity', args.type === 'managedIdentity' ? args.identity : undefined],
    ['appId', args.appId], ['id', args.id], ['resource', args.type === 'managedIdentity' ? args.resource : undefined],
  ]]));
}
