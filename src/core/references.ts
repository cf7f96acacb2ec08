/**
 * The reference index: every place the file names an account, a directory or a subscription, and
 * which of them is the definition. Language features (definition, references, rename, hover) and the
 * rename planner are built on it, never on string searches.
 */
import { accountKey } from './identity';
import { fold } from './model';
import type { AnyEntity, Str, Workspace } from './model';

export type SymbolKind = 'account' | 'directory' | 'subscription';

/** How a name is used at one place of the file. */
export type ReferenceRole = 'member' | 'guest' | 'owner' | 'createdBy' | 'principal' | 'pendingPrincipal' | 'fromDirectory' | 'id';

export interface SymbolReference {
  kind: SymbolKind;
  /** Canonical name: GUIDs folded, accounts by `accountKey` (case, `#EXT#` decoded). */
  key: string;
  /** The name as written at this place. */
  text: string;
  start: number;
  end: number;
  role: ReferenceRole;
  /** The entity whose field this is (the user, the subscription, the role assignment…). */
  entity: AnyEntity;
}

export class ReferenceIndex {
  /** Every reference, sorted by start offset. */
  readonly all: SymbolReference[] = [];
  private readonly byKey = new Map<string, SymbolReference[]>();

  constructor(workspace: Workspace) {
    const add = (kind: SymbolKind, value: Str | undefined, role: ReferenceRole, entity: AnyEntity) => {
      if (!value) return;
      const reference: SymbolReference = { kind, key: keyOf(kind, value.value), text: value.value, start: value.start, end: value.end, role, entity };
      this.all.push(reference);
      const bucket = `${kind}:${reference.key}`;
      const list = this.byKey.get(bucket);
      if (list) list.push(reference);
      else this.byKey.set(bucket, [reference]);
    };
    for (const directory of workspace.directories) {
      add('directory', directory.id, 'id', directory);
      for (const user of directory.users) add('account', user.upn, 'member', user);
      for (const guest of directory.guests) add('account', guest.upn, 'guest', guest);
      for (const subscription of directory.subscriptions) {
        add('subscription', subscription.id, 'id', subscription);
        add('account', subscription.owner, 'owner', subscription);
        add('account', subscription.createdBy, 'createdBy', subscription);
        add('directory', subscription.transferredFrom, 'fromDirectory', subscription);
        for (const assignment of subscription.roleAssignments) add('account', assignment.principal, 'principal', assignment);
        for (const assignment of subscription.pendingRoleAssignments) {
          add('account', assignment.principal, 'pendingPrincipal', assignment);
          add('directory', assignment.fromDirectory, 'fromDirectory', assignment);
        }
      }
    }
    this.all.sort((a, b) => a.start - b.start);
  }

  /** The reference under an offset (a cursor touching either end counts). */
  at(offset: number): SymbolReference | undefined {
    let low = 0;
    let high = this.all.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const candidate = this.all[mid];
      if (offset < candidate.start) high = mid - 1;
      else if (offset > candidate.end) low = mid + 1;
      else return candidate;
    }
    return undefined;
  }

  /** Every place naming the same account, directory or subscription, in file order. */
  referencesTo(kind: SymbolKind, name: string): SymbolReference[] {
    return this.byKey.get(`${kind}:${keyOf(kind, name)}`) ?? [];
  }

  /**
   * Where the name is defined: a member's `upn` for an account (a guest entry when the account is an
   * outside one, declared only as a guest), the `id` of a directory or a subscription.
   */
  definitionOf(kind: SymbolKind, name: string): SymbolReference | undefined {
    const references = this.referencesTo(kind, name);
    if (kind !== 'account') return references.find((r) => r.role === 'id');
    return references.find((r) => r.role === 'member') ?? references.find((r) => r.role === 'guest');
  }
}

/** The key two spellings of one name share: an account's canonical identity, a folded GUID. */
export function keyOf(kind: SymbolKind, name: string): string {
  return kind === 'account' ? accountKey(name) : fold(name);
}
