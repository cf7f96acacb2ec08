/**
 * The editing features, bundled on their own (dist/editing.js) and loaded on first use: the edit
 * commands, the Azure CLI import, the reports and the quick-fix planners. Activation does not pay
 * for code most sessions never run.
 */
export { addDirectoryCommand } from './addDirectory';
export { addGroupCommand } from './addGroup';
export { addGroupMemberCommand } from './addGroupMember';
export { addServicePrincipalCommand } from './addServicePrincipal';
export { placeInManagementGroupCommand } from './placeInManagementGroup';
export { addRoleAssignmentCommand } from './addRoleAssignment';
export { addSubscriptionCommand } from './addSubscription';
export { addUserCommand } from './addUser';
export { exportReportCommand } from './exportReport';
export { importFromAzureCliCommand } from './importFromAzureCli';
export { inviteGuestCommand } from './inviteGuest';
export { recreateRoleAssignmentsCommand } from './recreateRoleAssignments';
export { removeEntityCommand } from './removeEntity';
export { renameUpnCommand } from './renameUpn';
export { setOwnerCommand } from './setOwner';
export { transferSubscriptionCommand } from './transferSubscription';
export { fixAllInFile, isRefused, quickFixOffers } from '../../core/edits';
