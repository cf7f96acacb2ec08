/** The management-group hierarchy of one directory as the MGT rules read it: parents by id, the tenant root group. */
import { fold } from '../model';
import type { Directory, ManagementGroup } from '../model';
import type { Messages } from '../i18n';

export interface Tree {
  /** Management groups by folded id (the first, when the file repeats an id). */
  byId: Map<string, ManagementGroup>;
  /** The folded tenant id: the tenant root group's id. */
  rootId?: string;
}

export function treeOf(directory: Directory): Tree {
  const byId = new Map<string, ManagementGroup>();
  for (const group of directory.managementGroups) if (group.id && !byId.has(fold(group.id.value))) byId.set(fold(group.id.value), group);
  return { byId, rootId: directory.id && fold(directory.id.value) };
}

export function isRoot(tree: Tree, group: ManagementGroup): boolean {
  return Boolean(group.id && tree.rootId && fold(group.id.value) === tree.rootId);
}

/** The parent: a listed management group, `root` (absent, or the tenant id), or `unknown` (MGT001). */
export function parentOf(tree: Tree, group: ManagementGroup): ManagementGroup | 'root' | 'unknown' {
  const parent = group.parent?.value;
  if (!parent || fold(parent) === tree.rootId) return 'root';
  const found = tree.byId.get(fold(parent));
  return found && !isRoot(tree, found) ? found : found ? 'root' : 'unknown';
}

export function mgLabel(group: ManagementGroup, m: Messages): string {
  return m.quoted({ name: group.name?.value ?? group.id?.value ?? '' });
}
