// Every catalogue gives every message, with the same parameters, and each
// message is valid ICU MessageFormat.

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { AREAS, CATALOGUES } from '../../server/src/i18n/catalogues';
import { LOCALES, localeFrom, localeFromEnv, t, translate, withLocale } from '../../server/src/i18n';

/** The argument names a message uses, with their ICU types. */
export function parameters(message: string): string[] {
  const out = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
      if ('value' in e && typeof e.value === 'string') out.add(`${e.value}:${TYPE[e.type]}`);
      if ('options' in e) for (const o of Object.values(e.options)) walk(o.value);
      if (e.type === TYPE.tag) walk(e.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...out].sort();
}

describe('message catalogues', () => {
  const en = CATALOGUES.en;
  it('gives each key in one area of each language (messages are looked up area by area)', () => {
    for (const locale of LOCALES) {
      const keys = AREAS[locale].flatMap((area) => Object.keys(area));
      expect(keys.length, locale).toBe(new Set(keys).size);
      expect(keys.length, locale).toBe(Object.keys(CATALOGUES[locale]).length);
    }
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const other = CATALOGUES[locale];
    it(`${locale} has exactly the English keys`, () => {
      const missing = Object.keys(en).filter((k) => !(k in other));
      const extra = Object.keys(other).filter((k) => !(k in en));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
    it(`${locale} uses the same parameters as English in every message`, () => {
      const differing = Object.keys(en)
        .filter((k) => k in other)
        .filter((k) => parameters(en[k as keyof typeof en]).join() !== parameters(other[k as keyof typeof en]).join())
        .map((k) => ({ key: k, en: parameters(en[k as keyof typeof en]), [locale]: parameters(other[k as keyof typeof en]) }));
      expect(differing).toEqual([]);
    });
    it(`${locale} leaves no message empty`, () => {
      expect(Object.entries(other).filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    });
  }
  it('every message parses as ICU MessageFormat', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        expect(() => parse(message, { ignoreTag: true }), `${locale} ${key}`).not.toThrow();
      }
    }
  });
});

describe('locale selection', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['nl_NL.UTF-8', 'nl'],
    ['en-US', 'en'],
    ['C.UTF-8', 'en'],
    ['de-DE', undefined],
    ['', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(localeFrom(tag)).toBe(expected);
  });
  it('reads LC_ALL before LC_MESSAGES before LANG, English otherwise', () => {
    expect(localeFromEnv({ LC_ALL: 'nl_NL.UTF-8', LANG: 'en_US.UTF-8' })).toBe('nl');
    expect(localeFromEnv({ LC_MESSAGES: 'en_GB', LANG: 'nl_NL' })).toBe('en');
    expect(localeFromEnv({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(localeFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBe('en');
  });
  it('switches for one call and restores', () => {
    expect(t('core.wholeWeek')).toBe('the whole week');
    expect(withLocale('nl', () => t('core.wholeWeek'))).toBe('de hele week');
    expect(t('core.wholeWeek')).toBe('the whole week');
    expect(translate('nl', 'core.unit.h', { n: '4,5' })).toBe('4,5 u');
  });
});
