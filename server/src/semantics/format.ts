// How numbers appear in messages, hovers and reports: one place, so every
// feature shows the same value the same way. Durations are given in minutes.
//
// Numbers, units, day and month names follow the current locale (`intlTag`):
// English writes `43.2 min`, `4 h 30 min`, `12,857`, `Fri 18:00`; Dutch writes
// `43,2 min`, `4 u 30 min`, `12.857`, `vr 18:00`. Digits are laid out by
// `Intl.NumberFormat`; unit words and day names come from the `core` catalogue.

import { intlTag, t, type MessageKey } from '../i18n';
import type { DatedGap, Gap } from './schedule';
import { MINUTES_PER_WEEK } from './time';

const MINUTES_PER_DAY = 1440;

/** Rounds half away from zero to `decimals` places, without binary-noise surprises (1.005 → 1.01). */
function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(n) * f * (1 + Number.EPSILON)) / f;
  return n < 0 && r !== 0 ? -r : r;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The cached `Intl.NumberFormat` of the current locale for up to `maxDecimals` places. */
function numberFormat(maxDecimals: number): Intl.NumberFormat {
  const id = `${intlTag()}/${maxDecimals}`;
  let format = numberFormats.get(id);
  if (!format) {
    // 'min2': the integer part is grouped from 10,000 on ("12,857", "9999").
    format = new Intl.NumberFormat(intlTag(), {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxDecimals,
      useGrouping: 'min2',
    } as Intl.NumberFormatOptions);
    numberFormats.set(id, format);
  }
  return format;
}

/**
 * A number rounded to at most `maxDecimals` places (default 2), trailing zeros
 * trimmed, in the current locale: English '.' decimals and ',' grouping
 * ("12,857.14"), Dutch ',' decimals and '.' grouping ("12.857,14"); the integer
 * part is grouped only from 10,000 on ("9999"). Infinity → "∞".
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const r = roundTo(n, maxDecimals);
  return `${r < 0 ? '-' : ''}${numberFormat(maxDecimals).format(Math.abs(r))}`;
}

/** Decimals shown for a value: 1, or 2 when its magnitude is below 1. */
function decimalsFor(value: number): number {
  return Math.abs(value) < 1 ? 2 : 1;
}

/** Minutes as minutes: 43.2 → "43.2 min", 240 → "240 min", 0.5 → "0.5 min" (1 decimal, 2 below 1). */
export function formatMinutes(min: number): string {
  return t('core.unit.min', { n: formatNumber(min, decimalsFor(min)) });
}

/** Minutes as hours: 3,720 → "62 h", 90 → "1.5 h" (1 decimal, 2 below one hour); Dutch "62 u". */
export function formatHours(min: number): string {
  const hours = min / 60;
  return t('core.unit.h', { n: formatNumber(hours, decimalsFor(hours)) });
}

/**
 * Minutes in the largest units that read naturally:
 * - below one hour: minutes, as `formatMinutes` ("43.2 min", "15 min");
 * - below one day: hours and remaining minutes ("4 h", "4 h 30 min", "4 h 19.2 min");
 * - from one day: days, hours and minutes, zero parts left out
 *   ("1 d", "2 d 14 h", "1 d 30 min").
 * The value is first rounded to 0.1 minute. Negative values get a leading "-";
 * Infinity → "∞". Dutch: "4 u 30 min", "2 d 14 u".
 */
export function formatDuration(min: number): string {
  if (!Number.isFinite(min)) return formatNumber(min);
  if (min < 0) return `-${formatDuration(-min)}`;
  if (min < 60) return formatMinutes(min);
  const total = roundTo(min, 1);
  const days = min < MINUTES_PER_DAY ? 0 : Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total - days * MINUTES_PER_DAY) / 60);
  const minutes = roundTo(total - days * MINUTES_PER_DAY - hours * 60, 1);
  const parts = [
    days ? t('core.unit.d', { n: String(days) }) : '',
    hours ? t('core.unit.h', { n: String(hours) }) : '',
    minutes ? formatMinutes(minutes) : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** A percentage: 99.9 → "99.9%", 99.95 → "99.95%", 100 → "100%" (up to 4 decimals); Dutch "99,95%". */
export function formatPercent(p: number): string {
  return t('core.percent', { n: formatNumber(p, 4) });
}

/**
 * "a" or "an" before a number as it is read aloud in English ("an 86 h gap",
 * "a 62 h gap"). Other languages word their articles in their own messages.
 */
export function article(numberText: string): string {
  return /^(8|1[18](?!\d))/.test(numberText) ? 'an' : 'a';
}

// ---------------------------------------------------------------------------
// Moments in the week and on the calendar

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function clockOf(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** The short name of a weekday (0 = Monday … 6 = Sunday) in the current locale: "Fri", Dutch "vr". */
export function dayName(weekday: number): string {
  return t(`core.day.short.${mod(weekday, 7)}` as MessageKey);
}

/** The short name of a month (0 = January) in the current locale: "Apr", Dutch "apr". */
export function monthName(month: number): string {
  return t(`core.month.short.${mod(month, 12)}` as MessageKey);
}

/** "Fri 18:00" (Dutch "vr 18:00") for a week minute (taken modulo the week, rounded to the minute). */
export function formatWeekMoment(m: number): string {
  const w = mod(Math.round(m), MINUTES_PER_WEEK);
  return `${dayName(Math.floor(w / MINUTES_PER_DAY))} ${clockOf(w % MINUTES_PER_DAY)}`;
}

/**
 * "Fri 3 Apr 2026 18:00" (Dutch "vr 3 apr 2026 18:00") for an absolute minute
 * (minutes since 1970-01-01 00:00, local time of the schedule). The day and
 * month names are the catalogue's, which for Dutch are the `nl-NL` short forms
 * of `Intl.DateTimeFormat`; they are not read from `Intl` itself, so English
 * keeps "Sep" (not "Sept") and the text does not change with the ICU version.
 */
export function formatDateMoment(m: number): string {
  const rounded = Math.round(m);
  const day = Math.floor(rounded / MINUTES_PER_DAY);
  const d = new Date(day * 86_400_000);
  const weekday = mod(day + 3, 7); // 1970-01-01 was a Thursday
  return t('core.dateMoment', {
    weekday: dayName(weekday),
    day: String(d.getUTCDate()),
    month: monthName(d.getUTCMonth()),
    year: String(d.getUTCFullYear()),
    time: clockOf(mod(rounded, MINUTES_PER_DAY)),
  });
}

/** Where a gap lies: "Fri 18:00 → Mon 08:00", "the whole week", or dated labels with the holidays inside. */
export function formatGapSpan(gap: Gap | DatedGap): string {
  if ('from' in gap) {
    const from = formatDateMoment(gap.start);
    const to = formatDateMoment(gap.end);
    if (gap.holidays.length === 0) return t('core.gapSpan', { from, to });
    return t('core.gapSpan.holidays', { from, to, holidays: gap.holidays.join(', ') });
  }
  if (gap.minutes >= MINUTES_PER_WEEK) return t('core.wholeWeek');
  return t('core.gapSpan', { from: formatWeekMoment(gap.start), to: formatWeekMoment(gap.end) });
}

/** A gap as messages name it: "62 h gap (Fri 18:00 → Mon 08:00)"; short gaps in minutes. Dutch "gat van 62 u (…)". */
export function formatGap(gap: Gap | DatedGap): string {
  const length = gap.minutes < 60 ? formatMinutes(gap.minutes) : formatHours(gap.minutes);
  return t('core.gap', { length, span: formatGapSpan(gap) });
}

/**
 * Minutes as a Pledge duration that reads naturally: 1440 → "1 day", 120 →
 * "2 hours", 45 → "45 minutes". This is source text of the language (quick
 * fixes insert it into agreements), not prose, so it is English in every locale.
 */
export function formatDurationWords(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (m > 0 && m % 1440 === 0) return unit(m / 1440, 'day');
  if (m > 0 && m % 60 === 0) return unit(m / 60, 'hour');
  return unit(m, 'minute');
}
