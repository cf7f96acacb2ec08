/**
 * Input boxes that check what is typed as it is typed: GUIDs (format, and not already used in the
 * file, with a button that generates a fresh one) and UPNs (format, not already used, and a domain
 * of the directory).
 */
import * as vscode from 'vscode';
import { isGuid, isUpn } from '../../core/formats';
import { accountKey } from '../../core/identity';
import { fold } from '../../core/model';
import type { Directory } from '../../core/model';
import type { Target } from './context';


/** Asks for a new tenant or subscription id; the title-bar button fills in a random GUID. */
export function askNewGuid(target: Target, prompt: string): Promise<string | undefined> {
  const { index } = target.analysis;
  const validate = (value: string) => {
    if (!isGuid(value)) return vscode.l10n.t('A GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f');
    if (index.directoriesById.has(fold(value))) return vscode.l10n.t('A directory of this file already has this id.');
    if (index.subscriptionsById.has(fold(value))) return vscode.l10n.t('A subscription of this file already has this id.');
    return undefined;
  };
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    const generate: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('sparkle'), tooltip: vscode.l10n.t('Generate a new GUID') };
    box.prompt = prompt;
    box.placeholder = vscode.l10n.t('Paste the id from the Azure portal, or generate one');
    box.buttons = [generate];
    let result: string | undefined;
    const check = () => { box.validationMessage = box.value.trim() ? validate(box.value.trim()) : undefined; };
    box.onDidChangeValue(check);
    box.onDidTriggerButton(() => { box.value = crypto.randomUUID(); check(); });
    box.onDidAccept(() => {
      const value = box.value.trim();
      if (!value || validate(value)) return check();
      result = value;
      box.hide();
    });
    box.onDidHide(() => { box.dispose(); resolve(result); });
    box.show();
  });
}

/** Validates a UPN for a new member of `directory` (or, without one, any account name). */
export function upnValidator(target: Target, directory: Directory | undefined, current?: string): (value: string) => string | undefined {
  const { index } = target.analysis;
  return (value) => {
    if (!isUpn(value)) return vscode.l10n.t('An address like alice@contoso.com');
    if (current !== undefined && accountKey(value) === accountKey(current)) return undefined;
    if (index.members.has(accountKey(value))) return vscode.l10n.t('{0} is already a user of this file.', value);
    const domain = fold(value.slice(value.lastIndexOf('@') + 1));
    if (directory && directory.domains.length > 0 && !directory.domains.some((d) => fold(d.value) === domain)) {
      return vscode.l10n.t("The domain must be one of the directory's domains: {0}", directory.domains.map((d) => d.value).join(', '));
    }
    return undefined;
  };
}
