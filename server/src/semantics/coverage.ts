// The cover of one service over a week, split into what a reader needs to see
// side by side: support hours, time covered only by the emergency line,
// maintenance windows and time nobody covers (LANGUAGE.md §5). Every part is
// derived from the computed weekly schedules in `facts.ts`, never from text.

import type { Facts, ServiceFacts } from './facts';
import { WeeklySchedule, type Gap, type Interval } from './schedule';
import { MINUTES_PER_DAY } from './time';

export type CoverageKind = 'support' | 'emergency' | 'maintenance' | 'uncovered';

/** One day's piece of a weekly interval: minutes since that day's midnight. */
export interface DaySlice {
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  start: number;
  end: number;
}

export interface WeekCoverage {
  /** The service's support hours. */
  support: WeeklySchedule;
  /** Reachable through the emergency clause, outside support hours. */
  emergency: WeeklySchedule;
  /** Maintenance windows (they may overlap support or emergency cover). */
  maintenance: WeeklySchedule;
  /** Covered by neither support nor the emergency line. */
  uncovered: WeeklySchedule;
  /**
   * The longest weekly stretch that neither support nor the emergency line
   * covers (week minutes; `end` may pass 10,080 when it wraps into Monday);
   * undefined when the week is fully covered.
   */
  longestGap?: Gap;
}

/** The week of one service: support, emergency-only cover, maintenance and what is left uncovered. */
export function weekCoverage(facts: Facts, sf: ServiceFacts): WeekCoverage {
  const maintenance = maintenanceOf(facts, sf);
  const support = sf.support.weekly;
  const reachable = sf.reachable().reduce((acc, r) => acc.union(r.weekly), WeeklySchedule.none());
  const emergency = reachable.minus(support);
  const covered = support.union(emergency);
  const uncovered = WeeklySchedule.always().minus(covered);
  const gap = covered.longestGap();
  return { support, emergency, maintenance, uncovered, longestGap: gap.minutes > 0 ? gap : undefined };
}

/** The service's maintenance schedule, resolved like any other schedule. */
export function maintenanceOf(facts: Facts, sf: ServiceFacts): WeeklySchedule {
  const m = sf.svc.maintenance?.schedule;
  return m ? facts.schedule(m, sf.svc.agreement).weekly : WeeklySchedule.none();
}

/** Week-minute intervals cut at midnight into per-day slices, in week order. */
export function daySlicesOf(list: readonly Interval[]): DaySlice[] {
  const out: DaySlice[] = [];
  for (const i of list) {
    let start = i.start;
    while (start < i.end) {
      const day = Math.floor(start / MINUTES_PER_DAY);
      const dayEnd = (day + 1) * MINUTES_PER_DAY;
      const end = Math.min(i.end, dayEnd);
      out.push({ day: day % 7, start: start - day * MINUTES_PER_DAY, end: end - day * MINUTES_PER_DAY });
      start = end;
    }
  }
  return out.sort((a, b) => a.day - b.day || a.start - b.start);
}

/** A run of consecutive weekdays that share exactly the same windows. */
export interface DayRun {
  fromDay: number;
  toDay: number;
  windows: Interval[];
}

/**
 * A schedule as runs of weekdays with identical windows, days without cover
 * left out: Mon-Fri 08:00-18:00 → one run Mon…Fri with [480, 1080).
 */
export function dayRuns(schedule: WeeklySchedule): DayRun[] {
  const runs: DayRun[] = [];
  const same = (a: Interval[], b: Interval[]) => a.length === b.length && a.every((x, k) => x.start === b[k]!.start && x.end === b[k]!.end);
  for (let day = 0; day < 7; day++) {
    const windows = schedule.daySlices(day);
    if (windows.length === 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.toDay === day - 1 && same(last.windows, windows)) last.toDay = day;
    else runs.push({ fromDay: day, toDay: day, windows });
  }
  return runs;
}
