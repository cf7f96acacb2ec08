/** Registers every edit command (and import / report); each accepts one optional argument object that skips its prompts. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { addDirectoryCommand } from './addDirectory';
import { addRoleAssignmentCommand } from './addRoleAssignment';
import { addSubscriptionCommand } from './addSubscription';
import { addUserCommand } from './addUser';
import { argsFromNode, isTreeNode } from './fromTreeNode';
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
  /** From the tree's context menu the argument is a node: turn it into the command's arguments first. */
  const register = <A,>(id: (typeof COMMANDS)[keyof typeof COMMANDS], run: (args: A) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (arg?: unknown) => {
      if (!isTreeNode(arg)) return run(arg as A);
      const args = await argsFromNode(store, id, arg);
      return args ? run(args as A) : undefined;
    });
  return [
    register(COMMANDS.addDirectory, (args: Parameters<typeof addDirectoryCommand>[1]) => addDirectoryCommand(store, args)),
    register(COMMANDS.addUser, (args: Parameters<typeof addUserCommand>[1]) => addUserCommand(store, args)),
    register(COMMANDS.inviteGuest, (args: Parameters<typeof inviteGuestCommand>[1]) => inviteGuestCommand(store, args)),
    register(COMMANDS.addSubscription, (args: Parameters<typeof addSubscriptionCommand>[1]) => addSubscriptionCommand(store, args)),
    register(COMMANDS.addRoleAssignment, (args: Parameters<typeof addRoleAssignmentCommand>[1]) => addRoleAssignmentCommand(store, args)),
    register(COMMANDS.removeEntity, (args: Parameters<typeof removeEntityCommand>[1]) => removeEntityCommand(store, args)),
    register(COMMANDS.renameUpn, (args: Parameters<typeof renameUpnCommand>[1]) => renameUpnCommand(store, args)),
    register(COMMANDS.setOwner, (args: Parameters<typeof setOwnerCommand>[1]) => setOwnerCommand(store, args)),
    register(COMMANDS.transferSubscription, (args: Parameters<typeof transferSubscriptionCommand>[1]) => transferSubscriptionCommand(store, args)),
    register(COMMANDS.recreateRoleAssignments, (args: Parameters<typeof recreateRoleAssignmentsCommand>[1]) => recreateRoleAssignmentsCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.importFromAzureCli, (args) => importFromAzureCliCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.exportReport, (args) => exportReportCommand(store, args)),
  ];
}
