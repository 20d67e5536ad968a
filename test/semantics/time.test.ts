import { describe, expect, it } from 'vitest';
import type { PeriodName, Unit } from '../../server/src/syntax/ast';
import {
  MINUTES_PER_WEEK,
  PERIOD_DAYS,
  UNIT_MINUTES,
  downtimeBudget,
  highestAvailabilityFor,
  measuredMinutes,
  nominalMinutes,
  periodMinutes,
} from '../../server/src/semantics/time';

const OFFICE_WEEK = 3000; // Mon-Fri 08:00-18:00, minutes per week

describe('periods', () => {
  it.each<[PeriodName, number, number]>([
    ['week', 7, 10080],
    ['month', 30, 43200],
    ['quarter', 90, 129600],
    ['year', 365, 525600],
  ])('%s = %i days = %i minutes', (period, days, minutes) => {
    expect(PERIOD_DAYS[period]).toBe(days);
    expect(periodMinutes(period)).toBe(minutes);
  });

  it('a week is 10,080 minutes', () => {
    expect(MINUTES_PER_WEEK).toBe(10080);
  });
});

describe('units', () => {
  it.each<[Unit, number]>([
    ['minute', 1],
    ['hour', 60],
    ['day', 1440],
    ['week', 10080],
    ['month', 43200],
    ['quarter', 129600],
    ['year', 525600],
  ])('1 %s = %i minutes', (unit, minutes) => {
    expect(UNIT_MINUTES[unit]).toBe(minutes);
  });
});

describe('nominalMinutes', () => {
  it.each<[string, number, Unit, boolean, number, number]>([
    ['15 minutes', 15, 'minute', false, 600, 15],
    ['1.5 hours', 1.5, 'hour', false, 600, 90],
    ['2 days', 2, 'day', false, 600, 2880],
    ['1 week', 1, 'week', false, 600, 10080],
    ['6 months', 6, 'month', false, 600, 259200],
    ['4 business hours', 4, 'hour', true, 600, 240],
    ['1 business day (Mon-Fri 08-18)', 1, 'day', true, 600, 600],
    ['3 business days (Mon-Fri 08-18)', 3, 'day', true, 600, 1800],
    ['1 business day (24x7)', 1, 'day', true, 1440, 1440],
    ['1 business day (no support)', 1, 'day', true, 0, 0],
  ])('%s → %i', (_text, amount, unit, business, businessDay, expected) => {
    expect(nominalMinutes({ amount, unit, business }, businessDay)).toBe(expected);
  });
});

describe('downtimeBudget', () => {
  it.each<[number, PeriodName, number | undefined, number]>([
    [99.9, 'month', undefined, 43.2],
    [99.5, 'month', undefined, 216],
    [99.95, 'year', undefined, 262.8],
    [99.9, 'week', undefined, 10.08],
    [99, 'quarter', undefined, 1296],
    [100, 'month', undefined, 0],
    [99.5, 'week', OFFICE_WEEK, 15],
    // during support, Mon-Fri 08-18: 3000 × 30 / 7 = 12,857.142857… minutes per month
    [99.5, 'month', OFFICE_WEEK, 64.285714286],
    [99, 'month', OFFICE_WEEK, 128.571428571],
  ])('%f%% per %s (support %s min/week) → %f min', (percent, period, support, expected) => {
    expect(downtimeBudget(percent, period, support)).toBeCloseTo(expected, 8);
  });

  it('is exact for the values messages print', () => {
    expect(downtimeBudget(99.9, 'month')).toBe(43.2);
    expect(downtimeBudget(99.95, 'year')).toBe(262.8);
  });

  it('measures during support over the support minutes in the period', () => {
    expect(measuredMinutes('month', OFFICE_WEEK)).toBeCloseTo((3000 * 30) / 7, 8);
    expect(measuredMinutes('month')).toBe(43200);
  });
});

describe('highestAvailabilityFor', () => {
  it.each<[number, PeriodName, number, number | undefined, number]>([
    [240, 'month', 0.1, undefined, 99.4],
    [240, 'month', 0.05, undefined, 99.4],
    [20, 'month', 0.1, undefined, 99.9],
    [20, 'month', 0.05, undefined, 99.95],
    [43.2, 'month', 0.1, undefined, 99.9], // exactly the 99.9% budget
    [216, 'month', 0.05, undefined, 99.5], // exactly the 99.5% budget
    [216.1, 'month', 0.05, undefined, 99.45],
    [480, 'year', 0.05, undefined, 99.9],
    [0, 'month', 0.1, undefined, 99.9], // never 100
    [0, 'month', 0.05, undefined, 99.95],
    [50000, 'month', 0.1, undefined, 0], // more than the whole month
    [240, 'month', 0.1, OFFICE_WEEK, 98.1], // 240 / 12,857.14 = 1.87%
    [240, 'month', 0.1, 0, 0], // no support time at all
  ])('%f min per %s, step %f (support %s) → %f', (minutes, period, step, support, expected) => {
    expect(highestAvailabilityFor(minutes, period, step, support)).toBe(expected);
  });

  const cases: [number, PeriodName, number][] = [];
  for (const minutes of [1, 15, 30, 43.2, 60, 100, 240, 480, 600, 1440]) {
    for (const period of ['week', 'month', 'quarter', 'year'] as const) {
      for (const step of [0.1, 0.05]) cases.push([minutes, period, step]);
    }
  }
  it.each(cases)('%f min per %s, step %f: highest that keeps the budget', (minutes, period, step) => {
    const a = highestAvailabilityFor(minutes, period, step);
    expect(a).toBeLessThan(100);
    if (a > 0) expect(downtimeBudget(a, period)).toBeGreaterThanOrEqual(minutes);
    const next = Math.round((a + step) * 1000) / 1000;
    if (next < 100) expect(downtimeBudget(next, period)).toBeLessThan(minutes);
  });
});
