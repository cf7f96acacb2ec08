/** Principal references, groups, management groups and managed identities (PRN, GRP, MGT, MID), in catalog order. */
import { groupCycle } from './GRP001-groupCycle';
import { uniquePrincipalNames } from './GRP002-uniquePrincipalNames';
import { memberInDirectory } from './GRP003-memberInDirectory';
import { roleAssignableGroup } from './GRP004-roleAssignableGroup';
import { noGroupsInRoleAssignableGroup } from './GRP005-noGroupsInRoleAssignableGroup';
import { identityInDirectory } from './MID001-identityInDirectory';
import { knownParent } from './MGT001-knownParent';
import { noParentCycle } from './MGT002-noParentCycle';
import { hierarchyDepth } from './MGT003-hierarchyDepth';
import { oneManagementGroup } from './MGT004-oneManagementGroup';
import { subscriptionOfDirectory } from './MGT005-subscriptionOfDirectory';
import { rootHasNoParent } from './MGT006-rootHasNoParent';
import { principalUnambiguous } from './PRN001-principalUnambiguous';
import type { Rule } from './rule';

export const PRINCIPAL_RULES: readonly Rule[] = [
  principalUnambiguous,
  groupCycle, uniquePrincipalNames, memberInDirectory, roleAssignableGroup, noGroupsInRoleAssignableGroup,
  knownParent, noParentCycle, hierarchyDepth, oneManagementGroup, subscriptionOfDirectory, rootHasNoParent,
  identityInDirectory,
];
