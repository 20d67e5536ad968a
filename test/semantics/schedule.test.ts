import { describe, expect, it } from 'vitest';
import {
  type CoveragePart,
  type DatedGap,
  type Interval,
  type WindowSpec,
  WeeklySchedule,
  dayNumber,
  formatDateMinute,
  formatWeekMinute,
  longestGap,
  windowSpecOf,
  worstCaseWallClock,
} from '../../server/src/semantics/schedule';
import { publicHolidays } from '../../server/src/semantics/holidays';
import type { Window } from '../../server/src/syntax/ast';

const [MON, , , , FRI, SAT, SUN] = [0, 1, 2, 3, 4, 5, 6];
const h = (hh: number, mm = 0) => hh * 60 + mm;

const OFFICE: WindowSpec[] = [{ fromDay: MON, toDay: FRI, start: h(8), end: h(18) }];
const office = WeeklySchedule.fromWindows(OFFICE);
const always = WeeklySchedule.always();
const none = WeeklySchedule.none();
const aroundMidnight = WeeklySchedule.fromWindows([
  { fromDay: SUN, start: h(20), end: h(24) },
  { fromDay: MON, start: h(0), end: h(4) },
]);
const friToMon = WeeklySchedule.fromWindows([{ fromDay: FRI, toDay: MON, start: h(9), end: h(17) }]);
const allWeek = WeeklySchedule.fromWindows([{ fromDay: MON, toDay: SUN, start: 0, end: 1440 }]);
const saturday = WeeklySchedule.fromWindows([{ fromDay: SAT, start: h(10), end: h(14) }]);
const backwards = WeeklySchedule.fromWindows([{ fromDay: MON, start: h(18), end: h(8) }]);

// ---------------------------------------------------------------------------
// Minute-by-minute reference implementations (slow, obviously right)

/** 1 for each covered minute of `weeks` consecutive weeks. */
function weeklyBitmap(s: WeeklySchedule, weeks: number): Uint8Array {
  const bits = new Uint8Array(10080 * weeks);
  for (let w = 0; w < weeks; w++) {
    for (const i of s.intervals) bits.fill(1, w * 10080 + i.start, w * 10080 + i.end);
  }
  return bits;
}

/** Max over integer start minutes in [from, to) of the minutes needed to collect `need` covered minutes. */
function bruteWorst(bits: Uint8Array, from: number, to: number, need: number): number {
  const cum = new Int32Array(bits.length + 1);
  for (let x = 0; x < bits.length; x++) cum[x + 1] = cum[x] + bits[x];
  let worst = 0;
  for (let t = from; t < to; t++) {
    const target = cum[t] + need;
    let lo = t;
    let hi = bits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    if (cum[lo] < target) return Infinity;
    worst = Math.max(worst, lo - t);
  }
  return worst;
}

/** Longest cyclic run of uncovered minutes in one week. */
function bruteLongestGap(s: WeeklySchedule): number {
  const bits = weeklyBitmap(s, 2);
  let best = 0;
  let run = 0;
  for (const b of bits) {
    run = b ? 0 : run + 1;
    best = Math.max(best, run);
  }
  return Math.min(best, 10080);
}

/** Deterministic pseudo-random numbers (LCG), so every run checks the same schedules. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

function randomSchedule(seed: number): WeeklySchedule {
  const next = rng(seed);
  const windows: WindowSpec[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let k = 0; k < count; k++) {
    const start = Math.floor(next() * 1440);
    const end = start + 1 + Math.floor(next() * (1440 - start));
    const fromDay = Math.floor(next() * 7);
    const toDay = next() < 0.5 ? undefined : Math.floor(next() * 7);
    windows.push({ fromDay, toDay, start, end });
  }
  return WeeklySchedule.fromWindows(windows);
}

// ---------------------------------------------------------------------------

describe('WeeklySchedule: measures of a schedule', () => {
  it.each<[string, WeeklySchedule, number, number, number]>([
    ['Mon-Fri 08:00-18:00', office, 3000, 600, 3720],
    ['24x7', always, 10080, 1440, 0],
    ['no support', none, 0, 0, 10080],
    ['Sun 20:00-24:00, Mon 00:00-04:00', aroundMidnight, 480, 240, 9600],
    ['Fri-Mon 09:00-17:00', friToMon, 1920, 480, 5280],
    ['Sat 10:00-14:00', saturday, 240, 240, 9840],
    [
      'Mon-Fri 08:00-18:00, Sat 10:00-14:00',
      WeeklySchedule.fromWindows([...OFFICE, { fromDay: SAT, start: h(10), end: h(14) }]),
      3240,
      600,
      2520,
    ],
    [
      'Mon 08:00-12:00, Mon 10:00-14:00 (overlap)',
      WeeklySchedule.fromWindows([
        { fromDay: MON, start: h(8), end: h(12) },
        { fromDay: MON, start: h(10), end: h(14) },
      ]),
      360,
      360,
      9720,
    ],
    ['Mon-Sun 00:00-24:00', allWeek, 10080, 1440, 0],
    ['Mon 18:00-08:00 (end before start)', backwards, 0, 0, 10080],
  ])('%s', (_name, s, covered, daily, gap) => {
    expect(s.coveredMinutesPerWeek()).toBe(covered);
    expect(s.longestDailyWindow()).toBe(daily);
    expect(s.longestGap().minutes).toBe(gap);
  });

  it.each<[string, WeeklySchedule, boolean, boolean]>([
    ['24x7', always, true, false],
    ['Mon-Sun 00:00-24:00', allWeek, true, false],
    ['no support', none, false, true],
    ['office hours', office, false, false],
  ])('%s', (_name, s, isAlways, isEmpty) => {
    expect(s.isAlways()).toBe(isAlways);
    expect(s.isEmpty()).toBe(isEmpty);
  });
});

describe('WeeklySchedule: intervals', () => {
  it.each<[string, WeeklySchedule, Interval[]]>([
    ['Mon-Fri 08:00-18:00', office, [0, 1, 2, 3, 4].map((d) => ({ start: d * 1440 + 480, end: d * 1440 + 1080 }))],
    [
      'Fri-Mon 09:00-17:00 wraps past Sunday',
      friToMon,
      [0, 4, 5, 6].map((d) => ({ start: d * 1440 + 540, end: d * 1440 + 1020 })),
    ],
    [
      'Sun 20:00-24:00 + Mon 00:00-04:00',
      aroundMidnight,
      [
        { start: 0, end: 240 },
        { start: 9840, end: 10080 },
      ],
    ],
    [
      'fromIntervals wraps Sun 20:00 → Mon 04:00 into the same cover',
      WeeklySchedule.fromIntervals([{ start: 9840, end: 10320 }]),
      [
        { start: 0, end: 240 },
        { start: 9840, end: 10080 },
      ],
    ],
    [
      'fromIntervals of a week or more is 24x7',
      WeeklySchedule.fromIntervals([{ start: 5, end: 10085 }]),
      [{ start: 0, end: 10080 }],
    ],
    ['24x7', always, [{ start: 0, end: 10080 }]],
    ['none', none, []],
  ])('%s', (_name, s, expected) => {
    expect(s.intervals).toEqual(expected);
  });
});

describe('WeeklySchedule.longestGap: where the gap lies', () => {
  it.each<[string, WeeklySchedule, number, number, string, string]>([
    ['Mon-Fri 08:00-18:00', office, 6840, 10560, 'Fri 18:00', 'Mon 08:00'],
    ['Sun 20:00-24:00 + Mon 00:00-04:00 (merged across the wrap)', aroundMidnight, 240, 9840, 'Mon 04:00', 'Sun 20:00'],
    ['Fri-Mon 09:00-17:00', friToMon, 1020, 6300, 'Mon 17:00', 'Fri 09:00'],
    ['no support: the whole week', none, 0, 10080, 'Mon 00:00', 'Mon 00:00'],
  ])('%s', (_name, s, start, end, fromLabel, toLabel) => {
    const gap = s.longestGap();
    expect([gap.start, gap.end, gap.minutes]).toEqual([start, end, end - start]);
    expect([formatWeekMinute(gap.start), formatWeekMinute(gap.end)]).toEqual([fromLabel, toLabel]);
  });

  const seeds = Array.from({ length: 40 }, (_, k) => [k + 1]);
  it.each(seeds)('random schedule #%i agrees with a minute-by-minute scan', (seed) => {
    const s = randomSchedule(seed);
    const gap = s.longestGap();
    expect(gap.minutes).toBe(bruteLongestGap(s));
    expect(gap.end - gap.start).toBe(gap.minutes);
    // the gap really is uncovered, and bounded by cover (unless nothing is covered)
    const bits = weeklyBitmap(s, 3);
    for (let m = gap.start; m < gap.end; m += 7) expect(bits[m]).toBe(0);
    if (!s.isEmpty() && gap.minutes > 0) {
      expect(bits[(gap.start - 1 + 10080) % 10080]).toBe(1);
      expect(bits[gap.end % 10080]).toBe(1);
    }
  });
});

describe('WeeklySchedule: set operations', () => {
  const evenings = WeeklySchedule.fromWindows([{ fromDay: MON, toDay: FRI, start: h(18), end: h(22) }]);
  const core = WeeklySchedule.fromWindows([{ fromDay: MON, toDay: FRI, start: h(9), end: h(17) }]);

  it.each<[string, WeeklySchedule, number, number]>([
    ['office ∪ evenings', office.union(evenings), 4200, 840],
    ['office ∪ none', office.union(none), 3000, 600],
    ['office ∪ 24x7', office.union(always), 10080, 1440],
    ['24x7 − office', always.minus(office), 7080, 1440],
    ['office − 24x7', office.minus(always), 0, 0],
    ['office − core', office.minus(core), 600, 60],
    ['office − none', office.minus(none), 3000, 600],
    ['office ∩ evenings', office.intersect(evenings), 0, 0],
    ['office ∩ core', office.intersect(core), 2400, 480],
  ])('%s', (_name, s, covered, daily) => {
    expect(s.coveredMinutesPerWeek()).toBe(covered);
    expect(s.longestDailyWindow()).toBe(daily);
  });

  it.each<[string, WeeklySchedule, WeeklySchedule, boolean]>([
    ['24x7 covers office', always, office, true],
    ['office covers 24x7', office, always, false],
    ['office covers core hours', office, core, true],
    ['core hours cover office', core, office, false],
    ['office covers itself', office, office, true],
    ['office covers no support', office, none, true],
    ['no support covers no support', none, none, true],
    ['office covers evenings', office, evenings, false],
  ])('%s', (_name, a, b, expected) => {
    expect(a.covers(b)).toBe(expected);
  });
});

describe('formatWeekMinute', () => {
  it.each<[number, string]>([
    [0, 'Mon 00:00'],
    [480, 'Mon 08:00'],
    [6840, 'Fri 18:00'],
    [10079, 'Sun 23:59'],
    [10080, 'Mon 00:00'],
    [10560, 'Mon 08:00'],
    [-1, 'Sun 23:59'],
  ])('%i → %s', (m, expected) => {
    expect(formatWeekMinute(m)).toBe(expected);
  });
});

describe('windowSpecOf', () => {
  const day = (index: number) => ({ index }) as Window['from'];
  const time = (minutes: number) => ({ minutes }) as Window['start'];

  it.each<[string, Pick<Window, 'from' | 'to' | 'start' | 'end'>, WindowSpec | undefined]>([
    [
      'Mon-Fri 08:00-18:00',
      { from: day(0), to: day(4), start: time(480), end: time(1080) },
      { fromDay: 0, toDay: 4, start: 480, end: 1080 },
    ],
    [
      'Sun 20:00-24:00',
      { from: day(6), start: time(1200), end: time(1440) },
      { fromDay: 6, toDay: undefined, start: 1200, end: 1440 },
    ],
    ['Mon 08:00- (end missing)', { from: day(0), start: time(480) }, undefined],
    ['08:00-18:00 (day missing)', { start: time(480), end: time(1080) }, undefined],
  ])('%s', (_name, w, expected) => {
    expect(windowSpecOf(w)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------
// Coverage over real dates

const nl2026 = publicHolidays('NL', 2026, 2026) ?? [];
const NL_DATES = new Set(nl2026.map((x) => x.date));
const NL_NAMES = new Map(nl2026.map((x) => [x.date, x.name] as [string, string]));
const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('formatDateMinute', () => {
  it.each<[string, number, string]>([
    ['2026-04-03', h(18), 'Fri 3 Apr 2026 18:00'],
    ['2026-04-07', h(8), 'Tue 7 Apr 2026 08:00'],
    ['1970-01-01', 0, 'Thu 1 Jan 1970 00:00'],
    ['2028-02-29', 1439, 'Tue 29 Feb 2028 23:59'],
  ])('%s + %i min → %s', (date, offset, label) => {
    expect(formatDateMinute(dayNumber(date) * 1440 + offset)).toBe(label);
  });
});

describe('longestGap over parts', () => {
  it.each<[string, CoveragePart[], number]>([
    ['office hours, no holidays', [{ weekly: office }], 3720],
    ['office hours plus a 24x7 part', [{ weekly: office }, { weekly: always }], 0],
    ['office hours plus Sat 10:00-14:00', [{ weekly: office }, { weekly: saturday }], 2520],
    ['no parts at all', [], 10080],
    ['only empty parts', [{ weekly: none }, { weekly: none, holidays: NL_DATES }], 10080],
  ])('%s → the weekly gap of the union, with or without a range', (_name, parts, minutes) => {
    expect(longestGap(parts).minutes).toBe(minutes);
    expect(longestGap(parts, YEAR_2026).minutes).toBe(minutes);
  });

  it('NL 2026: Easter Monday makes Mon-Fri 08-18 an 86 h gap, Fri 3 Apr 18:00 → Tue 7 Apr 08:00', () => {
    const gap = longestGap([{ weekly: office, holidays: NL_DATES }], YEAR_2026, NL_NAMES) as DatedGap;
    expect(gap.minutes).toBe(86 * 60);
    expect(gap.from).toBe('Fri 3 Apr 2026 18:00');
    expect(gap.to).toBe('Tue 7 Apr 2026 08:00');
    expect(gap.holidays).toEqual(['Easter Monday']); // Easter Sunday removes no cover
    expect(gap.start).toBe(dayNumber('2026-04-03') * 1440 + h(18));
    expect(gap.end).toBe(dayNumber('2026-04-07') * 1440 + h(8));
  });

  const JUNE = { from: '2026-06-01', to: '2026-06-30' };
  const APRIL = { from: '2026-04-01', to: '2026-04-30' };
  const officeOff = (...dates: string[]): CoveragePart[] => [{ weekly: office, holidays: new Set(dates) }];

  interface DatedCase {
    name: string;
    parts: CoveragePart[];
    range: { from: string; to: string };
    expected: Pick<DatedGap, 'minutes' | 'from' | 'to' | 'holidays'>;
  }
  it.each<DatedCase>([
    {
      // Tue 18:00 → Thu 08:00 is 38 h, so the weekend (62 h) stays longest;
      // of equal gaps the first one touching the range wins
      name: 'a hand-made holiday on Wednesday',
      parts: officeOff('2026-06-10'),
      range: JUNE,
      expected: { minutes: 3720, from: 'Fri 29 May 2026 18:00', to: 'Mon 1 Jun 2026 08:00', holidays: [] },
    },
    {
      name: 'Wednesday to Friday off',
      parts: officeOff('2026-06-10', '2026-06-11', '2026-06-12'),
      range: JUNE,
      expected: {
        minutes: 134 * 60,
        from: 'Tue 9 Jun 2026 18:00',
        to: 'Mon 15 Jun 2026 08:00',
        holidays: ['2026-06-10', '2026-06-11', '2026-06-12'],
      },
    },
    {
      name: 'a holiday on a Sunday changes nothing',
      parts: officeOff('2026-04-05'),
      range: APRIL,
      expected: { minutes: 3720, from: 'Fri 3 Apr 2026 18:00', to: 'Mon 6 Apr 2026 08:00', holidays: [] },
    },
    {
      name: 'a holiday outside the range is ignored',
      parts: officeOff('2026-04-06'),
      range: { from: '2026-05-01', to: '2026-05-31' },
      expected: { minutes: 3720, from: 'Fri 1 May 2026 18:00', to: 'Mon 4 May 2026 08:00', holidays: [] },
    },
    {
      name: 'a second part without holidays keeps cover',
      parts: [{ weekly: office, holidays: NL_DATES }, { weekly: office }],
      range: YEAR_2026,
      expected: { minutes: 3720, from: 'Fri 2 Jan 2026 18:00', to: 'Mon 5 Jan 2026 08:00', holidays: [] },
    },
    {
      name: '24x7 with a holiday',
      parts: [{ weekly: always, holidays: new Set(['2026-04-06']) }],
      range: APRIL,
      expected: { minutes: 1440, from: 'Mon 6 Apr 2026 00:00', to: 'Tue 7 Apr 2026 00:00', holidays: ['2026-04-06'] },
    },
  ])('$name', ({ parts, range, expected }) => {
    const gap = longestGap(parts, range) as DatedGap;
    expect({ minutes: gap.minutes, from: gap.from, to: gap.to, holidays: gap.holidays }).toEqual(expected);
  });

  it.each<[string, { from: string; to: string }]>([
    ['a reversed range', { from: '2026-12-31', to: '2026-01-01' }],
    ['a malformed range', { from: 'soon', to: 'later' }],
  ])('%s falls back to the weekly gap', (_name, range) => {
    const parts = [{ weekly: office, holidays: NL_DATES }];
    expect(longestGap(parts, range)).toEqual({ minutes: 3720, start: 6840, end: 10560 });
    expect(worstCaseWallClock(parts, 600, range)).toBe(4320);
  });

  it('a range with holidays but no gap reports zero minutes', () => {
    const gap = longestGap([{ weekly: always, holidays: new Set(['2025-01-01']) }], YEAR_2026);
    expect(gap.minutes).toBe(0);
  });
});

describe('worstCaseWallClock', () => {
  it.each<[string, CoveragePart[], number, number]>([
    ['1 business day on Mon-Fri 08-18 (Fri 08:01 → Mon 08:01)', [{ weekly: office }], 600, 4320],
    ['4 business hours on Mon-Fri 08-18 (Fri 14:01 → Mon 08:01)', [{ weekly: office }], 240, 3960],
    ['1 minute on Mon-Fri 08-18 (Fri 17:59 → Mon 08:00 and one more)', [{ weekly: office }], 1, 3721],
    ['5 business days on Mon-Fri 08-18', [{ weekly: office }], 3000, 10080],
    ['6 business days on Mon-Fri 08-18', [{ weekly: office }], 3600, 14400],
    ['10 business days on Mon-Fri 08-18', [{ weekly: office }], 6000, 20160],
    ['240 min on 24x7', [{ weekly: always }], 240, 240],
    ['100,000 min on 24x7', [{ weekly: always }], 100000, 100000],
    ['office hours or 24x7', [{ weekly: office }, { weekly: always }], 600, 600],
    ['Sun 20-24 + Mon 00-04, 480 min', [{ weekly: aroundMidnight }], 480, 10080],
    ['Sun 20-24 + Mon 00-04, 240 min', [{ weekly: aroundMidnight }], 240, 9840],
    ['Sun 20-24 + Mon 00-04, 120 min', [{ weekly: aroundMidnight }], 120, 9720],
    ['Fri-Mon 09-17, 480 min (Mon 09:01 → Fri 09:01)', [{ weekly: friToMon }], 480, 5760],
    ['no support', [{ weekly: none }], 60, Infinity],
    ['no parts', [], 60, Infinity],
    ['zero minutes', [{ weekly: office }], 0, 0],
  ])('%s', (_name, parts, need, expected) => {
    expect(worstCaseWallClock(parts, need)).toBe(expected);
  });

  const randomCases = Array.from({ length: 30 }, (_, k) => [k + 1, [1, 59, 240, 600, 1500, 4000][k % 6]]);
  it.each(randomCases)('random schedule #%i, %i min, agrees with a minute-by-minute scan', (seed, need) => {
    const s = randomSchedule(seed);
    const weeks = Math.ceil(need / s.coveredMinutesPerWeek()) + 3;
    expect(worstCaseWallClock([{ weekly: s }], need)).toBe(bruteWorst(weeklyBitmap(s, weeks), 0, 10080, need));
  });

  it.each<[number, number]>([
    [600, 96 * 60], // Fri 3 Apr 08:00 → Tue 7 Apr 08:00
    [240, 86 * 60 + 240],
  ])('NL 2026, Mon-Fri 08-18: %i min → %i', (need, expected) => {
    expect(worstCaseWallClock([{ weekly: office, holidays: NL_DATES }], need, YEAR_2026)).toBe(expected);
  });

  it('with a range but without holidays equals the weekly worst case', () => {
    expect(worstCaseWallClock([{ weekly: office }], 600, YEAR_2026)).toBe(4320);
  });

  it('agrees with a minute-by-minute scan over NL holidays 2026–2028', () => {
    const holidays = new Set((publicHolidays('NL', 2026, 2028) ?? []).map((x) => x.date));
    const range = { from: '2026-01-01', to: '2028-12-31' };
    const need = 3000;
    const first = dayNumber(range.from) - 7;
    const last = dayNumber(range.to) + 7 * 4;
    const bits = new Uint8Array((last - first + 1) * 1440);
    for (let day = first; day <= last; day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const inRange = date >= range.from && date <= range.to;
      const weekday = (day + 3) % 7;
      if ((inRange && holidays.has(date)) || weekday > FRI) continue;
      bits.fill(1, (day - first) * 1440 + h(8), (day - first) * 1440 + h(18));
    }
    const from = (dayNumber(range.from) - first) * 1440;
    const to = (dayNumber(range.to) + 1 - first) * 1440;
    const expected = bruteWorst(bits, from, to, need);
    expect(expected).toBeGreaterThan(10080); // holidays make a 5-business-day clock longer than a week
    expect(worstCaseWallClock([{ weekly: office, holidays }], need, range)).toBe(expected);
  });
});
