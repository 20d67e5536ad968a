// Periods, durations and downtime budgets (LANGUAGE.md §5).
//
// Every number in this module is a count of minutes unless its name says
// otherwise (`percent`, `step`, `PERIOD_DAYS`).

import type { Duration, PeriodName, Unit } from '../syntax/ast';

/** Minutes in one week (7 × 1,440). */
export const MINUTES_PER_WEEK = 10080;

/** Minutes in one calendar day. */
export const MINUTES_PER_DAY = 1440;

/** Length of each period in days: week 7, month 30, quarter 90, year 365. */
export const PERIOD_DAYS: Record<PeriodName, number> = {
  week: 7,
  month: 30,
  quarter: 90,
  year: 365,
};

/** Length of a period in minutes (month → 43,200). */
export function periodMinutes(p: PeriodName): number {
  return PERIOD_DAYS[p] * MINUTES_PER_DAY;
}

/**
 * Length of one unit in minutes: minute 1, hour 60, day 1,440, week 10,080;
 * month, quarter and year as their periods (30, 90 and 365 days).
 */
export const UNIT_MINUTES: Record<Unit, number> = {
  minute: 1,
  hour: 60,
  day: MINUTES_PER_DAY,
  week: MINUTES_PER_WEEK,
  month: PERIOD_DAYS.month * MINUTES_PER_DAY,
  quarter: PERIOD_DAYS.quarter * MINUTES_PER_DAY,
  year: PERIOD_DAYS.year * MINUTES_PER_DAY,
};

/**
 * Nominal length of a duration in minutes (§5): business time counted as if it
 * ran uninterrupted. `business hour` = 60 minutes; `business day` =
 * `businessDayMinutes` (the service's longest daily support window, see
 * `WeeklySchedule.longestDailyWindow`). The grammar has no other business
 * units; should one reach this function, the business flag is ignored.
 *
 * @param businessDayMinutes minutes in one business day of the service.
 * @returns minutes.
 */
export function nominalMinutes(
  d: Pick<Duration, 'amount' | 'unit' | 'business'>,
  businessDayMinutes: number,
): number {
  // Rounded like the budgets, so that 4.1 hours is 246 minutes and not 245.99999999999997.
  if (d.business && d.unit === 'day') return clean(d.amount * businessDayMinutes);
  return clean(d.amount * UNIT_MINUTES[d.unit]);
}

/** Rounds away binary floating-point noise (1e-9 minute resolution). */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * Minutes a period is measured over: the whole period, or — for
 * `during support` — the support minutes that fall in it
 * (`supportMinutesPerWeek` × days of the period / 7).
 *
 * @param supportMinutesPerWeek covered minutes per week; omit to measure the whole period.
 * @returns minutes.
 */
export function measuredMinutes(period: PeriodName, supportMinutesPerWeek?: number): number {
  if (supportMinutesPerWeek === undefined) return periodMinutes(period);
  return clean((supportMinutesPerWeek * PERIOD_DAYS[period]) / 7);
}

/**
 * Downtime budget in minutes per period: (100 − A) / 100 × the measured minutes
 * (§5). 99.9% per month → 43.2; 99.5% per month → 216.
 *
 * @param percent the availability A in percent (99.9 for `99.9%`).
 * @param supportMinutesPerWeek for `during support`: covered minutes per week.
 * @returns minutes of allowed downtime per period.
 */
export function downtimeBudget(percent: number, period: PeriodName, supportMinutesPerWeek?: number): number {
  return clean(((100 - percent) * measuredMinutes(period, supportMinutesPerWeek)) / 100);
}

/**
 * The highest availability (in percent) whose downtime budget per period is at
 * least `minutes`, rounded down to a multiple of `step` percentage points.
 * The result is always below 100 (at most 100 − `step`) and never below 0;
 * when not even 0% leaves `minutes` of budget, 0 is returned.
 * Example: 240 minutes per month, step 0.1 → 99.4 (budget 259.2 minutes).
 *
 * @param minutes downtime (minutes per period) the budget must cover.
 * @param step rounding step in percentage points, e.g. 0.1 or 0.05.
 * @param supportMinutesPerWeek for `during support`: covered minutes per week.
 * @returns percent.
 */
export function highestAvailabilityFor(
  minutes: number,
  period: PeriodName,
  step: number,
  supportMinutesPerWeek?: number,
): number {
  const total = measuredMinutes(period, supportMinutesPerWeek);
  const stepsPerHundred = Math.round(100 / step);
  if (total <= 0) return 0;
  // A = k × step keeps the promise iff (N − k) × total ≥ minutes × N, N = 100 / step.
  const k = Math.floor(stepsPerHundred - (Math.max(0, minutes) * stepsPerHundred) / total + 1e-9);
  const bounded = Math.min(stepsPerHundred - 1, Math.max(0, k));
  return clean((bounded * 100) / stepsPerHundred);
}
