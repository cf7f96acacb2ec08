/** Driving quick picks from a test, the way a user presses Enter. */
import * as vscode from 'vscode';

/** Presses Enter in whichever quick pick is open until the command is done (each picker in turn takes its first item). */
export async function acceptUntilDone<T>(running: Thenable<T>, tries = 60): Promise<T> {
  let done = false;
  const settled = Promise.resolve(running).finally(() => { done = true; });
  for (let i = 0; i < tries && !done; i++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 250))]);
  }
  return settled;
}
