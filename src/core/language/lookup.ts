/**
 * Look-ups the language features share: the reference index of an analysis (built once per
 * analysis, on first use), and the entity of the model at an offset.
 */
import type { Analysis } from '../analyze';
import type { Directory, Group, Guest, ManagementGroup, RoleAssignment, ServicePrincipal, Span, Subscription, User, Workspace } from '../model';
import { ReferenceIndex } from '../references';
import type { Locale } from '../i18n';

const indexes = new WeakMap<Analysis, ReferenceIndex>();

/** The reference index of an analysis; analyses are immutable, so it is built once and kept with it. */
export function referenceIndexOf(analysis: Analysis): ReferenceIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = new ReferenceIndex(analysis.workspace, analysis.index)));
  return index;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The last item of a list sorted by start that starts at or before `offset`. */
function lastStartingBefore<T extends Span>(items: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let found: T | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (items[mid].start <= offset) {
      found = items[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The directory an offset belongs to: the one whose item contains it, or the last one starting
 * before it (the cursor may be on a line being typed below the last parsed entry).
 */
export function directoryAt(workspace: Workspace, offset: number): Directory | undefined {
  return lastStartingBefore(workspace.directories, offset);
}

export interface EntityPath {
  directory?: Directory;
  user?: User;
  guest?: Guest;
  subscription?: Subscription;
  group?: Group;
  servicePrincipal?: ServicePrincipal;
  managementGroup?: ManagementGroup;
  /** A role assignment of `subscription`, or of `managementGroup`. */
  assignment?: RoleAssignment;
  /** The assignment is one of `pendingRoleAssignments`. */
  pending?: boolean;
}

/** The entities whose ranges contain `offset`, from the directory down. */
export function entitiesAt(workspace: Workspace, offset: number): EntityPath {
  const directory = lastStartingBefore(workspace.directories, offset);
  if (!directory || !contains(directory, offset)) return {};
  const user = lastStartingBefore(directory.users, offset);
  if (user && contains(user, offset)) return { directory, user };
  const guest = lastStartingBefore(directory.guests, offset);
  if (guest && contains(guest, offset)) return { directory, guest };
  const subscription = lastStartingBefore(directory.subscriptions, offset);
  if (subscription && contains(subscription, offset)) {
    const assignment = lastStartingBefore(subscription.roleAssignments, offset);
    if (assignment && contains(assignment, offset)) return { directory, subscription, assignment };
    const pending = lastStartingBefore(subscription.pendingRoleAssignments, offset);
    if (pending && contains(pending, offset)) return { directory, subscription, assignment: pending, pending: true };
    return { directory, subscription };
  }
  const group = lastStartingBefore(directory.groups, offset);
  if (group && contains(group, offset)) return { directory, group };
  const servicePrincipal = lastStartingBefore(directory.servicePrincipals, offset);
  if (servicePrincipal && contains(servicePrincipal, offset)) return { directory, servicePrincipal };
  const managementGroup = lastStartingBefore(directory.managementGroups, offset);
  if (managementGroup && contains(managementGroup, offset)) {
    const assignment = lastStartingBefore(managementGroup.roleAssignments, offset);
    if (assignment && contains(assignment, offset)) return { directory, managementGroup, assignment };
    return { directory, managementGroup };
  }
  return { directory };
}

/** A directory's name for people: its alias or name, else its id. */
export function directoryLabel(directory: Directory): string {
  return directory.name?.value ?? directory.alias?.value ?? directory.id?.value ?? `directory ${directory.index + 1}`;
}

/** A management group's name for people: its display name, else its id. */
export function managementGroupLabel(group: ManagementGroup): string {
  return group.name?.value ?? group.id?.value ?? `management group ${group.managementGroupIndex + 1}`;
}

/** A subscription's name for people. */
export function subscriptionLabel(subscription: Subscription): string {
  return subscription.name?.value ?? subscription.alias?.value ?? subscription.id?.value ?? 'subscription';
}

/** Options of the language features: the language of their texts (hover, completion details, rename refusals). Default `en`. */
export interface LanguageOptions {
  locale?: Locale;
}
