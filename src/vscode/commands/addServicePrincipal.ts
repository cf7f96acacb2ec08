import * as vscode from 'vscode';
import { addServicePrincipal } from '../../core/edits';
import { isGuid, RESOURCE_ID } from '../../core/formats';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { ManagedIdentityKind, ServicePrincipalType } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';
import { pickDirectoryFromCursor } from './cursor';
import { nameValidator } from './principalInputs';

export interface AddServicePrincipalCommandArgs extends CommandArgs {
  directoryId?: string;
  name?: string;
  type?: ServicePrincipalType;
  identity?: ManagedIdentityKind;
  resource?: string;
  appId?: string;
  id?: string;
}

export async function addServicePrincipalCommand(store: AnalysisStore, args: AddServicePrincipalCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const directory = args.directoryId
    ? target.analysis.index.directoriesById.get(fold(args.directoryId))?.[0]
    : await pickDirectoryFromCursor(target, vscode.l10n.t('Directory of the new service principal'));
  const directoryId = args.directoryId ?? directory?.id?.value;
  if (!directoryId) return cancelled;
  let { type, identity } = args;
  if (!type) {
    const kinds = [
      { label: '$(robot) ' + vscode.l10n.t('Application'), detail: vscode.l10n.t("An app registration's service principal: a pipeline, a daemon, an integration"), type: 'application' as const },
      { label: '$(key) ' + vscode.l10n.t('System-assigned managed identity'), detail: vscode.l10n.t('Tied to one Azure resource, deleted with it'), type: 'managedIdentity' as const, identity: 'systemAssigned' as const },
      { label: '$(key) ' + vscode.l10n.t('User-assigned managed identity'), detail: vscode.l10n.t('An Azure resource of its own, shared by several resources'), type: 'managedIdentity' as const, identity: 'userAssigned' as const },
    ];
    const kind = await vscode.window.showQuickPick(kinds, { placeHolder: vscode.l10n.t('Kind of service principal') });
    if (!kind) return cancelled;
    type = kind.type;
    identity = kind.identity;
  }
  const prompted = args.name === undefined;
  const name = args.name ?? await ask(vscode.l10n.t('Display name (unique in the directory)'), directory && nameValidator(directory));
  if (!name) return cancelled;
  let { resource, appId } = args;
  if (prompted && type === 'application' && appId === undefined) {
    appId = await ask(vscode.l10n.t('Application (client) id (optional)'), (v) => (!v || isGuid(v) ? undefined : vscode.l10n.t('A GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f')));
  }
  if (prompted && type === 'managedIdentity' && resource === undefined) {
    const prompt = identity === 'systemAssigned'
      ? vscode.l10n.t('Resource id of the resource the identity belongs to')
      : vscode.l10n.t("The identity's resource id (optional)");
    resource = await ask(prompt, (v) => (!v && identity !== 'systemAssigned') || RESOURCE_ID.test(v) ? undefined : vscode.l10n.t('A resource id like /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Web/sites/<name>'));
    if (!resource && identity === 'systemAssigned') return cancelled;
  }
  return applyPlan(target, addServicePrincipal(target.text, { directoryId, name, type, identity, resource, appId, id: args.id }, { locale: localeOf(vscode.env.language) }));
}
