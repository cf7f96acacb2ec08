/**
 * The editing features, bundled on their own (dist/editing.js) and loaded on first use: the edit
 * commands, the Azure CLI import, the reports and the quick-fix planners. Activation does not pay
 * for code most sessions never run.
 */
import type { AnalysisStore } from '../analysisStore';
import { addDirectoryCommand } from './addDirectory';
import { addGroupCommand } from './addGroup';
import { addGroupMemberCommand } from './addGroupMember';
import { addRoleAssignmentCommand } from './addRoleAssignment';
import { addServicePrincipalCommand } from './addServicePrincipal';
import { addSubscriptionCommand } from './addSubscription';
import { addUserCommand } from './addUser';
import { exportReportCommand } from './exportReport';
import type { COMMANDS } from './ids';
import { importFromAzureCliCommand } from './importFromAzureCli';
import { inviteGuestCommand } from './inviteGuest';
import { placeInManagementGroupCommand } from './placeInManagementGroup';
import { recreateRoleAssignmentsCommand } from './recreateRoleAssignments';
import { removeEntityCommand } from './removeEntity';
import { renameUpnCommand } from './renameUpn';
import { setOwnerCommand } from './setOwner';
import { transferSubscriptionCommand } from './transferSubscription';

export { fixAllInFile, isRefused, quickFixOffers } from '../../core/edits';
export { estateFixAllInFile, estateFixableInFile, estateQuickFixOffers } from '../../core/estate/quickFixes';

/**
 * The registry of commands: each id of `COMMANDS` (ids.ts) runs the function of the same key, with
 * its one optional argument object. The compiler refuses an id without its function and the reverse;
 * registerCommands.ts registers them all.
 */
export const EDIT_COMMANDS = {
  addDirectory: addDirectoryCommand,
  addUser: addUserCommand,
  inviteGuest: inviteGuestCommand,
  addSubscription: addSubscriptionCommand,
  addRoleAssignment: addRoleAssignmentCommand,
  removeEntity: removeEntityCommand,
  renameUpn: renameUpnCommand,
  setOwner: setOwnerCommand,
  transferSubscription: transferSubscriptionCommand,
  recreateRoleAssignments: recreateRoleAssignmentsCommand,
  addGroup: addGroupCommand,
  addGroupMember: addGroupMemberCommand,
  addServicePrincipal: addServicePrincipalCommand,
  placeInManagementGroup: placeInManagementGroupCommand,
  importFromAzureCli: importFromAzureCliCommand,
  exportReport: exportReportCommand,
} satisfies { [Key in keyof typeof COMMANDS]: (store: AnalysisStore, args: never) => Promise<unknown> };
