/**
 * Finds a directory's groups, service principals and management groups in the parsed document, and
 * tells what a principal reference names there (docs/format.md, "Principal references") with the
 * core's one matching of references, `PrincipalNames` (src/core/principals.ts): the planners read the
 * YAML document, the rules the model, and a reference means the same to both.
 */
import { isMap } from 'yaml';
import type { YAMLMap } from 'yaml';
import { fold } from '../model';
import { isGuid } from '../formats';
import type { Messages } from '../i18n';
import { sameAccount } from '../identity';
import { PrincipalNames } from '../principals';
import type { FoundDirectory } from './find';
import { refuse } from './types';
import type { Refusal } from './types';
import { itemsOf, scalarText } from './yaml/nodes';

export type NamedKind = 'group' | 'servicePrincipal';

export interface FoundNamed {
  kind: NamedKind;
  map: YAMLMap;
  name?: string;
  id?: string;
  appId?: string;
}

export interface FoundManagementGroup {
  map: YAMLMap;
  id: string;
  name?: string;
}

/** What a reference names in a directory: an account (by its written UPN), a group or a service principal. */
export type NamedPrincipal = { kind: 'account'; upn: string } | FoundNamed;

export function groupMaps(directory: FoundDirectory): FoundNamed[] {
  return itemsOf(directory.map, 'groups').filter(isMap).map((map) => ({ kind: 'group' as const, map, name: scalarText(map, 'name'), id: scalarText(map, 'id') }));
}

export function servicePrincipalMaps(directory: FoundDirectory): FoundNamed[] {
  return itemsOf(directory.map, 'servicePrincipals').filter(isMap)
    .map((map) => ({ kind: 'servicePrincipal' as const, map, name: scalarText(map, 'name'), id: scalarText(map, 'id'), appId: scalarText(map, 'appId') }));
}

export function managementGroupMaps(directory: FoundDirectory): FoundManagementGroup[] {
  return itemsOf(directory.map, 'managementGroups').filter(isMap).flatMap((map) => {
    const id = scalarText(map, 'id');
    return id ? [{ map, id, name: scalarText(map, 'name') }] : [];
  });
}

export function findManagementGroup(directory: FoundDirectory, id: string): FoundManagementGroup | undefined {
  return managementGroupMaps(directory).find((g) => fold(g.id) === fold(id.trim()));
}

/** What references can name in the directory: its accounts (by their written UPN), groups and service principals. */
function principalNames(directory: FoundDirectory): PrincipalNames<string, FoundNamed> {
  const names = new PrincipalNames<string, FoundNamed>();
  for (const account of [...itemsOf(directory.map, 'users'), ...itemsOf(directory.map, 'guests')]) {
    const upn = scalarText(account, 'upn');
    names.addAccount(upn, upn!);
  }
  for (const named of [...groupMaps(directory), ...servicePrincipalMaps(directory)]) names.addNamed(named, named.name, named.id, named.appId);
  return names;
}

/** Groups and service principals a name or id fits (several when two share a name). */
export function namedMatching(directory: FoundDirectory, text: string): FoundNamed[] {
  return principalNames(directory).named(text);
}

/** The principal a reference names in the directory, if exactly one. */
export function resolveNamed(directory: FoundDirectory, text: string): NamedPrincipal | undefined {
  const found = principalNames(directory).candidates(text);
  if (found.length !== 1) return undefined;
  return typeof found[0] === 'string' ? { kind: 'account', upn: found[0] } : found[0];
}

/**
 * Why a new group or service principal cannot be written with this name and these ids in the
 * directory: no name, a name another one has, an id that is not a GUID or that names another one.
 */
export function newPrincipalRefusal(directory: FoundDirectory, kind: NamedKind, name: string, ids: ReadonlyArray<string | undefined>, m: Messages): Refusal | undefined {
  if (!name) return refuse(m.editPrincipalNeedsName({ kind }));
  const taken = namedMatching(directory, name).find((p) => p.name !== undefined);
  if (taken) return refuse(m.editNameTaken({ name, directory: directory.label, kind: taken.kind }));
  for (const id of ids) {
    if (id === undefined) continue;
    if (!isGuid(id)) return refuse(m.editNotObjectId({ id }));
    if (namedMatching(directory, id).length) return refuse(m.editObjectIdTaken({ id, directory: directory.label }));
  }
  return undefined;
}

/** Whether two resolved principals are the same one. */
export function samePrincipal(a: NamedPrincipal, b: NamedPrincipal): boolean {
  if (a.kind === 'account' || b.kind === 'account') return a.kind === b.kind && sameAccount((a as { upn: string }).upn, (b as { upn: string }).upn);
  return a.map === b.map;
}

