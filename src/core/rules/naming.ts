/**
 * How rules name things in messages: a directory by its name (or id), a subscription by its name,
 * each followed by the file's `alias` when it has one, e.g. `'Default Directory' (alias: Contoso prod)`.
 */
import type { Directory, Subscription } from '../model';

export function directoryName(directory: Directory | undefined): string {
  if (!directory) return 'an unknown directory';
  const name = `'${directory.name?.value ?? directory.id?.value ?? `directory #${directory.index + 1}`}'`;
  return withAlias(name, directory.alias?.value);
}

export function subscriptionName(subscription: Subscription): string {
  const name = `'${subscription.name?.value ?? subscription.id?.value ?? 'unnamed subscription'}'`;
  return withAlias(name, subscription.alias?.value);
}

function withAlias(name: string, alias: string | undefined): string {
  return alias ? `${name} (alias: ${alias})` : name;
}

export function firstDefinedHere(span: { start: number; end: number }, message = 'first defined here') {
  return [{ message, start: span.start, end: span.end }];
}
