/**
 * The JSON Schema seen from a YAML path: which object definition a path leads to, its keys with
 * their descriptions. The schema file is the single source of keys and their documentation.
 */
import schema from '../schema/tenancy.schema.json';
import type { PathStep } from './cursorContext';

export interface SchemaProperty {
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string;
  enum?: string[];
  default?: unknown;
  items?: SchemaProperty & { $ref?: string };
  $ref?: string;
}

export interface SchemaObject {
  title?: string;
  description?: string;
  required?: string[];
  properties: Record<string, SchemaProperty>;
}

/** The kinds of map the format has: the root and one per schema definition. */
export type MapKind =
  | 'root' | 'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'pendingRoleAssignment'
  | 'group' | 'servicePrincipal' | 'managementGroup' | 'managementGroupRoleAssignment';

const definitions = schema.definitions as unknown as Record<string, SchemaObject>;

export function schemaObject(kind: MapKind): SchemaObject {
  return kind === 'root' ? (schema as unknown as SchemaObject) : definitions[kind];
}

/** Where each list key leads, by the kind of map holding it. */
const CHILDREN: Partial<Record<MapKind, Record<string, MapKind>>> = {
  root: { directories: 'directory' },
  directory: { users: 'user', guests: 'guest', subscriptions: 'subscription', groups: 'group', servicePrincipals: 'servicePrincipal', managementGroups: 'managementGroup' },
  subscription: { roleAssignments: 'roleAssignment', pendingRoleAssignments: 'pendingRoleAssignment' },
  managementGroup: { roleAssignments: 'managementGroupRoleAssignment' },
};

/** The kind of map a path leads to (`['directories', '[]', 'users', '[]']` is a user), if any. */
export function mapKindAt(path: readonly PathStep[]): MapKind | undefined {
  let kind: MapKind = 'root';
  for (let i = 0; i < path.length; i += 2) {
    const next: MapKind | undefined = CHILDREN[kind]?.[path[i]];
    if (!next || path[i + 1] !== '[]') return undefined;
    kind = next;
  }
  return kind;
}

/** The schema's documentation of a key: its Markdown description, else its plain one. */
export function propertyDocumentation(property: SchemaProperty): string | undefined {
  return property.markdownDescription ?? property.description;
}
