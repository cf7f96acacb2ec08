/**
 * How rules name things in messages: a directory by its name (or id), a subscription by its name,
 * each followed by the file's `alias` when it has one, e.g. `'Default Directory' (alias: Contoso prod)`
 * in English, `« Default Directory » (alias : Contoso prod)` in French.
 */
import type { Messages } from '../i18n';
import type { Directory, Subscription } from '../model';
import type { RelatedLocation } from '../problems';

export interface Naming {
  directory(directory: Directory | undefined): string;
  subscription(subscription: Subscription): string;
}

export function naming(m: Messages): Naming {
  const withAlias = (name: string, alias: string | undefined) => (alias ? m.withAlias({ name, alias }) : name);
  return {
    directory(directory) {
      if (!directory) return m.unknownDirectory();
      const name = directory.name?.value ?? directory.id?.value ?? m.directoryNumber({ number: directory.index + 1 });
      return withAlias(m.quoted({ name }), directory.alias?.value);
    },
    subscription(subscription) {
      const name = subscription.name?.value ?? subscription.id?.value ?? m.unnamedSubscription();
      return withAlias(m.quoted({ name }), subscription.alias?.value);
    },
  };
}

/** A related location: "first defined here" and the like. */
export function relatedAt(span: { start: number; end: number }, message: string): RelatedLocation[] {
  return [{ message, start: span.start, end: span.end }];
}
