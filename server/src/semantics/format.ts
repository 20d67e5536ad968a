// How numbers appear in messages, hovers and reports: one place, so every
// feature shows the same value the same way. Durations are given in minutes.

import { formatWeekMinute, type DatedGap, type Gap } from './schedule';
import { MINUTES_PER_WEEK } from './time';

const THOUSANDS_FROM = 10000;

/** Rounds half away from zero to `decimals` places, without binary-noise surprises (1.005 → 1.01). */
function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(n) * f * (1 + Number.EPSILON)) / f;
  return n < 0 && r !== 0 ? -r : r;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A number rounded to at most `maxDecimals` places (default 2), trailing zeros
 * trimmed, '.' as decimal separator; from 10,000 on the integer part is grouped
 * with ',' ("12,857"), below that it is not ("9999"). Infinity → "∞".
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const r = roundTo(n, maxDecimals);
  const [whole, fraction = ''] = Math.abs(r).toFixed(maxDecimals).split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const intPart = Math.abs(r) >= THOUSANDS_FROM ? groupThousands(whole) : whole;
  return `${r < 0 ? '-' : ''}${intPart}${trimmed ? `.${trimmed}` : ''}`;
}

/** Decimals shown for a value: 1, or 2 when its magnitude is below 1. */
function decimalsFor(value: number): number {
  return Math.abs(value) < 1 ? 2 : 1;
}

/** Minutes as minutes: 43.2 → "43.2 min", 240 → "240 min", 0.5 → "0.5 min" (1 decimal, 2 below 1). */
export function formatMinutes(min: number): string {
  return `${formatNumber(min, decimalsFor(min))} min`;
}

/** Minutes as hours: 3,720 → "62 h", 90 → "1.5 h" (1 decimal, 2 below one hour). */
export function formatHours(min: number): string {
  const hours = min / 60;
  return `${formatNumber(hours, decimalsFor(hours))} h`;
}

/**
 * Minutes in the largest units that read naturally:
 * - below one hour: minutes, as `formatMinutes` ("43.2 min", "15 min");
 * - below one day: hours and remaining minutes ("4 h", "4 h 30 min", "4 h 19.2 min");
 * - from one day: days, hours and minutes, zero parts left out
 *   ("1 d", "2 d 14 h", "1 d 30 min").
 * The value is first rounded to 0.1 minute. Negative values get a leading "-";
 * Infinity → "∞".
 */
export function formatDuration(min: number): string {
  if (!Number.isFinite(min)) return formatNumber(min);
  if (min < 0) return `-${formatDuration(-min)}`;
  if (min < 60) return formatMinutes(min);
  const total = roundTo(min, 1);
  const days = min < 1440 ? 0 : Math.floor(total / 1440);
  const hours = Math.floor((total - days * 1440) / 60);
  const minutes = roundTo(total - days * 1440 - hours * 60, 1);
  const parts = [days ? `${days} d` : '', hours ? `${hours} h` : '', minutes ? formatMinutes(minutes) : ''];
  return parts.filter(Boolean).join(' ');
}

/** A percentage: 99.9 → "99.9%", 99.95 → "99.95%", 100 → "100%" (up to 4 decimals). */
export function formatPercent(p: number): string {
  return `${formatNumber(p, 4)}%`;
}

/** "a" or "an" before a number as it is read aloud ("an 86 h gap", "a 62 h gap"). */
export function article(numberText: string): string {
  return /^(8|1[18](?!\d))/.test(numberText) ? 'an' : 'a';
}

/** Where a gap lies: "Fri 18:00 → Mon 08:00", "the whole week", or dated labels with the holidays inside. */
export function formatGapSpan(gap: Gap | DatedGap): string {
  if ('from' in gap) {
    const holidays = gap.holidays.length > 0 ? `, over ${gap.holidays.join(', ')}` : '';
    return `${gap.from} → ${gap.to}${holidays}`;
  }
  if (gap.minutes >= MINUTES_PER_WEEK) return 'the whole week';
  return `${formatWeekMinute(gap.start)} → ${formatWeekMinute(gap.end)}`;
}

/** A gap as messages name it: "62 h gap (Fri 18:00 → Mon 08:00)"; short gaps in minutes. */
export function formatGap(gap: Gap | DatedGap): string {
  const length = gap.minutes < 60 ? formatMinutes(gap.minutes) : formatHours(gap.minutes);
  return `${length} gap (${formatGapSpan(gap)})`;
}

/** Minutes as a Pledge duration that reads naturally: 1440 → "1 day", 120 → "2 hours", 45 → "45 minutes". */
export function formatDurationWords(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (m > 0 && m % 1440 === 0) return unit(m / 1440, 'day');
  if (m > 0 && m % 60 === 0) return unit(m / 60, 'hour');
  return unit(m, 'minute');
}
