import { describe, expect, it } from 'vitest';
import { isKnownCountry, publicHolidays } from '../../server/src/semantics/holidays';

describe('isKnownCountry', () => {
  it.each<[string, boolean]>([
    ['NL', true],
    ['nl', true],
    ['DE', true],
    ['DE-BY', true],
    ['us-ca', true],
    ['XX', false],
    ['DE-XX', false],
    ['', false],
  ])('%s → %s', (code, expected) => {
    expect(isKnownCountry(code)).toBe(expected);
  });
});

describe('publicHolidays', () => {
  const nl2026 = publicHolidays('NL', 2026, 2026) ?? [];

  it.each<[string, string]>([
    ['2026-01-01', "New Year's Day"],
    ['2026-04-06', 'Easter Monday'],
    ['2026-04-27', "King's Day"],
    ['2026-05-14', 'Ascension Day'],
    ['2026-12-25', 'Christmas Day'],
  ])('NL 2026 has %s (%s)', (date, name) => {
    expect(nl2026).toContainEqual({ date, name });
  });

  it.each<[string, number, string, boolean]>([
    ['NL', 2026, '2026-04-03', false], // Good Friday is not a public holiday in the Netherlands
    ['DE', 2026, '2026-04-03', true],
    ['DE', 2026, '2026-01-06', false], // Epiphany only in some states …
    ['DE-BY', 2026, '2026-01-06', true], // … such as Bavaria
    ['NL', 2027, '2027-04-27', true],
  ])('%s %i: %s is a public holiday → %s', (country, year, date, expected) => {
    expect((publicHolidays(country, year, year) ?? []).some((h) => h.date === date)).toBe(expected);
  });

  it('returns undefined for a country the library does not know', () => {
    expect(publicHolidays('XX', 2026, 2026)).toBeUndefined();
    expect(publicHolidays('DE-XX', 2026, 2026)).toBeUndefined();
  });

  it('covers the whole inclusive year range, sorted by date', () => {
    const list = publicHolidays('NL', 2026, 2028) ?? [];
    const years = new Set(list.map((h) => h.date.slice(0, 4)));
    expect([...years]).toEqual(['2026', '2027', '2028']);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    expect(list.filter((h) => h.name === "King's Day").map((h) => h.date)).toEqual([
      '2026-04-27',
      '2027-04-27',
      '2028-04-27',
    ]);
  });

  it('gives one entry per day of a multi-day holiday', () => {
    const ae = publicHolidays('AE', 2026, 2026) ?? [];
    const eid = ae.filter((h) => ['2026-03-20', '2026-03-21', '2026-03-22'].includes(h.date));
    expect(eid).toHaveLength(3);
    expect(new Set(eid.map((h) => h.name)).size).toBe(1);
  });

  it('is not disturbed by callers mutating a result', () => {
    const first = publicHolidays('NL', 2026, 2026) ?? [];
    first.splice(0, first.length);
    const again = publicHolidays('NL', 2026, 2026) ?? [];
    again[0].name = 'changed';
    expect(publicHolidays('NL', 2026, 2026)).toEqual(nl2026);
  });

  it('is empty for an empty year range', () => {
    expect(publicHolidays('NL', 2027, 2026)).toEqual([]);
  });
});
