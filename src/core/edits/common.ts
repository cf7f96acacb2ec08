/** Small helpers the planners share. */
import { isMap, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { sameAccount } from '../identity';
import { parseScope } from '../scope';
import { fold } from '../model';
import { findDirectory, findSubscription, directoryMaps } from './find';
import type { FoundDirectory, FoundSubscription } from './find';
import { isRefused, refuse } from './types';
import type { PlanOptions, Refusable, Refusal } from './types';
import { isBlankLine, lineAt, lineStart } from './yaml/lines';
import { itemLines, itemsOf, leadingComments, pairOf, scalarText } from './yaml/nodes';
import { openSource } from './yaml/openSource';
import type { Source } from './yaml/source';

export type Opened = { source: Source; refused?: undefined } | { source?: undefined; refused: Refusal };

export function open(text: string, m: Messages = messagesFor('en')): Opened {
  const source = openSource(text, m);
  return typeof source === 'string' ? { refused: refuse(source) } : { source };
}

/** The opening of a planner that edits one directory: the messages of its locale, the file, the directory. */
export function openDirectory(text: string, directoryId: string, options: PlanOptions): Refusable<{ m: Messages; source: Source; directory: FoundDirectory }> {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  const directory = directoryOrRefuse(source, directoryId, m);
  return isRefused(directory) ? directory : { m, source, directory };
}

/** The opening of a planner that edits one subscription: the messages of its locale, the file, the subscription. */
export function openSubscription(text: string, subscriptionId: string, options: PlanOptions): Refusable<{ m: Messages; source: Source; subscription: FoundSubscription }> {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  const subscription = subscriptionOrRefuse(source, subscriptionId, m);
  return isRefused(subscription) ? subscription : { m, source, subscription };
}

export function directoryOrRefuse(source: Source, id: string, m: Messages = messagesFor('en')): Refusable<FoundDirectory> {
  return findDirectory(source, id) ?? refuse(m.noDirectoryWithId({ id }));
}

export function subscriptionOrRefuse(source: Source, id: string, m: Messages = messagesFor('en')): Refusable<FoundSubscription> {
  return findSubscription(source, id) ?? refuse(m.noSubscriptionWithId({ id }));
}

/** The directory (other than `except`) where the account is a member, if any. */
export function memberDirectory(source: Source, upn: string): FoundDirectory | undefined {
  return directoryMaps(source).find((d) => itemsOf(d.map, 'users').some((u) => sameAccount(scalarText(u, 'upn') ?? '', upn)));
}

export function isGuestOf(directory: FoundDirectory, upn: string): boolean {
  return itemsOf(directory.map, 'guests').some((g) => sameAccount(scalarText(g, 'upn') ?? '', upn));
}

/** The directory where a domain is listed, if any. */
export function domainDirectory(source: Source, domain: string): FoundDirectory | undefined {
  return directoryMaps(source).find((d) => itemsOf(d.map, 'domains').some((n) => fold(String((n as { value?: unknown }).value ?? '')) === fold(domain)));
}

/** Whether the items of a block sequence are separated by blank lines (new items then are too). */
export function blankSeparated(source: Source, map: YAMLMap, key: string): boolean {
  const seq = pairOf(map, key)?.value;
  if (!isSeq(seq) || seq.flow || seq.items.length < 2) return false;
  const last = itemLines(source.text, seq.items[seq.items.length - 1] as Node);
  if (!last) return false;
  const first = leadingComments(source.text, last.start, last.indent);
  if (first === 0) return false;
  return isBlankLine(lineAt(source.text, lineStart(source.text, first - 1)));
}

/** Missing scope, `/`, a trailing `/` and the subscription's own `/subscriptions/<id>` prefix all mean the same scope. */
export function normalScope(scope: string | undefined, subscriptionId?: string): string {
  return parseScope(scope, subscriptionId).key;
}

export function mapItems(map: YAMLMap, key: string): YAMLMap[] {
  return itemsOf(map, key).filter((n): n is YAMLMap => isMap(n));
}
