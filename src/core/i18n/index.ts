/**
 * The core's message catalog. Every sentence a check reports comes from here, in the locale the
 * caller asked for (`AnalyzeOptions.locale`); codes, offsets and `data` never depend on the locale.
 */
import { en } from './en';
import type { Messages } from './en';

/** True in the shipped bundles, where the French catalog is a file of its own (dist/i18n-fr.js). */
declare const TENANCY_CHUNKS: boolean;

export type { CountNoun, Messages } from './en';

export type Locale = 'en' | 'fr';

export const LOCALES: readonly Locale[] = ['en', 'fr'];

let french: Messages | undefined;

/** The catalog of a locale. French is loaded on first use: most sessions never pay for it. */
export function messagesFor(locale: Locale = 'en'): Messages {
  if (locale !== 'fr') return en;
  french ??= (TENANCY_CHUNKS ? require('./i18n-fr.js') : require('./fr')).fr as Messages;
  return french;
}

/**
 * The locale of a language tag or a POSIX locale name: `fr`, `fr-CA`, `fr_FR.UTF-8` → `fr`; anything
 * else (including `C`, `POSIX` and nothing at all) → `en`.
 */
export function localeOf(tag: string | undefined): Locale {
  return /^fr(?:$|[-_.@])/i.test(tag?.trim() ?? '') ? 'fr' : 'en';
}
