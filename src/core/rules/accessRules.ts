/** Directory association and Azure RBAC rules (ASC, RBA), in catalog order. */
import { shareAccountsWithOffice365 } from './ASC001-shareAccountsWithOffice365';
import { orphanedSubscription } from './ASC002-orphanedSubscription';
import { inactiveWithAssignments } from './ASC003-inactiveWithAssignments';
import { principalInDirectory } from './RBA001-principalInDirectory';
import { knownRole } from './RBA002-knownRole';
import { duplicateAssignment } from './RBA003-duplicateAssignment';
import { assignmentLimit } from './RBA004-assignmentLimit';
import { assignmentsOnlyOnAzure } from './RBA005-assignmentsOnlyOnAzure';
import { disabledPrincipal } from './RBA006-disabledPrincipal';
import { scopeOfSubscription } from './RBA007-scopeOfSubscription';
import type { Rule } from './rule';

export const ACCESS_RULES: readonly Rule[] = [
  shareAccountsWithOffice365, orphanedSubscription, inactiveWithAssignments,
  principalInDirectory, knownRole, duplicateAssignment, assignmentLimit, assignmentsOnlyOnAzure, disabledPrincipal, scopeOfSubscription,
];
