/**
 * The entities of the file as schema messages name them (see the message catalogs). Its own module so
 * that the catalogs and the schema check, which uses the catalogs, do not import each other.
 */
export type SchemaKind = 'top' | 'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'pendingRoleAssignment'
  | 'group' | 'servicePrincipal' | 'managementGroup' | 'managementGroupRoleAssignment';
