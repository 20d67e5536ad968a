// Weekly support schedules and coverage over real dates (LANGUAGE.md §5).
//
// Time is counted in minutes. A *week minute* runs from 0 (Monday 00:00) to
// 10,080 (the next Monday 00:00). An *absolute minute* counts from
// 1970-01-01 00:00 in the calendar's own local time, with every day 1,440
// minutes long (daylight-saving shifts are not modelled: a window written as
// 08:00-18:00 is ten hours on every day).
//
// All intervals are half-open: [start, end).

import type { Window } from '../syntax/ast';
import { MINUTES_PER_DAY, MINUTES_PER_WEEK } from './time';

const DAY = MINUTES_PER_DAY;
const WEEK = MINUTES_PER_WEEK;
const DAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * One written window: the days `fromDay` (through `toDay`, wrapping past Sunday
 * when `toDay` < `fromDay`, so Fri-Mon is Fri, Sat, Sun, Mon), each from
 * `start` to `end` minutes since midnight (0 ≤ start < end ≤ 1,440).
 * Days: 0 = Monday … 6 = Sunday.
 */
export interface WindowSpec {
  fromDay: number;
  toDay?: number;
  start: number;
  end: number;
}

/** A half-open stretch of time [start, end) in minutes. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * An uncovered stretch: its length in `minutes` and its bounds in minutes
 * (week minutes for weekly schedules — `end` exceeds 10,080 when the gap wraps
 * from Sunday into Monday — or absolute minutes for dated coverage).
 */
export interface Gap {
  minutes: number;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------
// Interval arithmetic on sorted lists

/** Sorts, drops empty intervals and merges overlapping or touching ones. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** The parts of `[from, to)` not covered by the merged list `list`. */
function complementWithin(list: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  let cursor = from;
  for (const i of list) {
    if (i.start > cursor) out.push({ start: cursor, end: Math.min(i.start, to) });
    cursor = Math.max(cursor, i.end);
    if (cursor >= to) break;
  }
  if (cursor < to) out.push({ start: cursor, end: to });
  return out.filter((i) => i.end > i.start);
}

/** The intersection of two merged lists. */
function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

// ---------------------------------------------------------------------------
// Weekly schedules

/** The union of support windows over one week (week minute 0 = Monday 00:00). */
export class WeeklySchedule {
  /** Covered week minutes: merged, sorted, within [0, 10,080). */
  readonly intervals: readonly Interval[];
  /** Figures asked for again and again (a schedule never changes): computed once. */
  private covered: number | undefined;
  private longestDaily: number | undefined;

  private constructor(intervals: readonly Interval[]) {
    this.intervals = intervals;
  }

  /** Round the clock (`24x7`). */
  static always(): WeeklySchedule {
    return new WeeklySchedule([{ start: 0, end: WEEK }]);
  }

  /** No support at all. */
  static none(): WeeklySchedule {
    return new WeeklySchedule([]);
  }

  /**
   * The union of written windows. A window whose end is not after its start
   * covers nothing (the syntax layer reports it); times are clamped to a day.
   */
  static fromWindows(windows: readonly WindowSpec[]): WeeklySchedule {
    const list: Interval[] = [];
    for (const w of windows) {
      const start = Math.max(0, w.start);
      const end = Math.min(DAY, w.end);
      if (end <= start) continue;
      for (const day of daysOf(w)) list.push({ start: day * DAY + start, end: day * DAY + end });
    }
    return new WeeklySchedule(mergeIntervals(list));
  }

  /**
   * Any minute intervals, taken modulo the week: an interval running past
   * Sunday 24:00 continues on Monday; one of a week or longer covers everything.
   */
  static fromIntervals(list: readonly Interval[]): WeeklySchedule {
    const out: Interval[] = [];
    for (const i of list) {
      const length = i.end - i.start;
      if (length <= 0) continue;
      if (length >= WEEK) return WeeklySchedule.always();
      const start = mod(i.start, WEEK);
      const end = start + length;
      if (end <= WEEK) out.push({ start, end });
      else out.push({ start, end: WEEK }, { start: 0, end: end - WEEK });
    }
    return new WeeklySchedule(mergeIntervals(out));
  }

  /** True when the whole week is covered. */
  isAlways(): boolean {
    return this.coveredMinutesPerWeek() === WEEK;
  }

  /** True when nothing is covered. */
  isEmpty(): boolean {
    return this.intervals.length === 0;
  }

  /** Covered minutes per week (Mon-Fri 08:00-18:00 → 3,000). */
  coveredMinutesPerWeek(): number {
    this.covered ??= this.intervals.reduce((sum, i) => sum + (i.end - i.start), 0);
    return this.covered;
  }

  /**
   * Minutes of the longest contiguous covered stretch inside one calendar day
   * — the nominal `business day` (Mon-Fri 08:00-18:00 → 600; 24x7 → 1,440;
   * no support → 0).
   */
  longestDailyWindow(): number {
    if (this.longestDaily === undefined) {
      let longest = 0;
      for (let day = 0; day < 7; day++) {
        for (const i of this.daySlices(day)) longest = Math.max(longest, i.end - i.start);
      }
      this.longestDaily = longest;
    }
    return this.longestDaily;
  }

  /**
   * Covered minutes of one weekday (0 = Monday), as minutes since that day's
   * midnight.
   */
  daySlices(day: number): Interval[] {
    const from = day * DAY;
    return intersectIntervals(this.intervals, [{ start: from, end: from + DAY }]).map((i) => ({
      start: i.start - from,
      end: i.end - from,
    }));
  }

  /**
   * The longest uncovered stretch of the week, wrapping from Sunday into Monday,
   * in week minutes (Mon-Fri 08:00-18:00 → 3,720 = 62 h, from Fri 18:00 (6,840)
   * to Mon 08:00 (10,560)). No support → the whole week; 24x7 → 0. Of equal
   * gaps the earliest in the week wins.
   */
  longestGap(): Gap {
    const iv = this.intervals;
    if (iv.length === 0) return { minutes: WEEK, start: 0, end: WEEK };
    if (this.isAlways()) return { minutes: 0, start: 0, end: 0 };
    let best: Gap = { minutes: -1, start: 0, end: 0 };
    iv.forEach((cur, k) => {
      const next = k + 1 < iv.length ? iv[k + 1].start : iv[0].start + WEEK;
      const gap = { minutes: next - cur.end, start: cur.end, end: next };
      if (gap.minutes > best.minutes) best = gap;
    });
    return best;
  }

  /** Covered by this schedule or by `o`. */
  union(o: WeeklySchedule): WeeklySchedule {
    return new WeeklySchedule(mergeIntervals([...this.intervals, ...o.intervals]));
  }

  /** Covered by this schedule and by `o`. */
  intersect(o: WeeklySchedule): WeeklySchedule {
    return new WeeklySchedule(intersectIntervals(this.intervals, o.intervals));
  }

  /** Covered by this schedule but not by `o`. */
  minus(o: WeeklySchedule): WeeklySchedule {
    return new WeeklySchedule(intersectIntervals(this.intervals, complementWithin(o.intervals, 0, WEEK)));
  }

  /** True when every minute `o` covers is also covered here. */
  covers(o: WeeklySchedule): boolean {
    return o.minus(this).isEmpty();
  }
}

/** The weekdays of a window, in order (Fri-Mon → 4, 5, 6, 0). */
function daysOf(w: WindowSpec): number[] {
  const first = mod(w.fromDay, 7);
  const last = mod(w.toDay ?? w.fromDay, 7);
  const count = mod(last - first, 7) + 1;
  return Array.from({ length: count }, (_, k) => (first + k) % 7);
}

/**
 * The `WindowSpec` of a parsed window, or undefined when a part is missing
 * (a clause broken while typing).
 */
export function windowSpecOf(w: Pick<Window, 'from' | 'to' | 'start' | 'end'>): WindowSpec | undefined {
  if (!w.from || !w.start || !w.end) return undefined;
  return { fromDay: w.from.index, toDay: w.to?.index, start: w.start.minutes, end: w.end.minutes };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function clockOf(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** "Fri 18:00" for a week minute (taken modulo the week, rounded to the minute). */
export function formatWeekMinute(m: number): string {
  const w = mod(Math.round(m), WEEK);
  return `${DAY_LABELS[Math.floor(w / DAY)]} ${clockOf(w % DAY)}`;
}

// ---------------------------------------------------------------------------
// Calendar dates

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The 'YYYY-MM-DD' date of a day number (days since 1970-01-01). */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return mod(day + 3, 7);
}

/** "Fri 3 Apr 2026 18:00" for an absolute minute. */
export function formatDateMinute(m: number): string {
  const rounded = Math.round(m);
  const day = Math.floor(rounded / DAY);
  const d = new Date(day * 86_400_000);
  const date = `${d.getUTCDate()} ${MONTH_LABELS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${DAY_LABELS[weekdayOfDay(day)]} ${date} ${clockOf(mod(rounded, DAY))}`;
}

// ---------------------------------------------------------------------------
// Coverage over real dates

/** One source of cover: a weekly schedule minus the public holidays of its calendar. */
export interface CoveragePart {
  weekly: WeeklySchedule;
  /** 'YYYY-MM-DD' local dates on which this part gives no cover. */
  holidays?: ReadonlySet<string>;
}

/** An inclusive range of 'YYYY-MM-DD' dates. */
export interface DateRange {
  from: string;
  to: string;
}

/** A gap on real dates; `start`/`end` are absolute minutes. */
export interface DatedGap extends Gap {
  /** Human label of the start, e.g. "Fri 3 Apr 2026 18:00". */
  from: string;
  /** Human label of the end, e.g. "Tue 7 Apr 2026 08:00". */
  to: string;
  /** Names of the holidays that removed cover inside the gap (may be empty). */
  holidays: string[];
}

/** Inclusive day numbers (days since 1970-01-01). */
interface DaySpan {
  first: number;
  last: number;
}

/** The day numbers of a range; undefined when a date is malformed or the range is reversed. */
function daySpanOf(range: DateRange): DaySpan | undefined {
  const span = { first: dayNumber(range.from), last: dayNumber(range.to) };
  return Number.isFinite(span.first) && Number.isFinite(span.last) && span.last >= span.first ? span : undefined;
}

function unionOf(parts: readonly CoveragePart[]): WeeklySchedule {
  return parts.reduce((acc, p) => acc.union(p.weekly), WeeklySchedule.none());
}

function hasHolidays(parts: readonly CoveragePart[]): boolean {
  return parts.some((p) => (p.holidays?.size ?? 0) > 0);
}

/** Day numbers of a set of 'YYYY-MM-DD' holidays, computed once per set (sets are not changed once made). */
const holidayDayNumbers = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

function holidayDays(holidays: ReadonlySet<string>): ReadonlySet<number> {
  let days = holidayDayNumbers.get(holidays);
  if (!days) {
    const set = new Set<number>();
    for (const date of holidays) {
      const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
      if (Number.isFinite(ms) && dateOfDay(ms / 86_400_000) === date) set.add(ms / 86_400_000);
    }
    holidayDayNumbers.set(holidays, (days = set));
  }
  return days;
}

/** True when `part` loses cover on `day` because of a holiday inside `span`. */
function isHolidayOff(part: CoveragePart, day: number, span: DaySpan): boolean {
  return day >= span.first && day <= span.last && part.holidays !== undefined && holidayDays(part.holidays).has(day);
}

/**
 * Covered absolute minutes of the days `firstDay`…`lastDay` (inclusive):
 * each part's weekly pattern, except on that part's holidays inside
 * `holidayDays`; merged.
 */
function datedCover(
  parts: readonly CoveragePart[],
  firstDay: number,
  lastDay: number,
  holidayDays: DaySpan,
): Interval[] {
  const slices = parts.map((p) => Array.from({ length: 7 }, (_, d) => p.weekly.daySlices(d)));
  const list: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = weekdayOfDay(day);
    parts.forEach((part, k) => {
      if (isHolidayOff(part, day, holidayDays)) return;
      for (const s of slices[k][weekday]) list.push({ start: day * DAY + s.start, end: day * DAY + s.end });
    });
  }
  return mergeIntervals(list);
}

/** Gaps strictly between consecutive covered intervals. */
function innerGaps(cover: readonly Interval[]): Gap[] {
  return cover.slice(1).map((next, k) => {
    const start = cover[k].end;
    return { minutes: next.start - start, start, end: next.start };
  });
}

function holidaysInside(
  parts: readonly CoveragePart[],
  gap: Gap,
  holidayDays: DaySpan,
  names: ReadonlyMap<string, string> | undefined,
): string[] {
  const found: string[] = [];
  for (let day = Math.floor(gap.start / DAY); day * DAY < gap.end; day++) {
    const weekday = weekdayOfDay(day);
    const removesCover = parts.some((p) => isHolidayOff(p, day, holidayDays) && p.weekly.daySlices(weekday).length > 0);
    const date = dateOfDay(day);
    const name = names?.get(date) ?? date;
    if (removesCover && !found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * The longest uncovered stretch of the union of `parts`, in minutes.
 *
 * Without a range, or when no part has holidays, this is the weekly longest gap
 * of the union (week minutes). Otherwise every day of the range is scanned,
 * padded with a week of the plain weekly pattern on both sides; holidays remove
 * a part's cover only inside the range. The result then carries absolute minutes,
 * labels and the names of the holidays inside (from `holidayNames`, keyed by
 * 'YYYY-MM-DD'; the date itself when unnamed). Of equal gaps, one touching the
 * range wins, then the earliest. E.g. Mon-Fri 08:00-18:00 with NL holidays in
 * 2026: Fri 3 Apr 18:00 → Tue 7 Apr 08:00 = 5,160 minutes (86 h, Easter Monday).
 */
export function longestGap(
  parts: readonly CoveragePart[],
  range?: DateRange,
  holidayNames?: ReadonlyMap<string, string>,
): Gap | DatedGap {
  const weekly = unionOf(parts);
  if (!range || !hasHolidays(parts) || weekly.isEmpty()) return weekly.longestGap();
  const days = daySpanOf(range);
  if (!days) return weekly.longestGap();
  const cover = datedCover(parts, days.first - 7, days.last + 7, days);
  const inRange = { start: days.first * DAY, end: (days.last + 1) * DAY };
  const touches = (g: Gap) => g.end > inRange.start && g.start < inRange.end;
  let best: Gap = { minutes: 0, start: inRange.start, end: inRange.start };
  for (const g of innerGaps(cover)) {
    if (g.minutes > best.minutes || (g.minutes === best.minutes && touches(g) && !touches(best))) best = g;
  }
  return {
    ...best,
    from: formatDateMinute(best.start),
    to: formatDateMinute(best.end),
    holidays: holidaysInside(parts, best, days, holidayNames),
  };
}

// ---------------------------------------------------------------------------
// Worst-case wall-clock time

/** Prefix sums over a merged interval list, for covered-time arithmetic. */
interface Timeline {
  cover: readonly Interval[];
  /** Covered minutes before interval i. */
  before: number[];
}

function timeline(cover: readonly Interval[]): Timeline {
  const before: number[] = [];
  let sum = 0;
  for (const i of cover) {
    before.push(sum);
    sum += i.end - i.start;
  }
  return { cover, before };
}

/** Index of the first interval for which `pred` holds (pred monotone); length when none. */
function firstIndex(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Covered minutes before moment `x`. */
function coveredBefore(t: Timeline, x: number): number {
  const i = firstIndex(t.cover.length, (k) => t.cover[k].end > x);
  if (i === t.cover.length) return t.before.length ? t.before[i - 1] + (t.cover[i - 1].end - t.cover[i - 1].start) : 0;
  return t.before[i] + Math.max(0, x - t.cover[i].start);
}

/** The earliest moment by which `y` covered minutes have passed (y > 0); Infinity beyond the timeline. */
function momentOfCovered(t: Timeline, y: number): number {
  const i = firstIndex(t.cover.length, (k) => t.before[k] + (t.cover[k].end - t.cover[k].start) >= y);
  return i === t.cover.length ? Infinity : t.cover[i].start + (y - t.before[i]);
}

/**
 * Worst wall-clock minutes W(t) = end(t) − t, over start moments t in
 * [from, to), to accumulate `need` covered minutes; `end(t)` is the earliest
 * moment by which `need` covered minutes have passed since t.
 *
 * While t runs through a gap, end(t) stays put and W falls. While t runs
 * through cover, end(t) moves along with t and only ever jumps forward (over
 * a gap), so W never falls; and W is continuous from the left at the end of
 * the cover. Hence the supremum is W at `from`, at the start of a gap, or —
 * when `to` falls in or at the end of cover — the limit at `to`. Gap starts
 * being whole minutes, this is also the maximum over whole-minute start
 * moments (the limit at `to` aside).
 */
function worstOver(t: Timeline, from: number, to: number, need: number): number {
  const wallClock = (start: number) => momentOfCovered(t, coveredBefore(t, start) + need) - start;
  let worst = wallClock(from);
  for (const cur of t.cover) {
    if (cur.end >= from && cur.end < to) worst = Math.max(worst, wallClock(cur.end));
    if (cur.start < to && cur.end >= to && to > from) worst = Math.max(worst, wallClock(to));
  }
  return worst;
}

/**
 * Worst-case wall-clock minutes needed to accumulate `supportMinutes` minutes of
 * covered time, over every possible start moment (§5). Mon-Fri 08:00-18:00:
 * 600 → 4,320 (72 h, e.g. Fri 08:01 → Mon 08:01); 240 → 3,960 (66 h). 24x7:
 * n → n. No cover at all: Infinity. 0 or less → 0.
 *
 * Without holidays or without a range the weekly pattern repeats forever;
 * otherwise start moments run over the days of the range, holidays remove
 * cover inside the range, and after it the plain weekly pattern continues.
 */
export function worstCaseWallClock(parts: readonly CoveragePart[], supportMinutes: number, range?: DateRange): number {
  if (supportMinutes <= 0) return 0;
  const weekly = unionOf(parts);
  if (weekly.isEmpty()) return Infinity;
  const weeksAhead = Math.ceil(supportMinutes / weekly.coveredMinutesPerWeek()) + 2;
  if (range && hasHolidays(parts)) {
    const days = daySpanOf(range);
    if (days) {
      const cover = datedCover(parts, days.first - 7, days.last + 7 * weeksAhead, days);
      return worstOver(timeline(cover), days.first * DAY, (days.last + 1) * DAY, supportMinutes);
    }
  }
  const weeks: Interval[] = [];
  for (let w = -1; w <= weeksAhead; w++) {
    for (const i of weekly.intervals) weeks.push({ start: i.start + w * WEEK, end: i.end + w * WEEK });
  }
  return worstOver(timeline(mergeIntervals(weeks)), 0, WEEK, supportMinutes);
}
