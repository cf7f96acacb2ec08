/**
 * Turns a tree node (what VS Code passes to a command run from the tree's context menu) into the
 * plain argument object the edit commands take, so one command serves the palette, the tree and tests.
 */
import * as vscode from 'vscode';
import type { AnyEntity } from '../../core/model';
import type { RemoveTarget } from '../../core/edits/removeEntity';
import type { AnalysisStore } from '../analysisStore';
import type { TreeNode } from '../tree/treeNode';
import { COMMANDS } from './ids';

type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export function isTreeNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'uri' in value && 'contextValue' in value;
}

/** The command's arguments for a node; `undefined` when the user declined a confirmation. */
export async function argsFromNode(store: AnalysisStore, command: CommandId, node: TreeNode): Promise<Record<string, unknown> | undefined> {
  const analysis = store.get(node.uri);
  const entity: AnyEntity | undefined = node.entity ?? node.parent?.entity;
  const args: Record<string, unknown> = { uri: node.uri };
  if (!analysis || !entity) return args;
  const { index } = analysis;
  switch (entity.kind) {
    case 'directory':
      args.directoryId = entity.id?.value;
      break;
    case 'subscription':
      args.subscriptionId = entity.id?.value;
      args.directoryId = index.directoryOf(entity).id?.value;
      break;
    case 'user':
    case 'guest':
      args.from = entity.upn?.value;
      args.directoryId = index.directoryOf(entity).id?.value;
      break;
    case 'roleAssignment':
      args.subscriptionId = index.directories[entity.directoryIndex].subscriptions[entity.subscriptionIndex]?.id?.value;
      break;
    case 'group':
      args.directoryId = index.directoryOf(entity).id?.value;
      args.group = entity.name?.value ?? entity.id?.value;
      break;
    case 'servicePrincipal':
      args.directoryId = index.directoryOf(entity).id?.value;
      break;
    case 'managementGroup':
      args.directoryId = index.directoryOf(entity).id?.value;
      args.managementGroupId = entity.id?.value;
      break;
  }
  if (command === COMMANDS.removeEntity) {
    const target = removeTarget(entity, analysis.index);
    if (!target) return undefined;
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Remove {0} from the workspace file?', node.label), { modal: true }, vscode.l10n.t('Remove'));
    if (!answer) return undefined;
    args.target = target;
  }
  return args;
}

function removeTarget(entity: AnyEntity, index: import('../../core/modelIndex').ModelIndex): RemoveTarget | undefined {
  switch (entity.kind) {
    case 'directory':
      return entity.id ? { kind: 'directory', id: entity.id.value } : undefined;
    case 'user':
      return entity.upn ? { kind: 'user', upn: entity.upn.value, directoryId: index.directoryOf(entity).id?.value } : undefined;
    case 'guest': {
      const directory = index.directoryOf(entity);
      return entity.upn && directory.id ? { kind: 'guest', directoryId: directory.id.value, upn: entity.upn.value, index: directory.guests.indexOf(entity) } : undefined;
    }
    case 'subscription':
      return entity.id ? { kind: 'subscription', id: entity.id.value } : undefined;
    case 'roleAssignment': {
      const subscription = index.directories[entity.directoryIndex].subscriptions[entity.subscriptionIndex];
      if (!subscription?.id) return undefined;
      const pending = subscription.pendingRoleAssignments.includes(entity);
      const list = pending ? subscription.pendingRoleAssignments : subscription.roleAssignments;
      return { kind: 'roleAssignment', subscriptionId: subscription.id.value, index: list.indexOf(entity), pending };
    }
  }
}
