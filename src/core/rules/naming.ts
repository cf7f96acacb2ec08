/** How rules name things in messages: a directory by its name (or id), a subscription by its name. */
import type { Directory, Subscription } from '../model';

export function directoryName(directory: Directory | undefined): string {
  if (!directory) return 'an unknown directory';
  return `'${directory.name?.value ?? directory.id?.value ?? `directory #${directory.index + 1}`}'`;
}

export function subscriptionName(subscription: Subscription): string {
  return `'${subscription.name?.value ?? subscription.id?.value ?? 'unnamed subscription'}'`;
}

export function firstDefinedHere(span: { start: number; end: number }, message = 'first defined here') {
  return [{ message, start: span.start, end: span.end }];
}
