// Values in words for the rendered document: durations as written, schedules
// by weekday, dates, periods and gaps. Numbers come from semantics/ and are
// formatted by semantics/format; the words come from the `render` catalogue.

import type * as A from '../../syntax/ast';
import { intlTag, t } from '../../i18n/index';
import { dayRuns } from '../../semantics/coverage';
import { formatDuration, formatGapSpan } from '../../semantics/format';
import type { DatedGap, Gap, WeeklySchedule } from '../../semantics/schedule';

/** A duration as written, in words of the current language: "4 hours", "1 business day". */
export function durationWords(d: Pick<A.Duration, 'amount' | 'unit' | 'business'>): string {
  const unit = d.business ? (d.unit === 'hour' ? 'businessHour' : 'businessDay') : d.unit;
  return t('render.duration', { n: d.amount, unit });
}

/** "per month". */
export function perPeriod(p: A.PeriodName): string {
  return t('render.period.per', { period: p });
}

/** "every quarter". */
export function everyPeriod(p: A.PeriodName): string {
  return t('render.period.every', { period: p });
}

/** A date of the agreement, in full: "1 January 2026". */
export function dateWords(d: Pick<A.DateLit, 'year' | 'month' | 'day' | 'text' | 'valid'>): string {
  if (!d.valid) return d.text;
  return new Intl.DateTimeFormat(intlTag(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(d.year, d.month - 1, d.day)),
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "08:00" for minutes since midnight (1,440 → "24:00"). */
export function clock(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** "08:00–18:00". */
export function windowWords(start: number, end: number): string {
  return t('render.schedule.window', { start: clock(start), end: clock(end) });
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('render.schedule.and', { a: items.slice(0, -1).join(', '), b: items[items.length - 1]! });
}

export function dayName(day: number): string {
  return t(`render.day.${day}` as 'render.day.0');
}

/**
 * A weekly schedule in words, by runs of weekdays with the same windows:
 * "Monday to Friday 08:00–18:00; Saturday 09:00–17:00"; the whole week →
 * "round the clock, every day"; nothing → "never".
 */
export function scheduleWords(s: WeeklySchedule): string {
  if (s.isEmpty()) return t('render.schedule.none');
  if (s.isAlways()) return t('render.schedule.always');
  return dayRuns(s)
    .map((run) => {
      const windows = joinAnd(run.windows.map((w) => windowWords(w.start, w.end)));
      if (run.fromDay === run.toDay) return t('render.schedule.day', { day: dayName(run.fromDay), windows });
      const key = run.toDay === run.fromDay + 1 ? 'render.schedule.dayPair' : 'render.schedule.dayRange';
      return t(key, { first: dayName(run.fromDay), last: dayName(run.toDay), windows });
    })
    .join(t('render.list.sep'));
}

/** A gap with its length and where it lies: "62 h (Fri 18:00 → Mon 08:00)". */
export function gapWords(g: Gap | DatedGap): string {
  return t('render.gap', { length: formatDuration(g.minutes), span: formatGapSpan(g) });
}
