// How numbers, durations and gaps read in Dutch: decimal comma, '.' grouping
// from 10.000 on, `u` for hours, Dutch day and month names.

import { describe, expect, it } from 'vitest';
import {
  formatDateMoment,
  formatDuration,
  formatGap,
  formatGapSpan,
  formatHours,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatWeekMoment,
} from '../../server/src/semantics/format';
import { translate, withLocale } from '../../server/src/i18n';
import { dayNumber } from '../../server/src/semantics/schedule';

const nl = <T>(fn: () => T): T => withLocale('nl', fn);
const DAY = 1440;

describe('numbers in Dutch', () => {
  it.each<[number, number | undefined, string]>([
    [0, undefined, '0'],
    [43.2, undefined, '43,2'],
    [1.005, undefined, '1,01'],
    [9999, undefined, '9999'],
    [10000, undefined, '10.000'],
    [12857.142857, 0, '12.857'],
    [12857.142857, undefined, '12.857,14'],
    [1234567, undefined, '1.234.567'],
    [-3.5, undefined, '-3,5'],
    [-0.001, undefined, '0'],
    [Infinity, undefined, '∞'],
  ])('%f (max %s decimals) → %s', (n, decimals, expected) => {
    expect(nl(() => formatNumber(n, decimals))).toBe(expected);
  });
});

describe('durations and percentages in Dutch', () => {
  it.each<[string, () => string, string]>([
    ['43.2 minutes', () => formatMinutes(43.2), '43,2 min'],
    ['0.25 minutes', () => formatMinutes(0.25), '0,25 min'],
    ['12,857.1 minutes', () => formatMinutes(12857.142857), '12.857,1 min'],
    ['62 hours', () => formatHours(3720), '62 u'],
    ['1.5 hours', () => formatHours(90), '1,5 u'],
    ['4 h 30 min', () => formatDuration(270), '4 u 30 min'],
    ['4 h 19.2 min', () => formatDuration(259.2), '4 u 19,2 min'],
    ['2 d 14 h', () => formatDuration(3720), '2 d 14 u'],
    ['-1 h 30 min', () => formatDuration(-90), '-1 u 30 min'],
    ['99.95%', () => formatPercent(99.95), '99,95%'],
    ['100%', () => formatPercent(100), '100%'],
  ])('%s', (_, format, expected) => {
    expect(nl(format)).toBe(expected);
  });
});

describe('moments and gaps in Dutch', () => {
  const friday18 = 4 * DAY + 18 * 60;
  const monday08 = 7 * DAY + 8 * 60;

  it('names the moments of the week with Dutch day names', () => {
    expect(nl(() => formatWeekMoment(friday18))).toBe('vr 18:00');
    expect(nl(() => formatWeekMoment(monday08))).toBe('ma 08:00');
    expect(formatWeekMoment(friday18)).toBe('Fri 18:00');
  });

  it('writes a weekly gap: "vr 18:00 → ma 08:00"', () => {
    const gap = { minutes: monday08 - friday18, start: friday18, end: monday08 };
    expect(nl(() => formatGapSpan(gap))).toBe('vr 18:00 → ma 08:00');
    expect(nl(() => formatGap(gap))).toBe('gat van 62 u (vr 18:00 → ma 08:00)');
    expect(formatGap(gap)).toBe('62 h gap (Fri 18:00 → Mon 08:00)');
    expect(nl(() => formatGapSpan({ minutes: 7 * DAY, start: 0, end: 7 * DAY }))).toBe('de hele week');
  });

  it('writes a dated gap: "vr 3 apr 2026 18:00 → di 7 apr 2026 08:00"', () => {
    const start = dayNumber('2026-04-03') * DAY + 18 * 60;
    const end = dayNumber('2026-04-07') * DAY + 8 * 60;
    const gap = { minutes: end - start, start, end, from: '', to: '', holidays: ['Tweede paasdag'] };
    expect(nl(() => formatGapSpan(gap))).toBe('vr 3 apr 2026 18:00 → di 7 apr 2026 08:00, inclusief Tweede paasdag');
    expect(formatGapSpan(gap)).toBe('Fri 3 Apr 2026 18:00 → Tue 7 Apr 2026 08:00, over Tweede paasdag');
    expect(nl(() => formatDateMoment(dayNumber('2026-03-02') * DAY))).toBe('ma 2 mrt 2026 00:00');
    expect(formatDateMoment(dayNumber('2026-09-01') * DAY + 90)).toBe('Tue 1 Sep 2026 01:30');
  });

  it('uses the day and month names Intl gives for nl-NL', () => {
    const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) =>
      dates.map((d) => new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: 'UTC' }).format(d).replace(/\.$/, ''));
    const mondays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i)));
    const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, i, 1)));
    expect(Array.from({ length: 7 }, (_, i) => translate('nl', `core.day.short.${i}` as 'core.day.short.0'))).toEqual(
      names({ weekday: 'short' }, mondays),
    );
    expect(Array.from({ length: 12 }, (_, i) => translate('nl', `core.month.short.${i}` as 'core.month.short.0'))).toEqual(
      names({ month: 'short' }, months),
    );
  });
});
