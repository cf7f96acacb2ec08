/**
 * The core's message catalog. Every sentence a check reports comes from here, in the locale the
 * caller asked for (`AnalyzeOptions.locale`); codes, offsets and `data` never depend on the locale.
 */
import { en } from './en';
import type { Messages } from './en';
import { fr } from './fr';

export type { Messages } from './en';

export type Locale = 'en' | 'fr';

export const LOCALES: readonly Locale[] = ['en', 'fr'];

const CATALOGS: Record<Locale, Messages> = { en, fr };

export function messagesFor(locale: Locale = 'en'): Messages {
  return CATALOGS[locale] ?? en;
}

/**
 * The locale of a language tag or a POSIX locale name: `fr`, `fr-CA`, `fr_FR.UTF-8` → `fr`; anything
 * else (including `C`, `POSIX` and nothing at all) → `en`.
 */
export function localeOf(tag: string | undefined): Locale {
  return /^fr(?:$|[-_.@])/i.test(tag?.trim() ?? '') ? 'fr' : 'en';
}
