// The message catalogues: every text a person reads goes through `t`.
//
// One catalogue per language (`en/`, `nl/`), split by area so each part of
// Pledge keeps its own texts. Messages use ICU MessageFormat
// (`{count, plural, one {# obligation} other {# obligations}}`), so plurals
// and numbers follow the language. A third language is one new folder and one
// line in `catalogues.ts`.
//
// The locale is process-wide: the CLI sets it once from `--locale` or the
// environment, the language server from `initialize` and `pledge.locale`.
// Analysis is synchronous, so `withLocale` can switch it for one call.

import { IntlMessageFormat } from 'intl-messageformat';
import { messageSource, type MessageKey } from './catalogues';

export type { MessageKey } from './catalogues';

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageParams = Record<string, string | number | boolean | Date | null | undefined>;

/** The BCP 47 tag `Intl` formats with, per locale. */
const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', nl: 'nl-NL' };

let current: Locale = 'en';
const compiled = new Map<string, IntlMessageFormat | string>();

/** One `Intl` object per constructor, locale and options, shared by every message (each message made its own). */
function memoized<T>(make: (locales?: string | string[], options?: object) => T): (locales?: string | string[], options?: object) => T {
  const cache = new Map<string, T>();
  return (locales, options) => {
    // Most calls pass no options (a plain `{n, number}`): no JSON for those.
    const key = options === undefined ? String(locales) : JSON.stringify([locales, options]);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(locales, options)));
    return value;
  };
}

const formatters = {
  getNumberFormat: memoized((l, o) => new Intl.NumberFormat(l, o)),
  getDateTimeFormat: memoized((l, o) => new Intl.DateTimeFormat(l, o)),
  getPluralRules: memoized((l, o) => new Intl.PluralRules(l, o as Intl.PluralRulesOptions)),
};

/**
 * True when ICU MessageFormat would print `source` unchanged: no argument
 * braces and no apostrophe escapes (`''`, or `'` before a brace).
 */
function isPlain(source: string): boolean {
  return !/[{}]|''/.test(source);
}

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  current = locale;
}

/** Runs `fn` with `locale` as the current locale, restoring the previous one afterwards. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The `Intl` tag of the current (or given) locale: `en-GB`, `nl-NL`. */
export function intlTag(locale: Locale = current): string {
  return INTL_TAGS[locale];
}

/**
 * The Pledge locale a language tag or POSIX locale names: `nl`, `nl-BE`,
 * `nl_NL.UTF-8` → `nl`; `en-US`, `C.UTF-8` → `en`; nothing usable → undefined.
 */
export function localeFrom(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const lang = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  if ((LOCALES as readonly string[]).includes(lang ?? '')) return lang as Locale;
  if (lang === 'c' || lang === 'posix') return 'en';
  return undefined;
}

/** The locale of the environment: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; English otherwise. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return localeFrom(value) ?? 'en';
  }
  return 'en';
}

/** The text of `key` in the current locale, with `params` filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}

/** The text of `key` in `locale`, with `params` filled in. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    const source = messageSource(locale, key) ?? messageSource('en', key);
    if (source === undefined) return key;
    // A message without ICU syntax is its own text: no need to compile it
    // (most command and option descriptions, read on every CLI start).
    format = isPlain(source) ? source : new IntlMessageFormat(source, INTL_TAGS[locale], undefined, { ignoreTag: true, formatters });
    compiled.set(id, format);
  }
  if (typeof format === 'string') return format;
  return String(format.format(params as Record<string, string | number | boolean | Date | null | undefined>));
}

/** Whether `key` names a message (for keys built from data, such as rule ids). */
export function hasMessage(key: string): key is MessageKey {
  return messageSource('en', key) !== undefined;
}
