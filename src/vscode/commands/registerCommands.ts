/** Registers every edit command (and import / report); each accepts one optional argument object that skips its prompts. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { editing } from '../chunks';
import type * as Editing from './editingChunk';
import { argsFromNode, isTreeNode } from './fromTreeNode';
import { COMMANDS } from './ids';

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
    register(COMMANDS.addDirectory, (args: Parameters<typeof Editing.addDirectoryCommand>[1]) => editing().addDirectoryCommand(store, args)),
    register(COMMANDS.addUser, (args: Parameters<typeof Editing.addUserCommand>[1]) => editing().addUserCommand(store, args)),
    register(COMMANDS.inviteGuest, (args: Parameters<typeof Editing.inviteGuestCommand>[1]) => editing().inviteGuestCommand(store, args)),
    register(COMMANDS.addSubscription, (args: Parameters<typeof Editing.addSubscriptionCommand>[1]) => editing().addSubscriptionCommand(store, args)),
    register(COMMANDS.addRoleAssignment, (args: Parameters<typeof Editing.addRoleAssignmentCommand>[1]) => editing().addRoleAssignmentCommand(store, args)),
    register(COMMANDS.removeEntity, (args: Parameters<typeof Editing.removeEntityCommand>[1]) => editing().removeEntityCommand(store, args)),
    register(COMMANDS.renameUpn, (args: Parameters<typeof Editing.renameUpnCommand>[1]) => editing().renameUpnCommand(store, args)),
    register(COMMANDS.setOwner, (args: Parameters<typeof Editing.setOwnerCommand>[1]) => editing().setOwnerCommand(store, args)),
    register(COMMANDS.transferSubscription, (args: Parameters<typeof Editing.transferSubscriptionCommand>[1]) => editing().transferSubscriptionCommand(store, args)),
    register(COMMANDS.recreateRoleAssignments, (args: Parameters<typeof Editing.recreateRoleAssignmentsCommand>[1]) => editing().recreateRoleAssignmentsCommand(store, args)),
    register(COMMANDS.addGroup, (args: Parameters<typeof Editing.addGroupCommand>[1]) => editing().addGroupCommand(store, args)),
    register(COMMANDS.addGroupMember, (args: Parameters<typeof Editing.addGroupMemberCommand>[1]) => editing().addGroupMemberCommand(store, args)),
    register(COMMANDS.addServicePrincipal, (args: Parameters<typeof Editing.addServicePrincipalCommand>[1]) => editing().addServicePrincipalCommand(store, args)),
    register(COMMANDS.placeInManagementGroup, (args: Parameters<typeof Editing.placeInManagementGroupCommand>[1]) => editing().placeInManagementGroupCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.importFromAzureCli, (args) => editing().importFromAzureCliCommand(store, args)),
    vscode.commands.registerCommand(COMMANDS.exportReport, (args) => editing().exportReportCommand(store, args)),
  ];
}
