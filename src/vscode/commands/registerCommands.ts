/** Registers every edit command (and import / report); each accepts one optional argument object that skips its prompts. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { addDirectoryCommand } from './addDirectory';
import { addRoleAssignmentCommand } from './addRoleAssignment';
import { addSubscriptionCommand } from './addSubscription';
import { addUserCommand } from './addUser';
import { exportReportCommand } from './exportReport';
import { COMMANDS } from './ids';
import { importFromAzureCliCommand } from './importFromAzureCli';
import { inviteGuestCommand } from './inviteGuest';
import { recreateRoleAssignmentsCommand } from './recreateRoleAssignments';
import { removeEntityCommand } from './removeEntity';
import { renameUpnCommand } from './renameUpn';
import { setOwnerCommand } from './setOwner';
import { transferSubscriptionCommand } from './transferSubscription';

export { COMMANDS } from './ids';

export function registerCommands(store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.addDirectory, (args) => addDirectoryCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.addUser, (args) => addUserCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.inviteGuest, (args) => inviteGuestCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.addSubscription, (args) => addSubscriptionCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.addRoleAssignment, (args) => addRoleAssignmentCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.removeEntity, (args) => removeEntityCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.renameUpn, (args) => renameUpnCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.setOwner, (args) => setOwnerCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.transferSubscription, (args) => transferSubscriptionCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.recreateRoleAssignments, (args) => recreateRoleAssignmentsCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.importFromAzureCli, (args) => importFromAzureCliCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.exportReport, (args) => exportReportCommand(store, args)),
  ];
}
