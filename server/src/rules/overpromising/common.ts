// Computations shared by the over-promising rules: what an availability
// promise must absorb, the highest availability an agreement can keep, and
// how gaps and availability promises read in messages.

import type * as A from '../../syntax/ast';
import { priorityClause, type Facts, type ServiceFacts } from '../../semantics/facts';
import type { DatedGap, Gap } from '../../semantics/schedule';
import { highestAvailabilityFor, PERIOD_DAYS } from '../../semantics/time';
import { formatDuration, formatHours, formatMinutes, formatPercent } from '../../semantics/format';
import type { Fix } from '../types';
import { t, withLocale } from '../../i18n/index';
import { periodWord, vowelSound } from '../messages';

/** PL102's default threshold: availability at or above this many percent is extreme. */
export const EXTREME_AVAILABILITY = 99.99;

/** Used when nothing in the agreement says how much downtime the service needs. */
const FALLBACK_AVAILABILITY = 99.9;

/**
 * Rounding step of a suggested availability, in percentage points. Suggestions
 * are rounded down to 0.05 points: that is the 0.1-point value whenever that one
 * keeps the promise, and one notch more precise (99.85% instead of 99.8%) when
 * the 0.1-point value would give away more than needed.
 */
const AVAILABILITY_STEP = 0.05;

/** The top priority's resolve clause when it is promised as a result (not `as effort`). */
export function resultResolve(sf: ServiceFacts): { priority: A.Priority; resolve: A.Resolve & { duration: A.Duration }; minutes: number } | undefined {
  const priority = sf.topPriority;
  if (!priority) return undefined;
  const resolve = priorityClause(priority, 'Resolve');
  if (!resolve?.duration || resolve.as?.value === 'effort') return undefined;
  return { priority, resolve: resolve as A.Resolve & { duration: A.Duration }, minutes: sf.nominal(resolve.duration) };
}

/** True when the availability clause has an option of this kind. */
function hasOption(a: A.Availability, kind: A.AvailOption['kind']): boolean {
  return a.options.some((o) => o.kind === kind);
}

/**
 * The longest stretch per week that neither support nor an emergency clause's
 * `reachable` schedule covers, when it counts against the availability
 * promise: availability is not `during support` and support is not `24x7`.
 */
export function uncoveredGap(sf: ServiceFacts): Gap | DatedGap | undefined {
  const a = sf.svc.availability;
  if (!a || hasOption(a, 'DuringSupport') || sf.alwaysSupported) return undefined;
  const gap = sf.gap(true);
  return gap.minutes > 0 ? gap : undefined;
}


/**
 * Maintenance minutes per period that count as downtime: the weekly
 * maintenance time (within support time for `during support`) × period days / 7;
 * 0 when maintenance is excluded or absent.
 */
export function maintenanceDowntime(facts: Facts, sf: ServiceFacts): { perWeek: number; perPeriod: number } | undefined {
  const a = sf.svc.availability;
  const m = sf.svc.maintenance;
  if (!a?.period || !m?.schedule || hasOption(a, 'ExcludingMaintenance')) return undefined;
  let schedule = facts.schedule(m.schedule, sf.svc.agreement).weekly;
  if (hasOption(a, 'DuringSupport')) schedule = schedule.intersect(sf.support.weekly);
  const perWeek = schedule.coveredMinutesPerWeek();
  return { perWeek, perPeriod: (perWeek * PERIOD_DAYS[a.period.value]) / 7 };
}

/**
 * The highest availability (percent) the service can keep: rounded down to
 * `AVAILABILITY_STEP` from the downtime it needs, or `FALLBACK_AVAILABILITY`
 * when nothing says; always below `below` (a threshold, default PL102's) and
 * below the current value. Undefined when no positive value fits.
 */
function highestKeepable(sf: ServiceFacts, needed: number | undefined, below = EXTREME_AVAILABILITY): number | undefined {
  const a = sf.svc.availability;
  if (!a?.percent || !a.period) return undefined;
  const perWeek = hasOption(a, 'DuringSupport') ? sf.support.weekly.coveredMinutesPerWeek() : undefined;
  let value = needed === undefined ? FALLBACK_AVAILABILITY : highestAvailabilityFor(needed, a.period.value, AVAILABILITY_STEP, perWeek);
  const ceiling = Math.min(below, a.percent.value);
  while (value >= ceiling - 1e-9) value = Math.round((value - AVAILABILITY_STEP) * 100) / 100;
  return value > 0 ? value : undefined;
}

/** The fix that replaces the availability percentage by `value`, titled with the reason for that value. */
function setAvailabilityFix(percent: A.Percent, value: number, title: string): Fix {
  // The inserted text is Pledge source, written the same in every locale.
  const source = withLocale('en', () => formatPercent(value));
  return { title, edits: [{ span: percent.span, newText: source }] };
}

/**
 * The highest availability, in `AVAILABILITY_STEP`s, strictly below
 * `threshold` and below the current value. Undefined when no positive value fits.
 */
function belowThreshold(current: number, threshold: number): number | undefined {
  const ceiling = Math.min(threshold, current);
  let value = Math.floor(ceiling / AVAILABILITY_STEP + 1e-9) * AVAILABILITY_STEP;
  value = Math.round(value * 100) / 100;
  while (value >= ceiling - 1e-9) value = Math.round((value - AVAILABILITY_STEP) * 100) / 100;
  return value > 0 ? value : undefined;
}

/**
 * PL103's availability value: the most the top priority's resolve time
 * allows. Offered when PL103's finding holds (the budget is below that resolve time).
 */
function resolveAvailability(sf: ServiceFacts): { value: number; title: string } | undefined {
  const percent = sf.svc.availability?.percent;
  const top = resultResolve(sf);
  if (!percent || !top || !sf.budget || sf.budget.minutes >= top.minutes) return undefined;
  const value = highestKeepable(sf, top.minutes);
  if (value === undefined) return undefined;
  const duration = formatDuration(top.minutes);
  const title = t('rules.fix.setAvailability.resolve', {
    percent: formatPercent(value),
    priority: top.priority.name?.text ?? t('rules.common.topPriority'),
    duration,
  });
  return { value, title };
}

/**
 * PL104's availability value: the most the longest uncovered gap allows.
 * Offered when PL104's finding holds (the gap is longer than the budget).
 */
function gapAvailability(sf: ServiceFacts): { value: number; title: string } | undefined {
  const percent = sf.svc.availability?.percent;
  const gap = uncoveredGap(sf);
  if (!percent || !gap || !sf.budget || gap.minutes <= sf.budget.minutes) return undefined;
  const value = highestKeepable(sf, gap.minutes);
  if (value === undefined) return undefined;
  const text = gap.minutes < 60 ? formatMinutes(gap.minutes) : formatHours(gap.minutes);
  return { value, title: t('rules.fix.setAvailability.gap', { percent: formatPercent(value), gap: text, vowel: vowelSound(text) }) };
}

/** PL103's availability fix (see `resolveAvailability`). */
export function resolveAvailabilityFixes(sf: ServiceFacts): Fix[] {
  const percent = sf.svc.availability?.percent;
  const r = resolveAvailability(sf);
  return percent && r ? [setAvailabilityFix(percent, r.value, r.title)] : [];
}

/** PL104's availability fix (see `gapAvailability`). */
export function gapAvailabilityFixes(sf: ServiceFacts): Fix[] {
  const percent = sf.svc.availability?.percent;
  const g = gapAvailability(sf);
  return percent && g ? [setAvailabilityFix(percent, g.value, g.title)] : [];
}

/**
 * The availability fix of PL101 and PL102: the highest value below the
 * extreme `threshold`. Left out when PL103 or PL104 already offer that same
 * value for the service (with its reason), so one edit is offered once.
 */
export function thresholdAvailabilityFixes(sf: ServiceFacts, threshold = EXTREME_AVAILABILITY): Fix[] {
  const percent = sf.svc.availability?.percent;
  if (!percent) return [];
  const value = belowThreshold(percent.value, threshold);
  if (value === undefined) return [];
  const same = (v: number | undefined) => v !== undefined && Math.abs(v - value) < 1e-9;
  if (same(resolveAvailability(sf)?.value) || same(gapAvailability(sf)?.value)) return [];
  return [
    setAvailabilityFix(percent, value, t('rules.fix.setAvailability.threshold', { percent: formatPercent(value), threshold: formatPercent(threshold) })),
  ];
}

/** "99.9% per month" or "99.9% of support time per month" (in the current locale). */
export function promiseText(a: A.Availability): string {
  const params = { percent: a.percent ? formatPercent(a.percent.value) : '?', period: periodWord(a.period?.value) };
  return hasOption(a, 'DuringSupport') ? t('rules.common.promiseDuringSupport', params) : t('rules.common.promise', params);
}

/** Every service of the file with a complete availability promise, with its facts. */
export function* availabilityPromises(facts: Facts): Generator<{ sf: ServiceFacts; availability: A.Availability; percent: A.Percent; period: A.Period }> {
  for (const agreement of facts.model.agreements) {
    for (const svc of agreement.services) {
      const a = svc.availability;
      if (a?.percent && a.period) yield { sf: facts.service(svc), availability: a, percent: a.percent, period: a.period };
    }
  }
}

/** Every service of the file with its facts. */
export function* allServices(facts: Facts): Generator<ServiceFacts> {
  for (const agreement of facts.model.agreements) for (const svc of agreement.services) yield facts.service(svc);
}

/** A priority's respond or resolve clause with a duration, and its nominal minutes. */
export type { TimedClause } from '../../semantics/facts';

/** A priority's name for messages. */
export function priorityName(p: A.Priority): string {
  return p.name?.text ?? t('rules.common.thisPriority');
}

/**
 * Where the characters of a string literal's value sit in the source: entry
 * `i` is the offset of value character `i` (an escape `\"` or `\\` maps to its
 * backslash); the last entry is the offset just past the value.
 */
export function valueOffsets(text: string, s: A.Str): number[] {
  const offsets: number[] = [];
  const end = s.terminated ? s.span.end - 1 : s.span.end;
  let i = s.span.start + 1;
  while (i < end) {
    offsets.push(i);
    i += text[i] === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\') ? 2 : 1;
  }
  offsets.push(end);
  return offsets;
}
