/** Registers every edit command (and import / report); each accepts one optional argument object that skips its prompts. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { editing } from '../chunks';
import { argsFromNode, isTreeNode } from './fromTreeNode';
import { COMMANDS } from './ids';

export { COMMANDS } from './ids';

export function registerCommands(store: AnalysisStore): vscode.Disposable[] {
  const run = (key: CommandKey, args: unknown) => (editing().EDIT_COMMANDS[key] as (store: AnalysisStore, args: unknown) => Promise<unknown>)(store, args);
  return (Object.keys(COMMANDS) as CommandKey[]).map((key) =>
    vscode.commands.registerCommand(COMMANDS[key], async (arg?: unknown) => {
      // From the tree's context menu the argument is a node: turn it into the command's arguments first.
      if (!isTreeNode(arg)) return run(key, arg);
      const args = await argsFromNode(store, COMMANDS[key], arg);
      return args ? run(key, args) : undefined;
    }));
}

type CommandKey = keyof typeof COMMANDS;
