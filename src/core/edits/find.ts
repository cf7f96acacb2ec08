/** Finds directories, subscriptions and their lists in the parsed document, by id (case-insensitive). */
import { isMap, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { fold } from '../model';
import type { Source } from './yaml/source';
import { itemsOf, pairOf, scalarText } from './yaml/nodes';

export interface FoundDirectory {
  index: number;
  map: YAMLMap;
  id?: string;
  /** The name to show in messages: alias, name or id. */
  label: string;
}

export interface FoundSubscription {
  directory: FoundDirectory;
  /** Position in the directory's `subscriptions`. */
  index: number;
  map: YAMLMap;
  pair: Pair<Scalar, Node | null>;
  id?: string;
  label: string;
  type?: string;
}

export function directoryMaps(source: Source): FoundDirectory[] {
  const found: FoundDirectory[] = [];
  itemsOf(source.doc.contents, 'directories').forEach((item, index) => {
    if (!isMap(item)) return;
    const id = scalarText(item, 'id');
    found.push({ index, map: item, id, label: scalarText(item, 'alias') ?? scalarText(item, 'name') ?? id ?? `directory #${index + 1}` });
  });
  return found;
}

export function findDirectory(source: Source, id: string): FoundDirectory | undefined {
  return directoryMaps(source).find((d) => d.id !== undefined && fold(d.id) === fold(id));
}

export function subscriptionMaps(source: Source): FoundSubscription[] {
  const found: FoundSubscription[] = [];
  for (const directory of directoryMaps(source)) {
    const pair = pairOf(directory.map, 'subscriptions');
    if (!pair || !isSeq(pair.value)) continue;
    pair.value.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const id = scalarText(item, 'id');
      found.push({
        directory, index, map: item, pair, id,
        label: scalarText(item, 'alias') ?? scalarText(item, 'name') ?? id ?? `subscription #${index + 1}`,
        type: scalarText(item, 'type'),
      });
    });
  }
  return found;
}

export function findSubscription(source: Source, id: string): FoundSubscription | undefined {
  return subscriptionMaps(source).find((s) => s.id !== undefined && fold(s.id) === fold(id));
}

/** UPN-ish values of the members (`users`) of a directory. */
export function memberUpns(directory: FoundDirectory): string[] {
  return itemsOf(directory.map, 'users').map((u) => scalarText(u, 'upn')).filter((u): u is string => u !== undefined);
}

export { ACCOUNT_ADDRESS as ACCOUNT, GUID, UPN } from '../formats';
