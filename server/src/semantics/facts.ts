// The computed values of LANGUAGE.md §5 for one bound file, in one place:
// support schedules with their holidays, business-day lengths, nominal and
// worst-case durations, downtime budgets and longest gaps. Rules, hovers and
// inlay hints all read these, so every number a user sees agrees.

import type * as A from '../syntax/ast';
import type { AgreementModel, Declaration, FileModel, ServiceModel } from './model';
import { holidaySets } from './holidays';
import {
  longestGap,
  WeeklySchedule,
  windowSpecOf,
  worstCaseWallClock,
  type CoveragePart,
  type DateRange,
  type DatedGap,
  type Gap,
  type WindowSpec,
} from './schedule';
import { downtimeBudget, MINUTES_PER_DAY, nominalMinutes } from './time';
import { getLocale } from '../i18n';

/** A schedule with the holidays of the calendar it came from. */
export interface ResolvedSchedule {
  weekly: WeeklySchedule;
  /** `24x7`, directly or through a calendar. */
  always: boolean;
  calendar?: A.Calendar;
  holidays?: ReadonlySet<string>;
  holidayNames?: ReadonlyMap<string, string>;
  country?: string;
}

export interface TimedClause<K extends 'Respond' | 'Resolve' = 'Respond' | 'Resolve'> {
  priority: A.Priority;
  clause: Extract<A.PriorityItem, { kind: K }> & { duration: A.Duration };
  duration: A.Duration;
  /** Nominal minutes. */
  minutes: number;
}

export interface Budget {
  percent: number;
  period: A.PeriodName;
  duringSupport: boolean;
  /** Allowed downtime per period, in minutes. */
  minutes: number;
}

const MAX_TERM_YEARS = 5;

/** The cache key for schedules used outside any agreement. */
const NO_AGREEMENT = {};

/**
 * Longest gaps by their inputs: many services share one calendar, and the
 * holiday-aware scan over a multi-year term is the costliest computation.
 */
const gapMemo = new Map<string, Gap | DatedGap>();
const GAP_MEMO_SIZE = 512;

function memoGap(parts: CoveragePart[], range: DateRange | undefined, names: () => ReadonlyMap<string, string>, countries: string): Gap | DatedGap {
  // Holiday names inside dated gaps are worded in the current locale.
  const key = JSON.stringify([parts.map((p) => [p.weekly.intervals, p.holidays?.size ?? 0]), range, countries, getLocale()]);
  let g = gapMemo.get(key);
  if (!g) {
    g = longestGap(parts, range, names());
    if (gapMemo.size >= GAP_MEMO_SIZE) gapMemo.clear();
    gapMemo.set(key, g);
  }
  return g;
}

/** The years over which holidays are taken: the agreement's term, or this year. */
export function termRange(agreement: AgreementModel | undefined, today = new Date()): DateRange {
  const from = agreement?.effective?.from;
  const until = agreement?.effective?.until;
  if (from?.valid) {
    const endYear = until?.valid && until.year >= from.year ? Math.min(until.year, from.year + MAX_TERM_YEARS - 1) : from.year;
    const end = until?.valid && until.year === endYear ? until.text : `${endYear}-12-31`;
    return { from: from.text, to: end >= from.text ? end : `${from.year}-12-31` };
  }
  const y = today.getUTCFullYear();
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

export class Facts {
  private schedules = new WeakMap<object, WeakMap<object, ResolvedSchedule>>();
  private services = new WeakMap<A.Service, ServiceFacts>();
  /** Calendars named by a schedule, resolved per agreement. */
  private calendars = new WeakMap<A.Calendar, WeakMap<object, ResolvedSchedule>>();
  /** Reference targets by the start of the reference (made when first asked for). */
  private refTargets: Map<number, Declaration | undefined> | undefined;

  constructor(readonly model: FileModel, private readonly today = new Date()) {}

  /**
   * Forgets the schedules and service figures computed so far; they are
   * computed again when asked. A workspace keeps the analyses of files that
   * are not open this way, with less memory.
   */
  compact(): void {
    this.schedules = new WeakMap();
    this.calendars = new WeakMap();
    this.services = new WeakMap();
    this.refTargets = undefined;
  }

  /** The declaration a reference token resolves to. */
  targetAt(span: A.Span): Declaration | undefined {
    if (!this.refTargets) {
      this.refTargets = new Map();
      for (const r of this.model.references) this.refTargets.set(r.span.start, r.target);
    }
    return this.refTargets.get(span.start);
  }

  /** Resolves a schedule (windows, `24x7`, or a calendar name) with its holidays (cached per schedule and agreement). */
  schedule(s: A.Schedule | undefined, agreement?: AgreementModel, seen = new Set<A.Calendar>()): ResolvedSchedule {
    if (!s) return { weekly: WeeklySchedule.none(), always: false };
    const key = agreement?.node ?? NO_AGREEMENT;
    let perAgreement = this.schedules.get(s);
    const cached = perAgreement?.get(key);
    if (cached) return cached;
    let result: ResolvedSchedule;
    if (s.form === 'always') result = { weekly: WeeklySchedule.always(), always: true };
    else if (s.form === 'windows') {
      const specs = s.windows.map(windowSpecOf).filter((w): w is WindowSpec => w !== undefined && w.end > w.start && w.end <= 1440);
      result = { weekly: WeeklySchedule.fromWindows(specs), always: false };
    } else {
      const target = this.targetAt(s.ref.span);
      const cal = target?.node.kind === 'Calendar' ? (target.node as A.Calendar) : undefined;
      if (!cal || seen.has(cal)) result = { weekly: WeeklySchedule.none(), always: false };
      else if (seen.size > 0) result = this.calendar(cal, agreement, new Set([...seen, cal]));
      else {
        // Every service that names a calendar shares its one resolution
        // (with its holidays): a calendar is resolved once per agreement.
        let perAgreementCalendar = this.calendars.get(cal);
        if (!perAgreementCalendar) this.calendars.set(cal, (perAgreementCalendar = new WeakMap()));
        let resolved = perAgreementCalendar.get(key);
        if (!resolved) perAgreementCalendar.set(key, (resolved = this.calendar(cal, agreement, new Set([cal]))));
        result = resolved;
      }
    }
    if (!perAgreement) this.schedules.set(s, (perAgreement = new WeakMap()));
    perAgreement.set(key, result);
    return result;
  }

  /** A calendar's schedule with its public holidays over the agreement's term. */
  calendar(c: A.Calendar, agreement?: AgreementModel, seen = new Set<A.Calendar>([c])): ResolvedSchedule {
    const inner = this.schedule(c.schedule, agreement, seen);
    const country = c.holidays?.value;
    if (!country) return { ...inner, calendar: c };
    const range = termRange(agreement, this.today);
    const dated = holidaySets(country, Number(range.from.slice(0, 4)), Number(range.to.slice(0, 4)));
    if (!dated) return { ...inner, calendar: c, country };
    return { ...inner, calendar: c, country, holidays: dated.holidays, holidayNames: dated.holidayNames };
  }

  service(svc: ServiceModel): ServiceFacts {
    let f = this.services.get(svc.node);
    if (!f) {
      f = new ServiceFacts(svc, this);
      this.services.set(svc.node, f);
    }
    return f;
  }

  /** The service a clause belongs to, by the node of any of its priorities or the service itself. */
  serviceOf(node: A.Service): ServiceModel | undefined {
    for (const a of this.model.agreements) for (const s of a.services) if (s.node === node) return s;
    return undefined;
  }

  get todayDate(): Date {
    return this.today;
  }
}

/** The §5 values of one service. */
export class ServiceFacts {
  readonly support: ResolvedSchedule;
  readonly range: DateRange;
  private gapCache = new Map<string, Gap | DatedGap>();

  constructor(readonly svc: ServiceModel, private readonly facts: Facts) {
    this.support = svc.support ? facts.schedule(svc.support.schedule, svc.agreement) : { weekly: WeeklySchedule.none(), always: false };
    this.range = termRange(svc.agreement, facts.todayDate);
  }

  /** Support is round the clock. */
  get alwaysSupported(): boolean {
    return this.support.always || this.support.weekly.isAlways();
  }

  /**
   * One business day, in minutes: the longest daily support window; a service
   * without support counts business time as if it were supported 24x7.
   */
  get businessDayMinutes(): number {
    if (!this.svc.support || this.support.weekly.isEmpty()) return MINUTES_PER_DAY;
    return this.support.weekly.longestDailyWindow();
  }

  /** Nominal minutes of a duration on this service's calendar. */
  nominal(d: A.Duration): number {
    return nominalMinutes(d, this.businessDayMinutes);
  }

  /** Worst-case wall-clock minutes: business time may wait through unsupported time. */
  worstCase(d: A.Duration): number {
    const nominal = this.nominal(d);
    if (!d.business || !this.svc.support || this.support.weekly.isEmpty()) return nominal;
    return worstCaseWallClock(this.supportParts(), nominal, this.support.holidays ? this.range : undefined);
  }

  supportParts(): CoveragePart[] {
    return [{ weekly: this.support.weekly, holidays: this.support.holidays }];
  }

  /** The downtime budget of the availability promise, if one is made. */
  get budget(): Budget | undefined {
    const a = this.svc.availability;
    if (!a?.percent || !a.period) return undefined;
    const duringSupport = a.options.some((o) => o.kind === 'DuringSupport');
    const perWeek = duringSupport ? this.support.weekly.coveredMinutesPerWeek() : undefined;
    return {
      percent: a.percent.value,
      period: a.period.value,
      duringSupport,
      minutes: downtimeBudget(a.percent.value, a.period.value, perWeek),
    };
  }

  /** The emergency clause's `reachable` schedules, resolved. */
  reachable(): ResolvedSchedule[] {
    const e = this.svc.emergency;
    if (!e) return [];
    return e.items.filter((i): i is A.Reachable => i.kind === 'Reachable').map((r) => this.facts.schedule(r.schedule, this.svc.agreement));
  }

  /** Longest stretch covered by neither support nor (optionally) emergency reachability. */
  gap(withEmergency: boolean): Gap | DatedGap {
    const key = String(withEmergency);
    let g = this.gapCache.get(key);
    if (!g) {
      const parts: CoveragePart[] = [...this.supportParts()];
      if (withEmergency) for (const r of this.reachable()) parts.push({ weekly: r.weekly, holidays: r.holidays });
      const names = () => new Map<string, string>([...(this.support.holidayNames ?? [])]);
      const dated = parts.some((p) => p.holidays && p.holidays.size > 0);
      const reachable = withEmergency ? this.reachable() : [];
      const countries = [this.support.country ?? '', ...reachable.map((r) => r.country ?? '')].join(',');
      g = memoGap(parts, dated ? this.range : undefined, names, countries);
      this.gapCache.set(key, g);
    }
    return g;
  }

  /** The first, most urgent priority. */
  get topPriority(): A.Priority | undefined {
    return this.svc.priorities[0];
  }

  /** A priority's `respond` or `resolve` clause with its duration and nominal minutes, when written. */
  timed<K extends 'Respond' | 'Resolve'>(p: A.Priority | undefined, kind: K): TimedClause<K> | undefined {
    const clause = (p && priorityClause(p, kind)) as A.Respond | A.Resolve | undefined;
    if (!p || !clause?.duration) return undefined;
    return { priority: p, clause: clause as TimedClause<K>['clause'], duration: clause.duration, minutes: this.nominal(clause.duration) };
  }
}

/** The first clause of a kind in a priority. */
export function priorityClause<K extends A.PriorityItem['kind']>(p: A.Priority, kind: K): Extract<A.PriorityItem, { kind: K }> | undefined {
  return p.items.find((i): i is Extract<A.PriorityItem, { kind: K }> => i.kind === kind);
}

/** Explicit obligations per party name. */
export function obligationCounts(a: AgreementModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of a.obligations) {
    if (o.party) counts.set(o.party.text, (counts.get(o.party.text) ?? 0) + 1);
  }
  return counts;
}

/**
 * Obligations per party for summaries (hover, code lens): explicit ones, plus
 * for the provider each service, plus for any party each KPI it reports.
 */
export function summaryCounts(a: AgreementModel): Map<string, number> {
  const counts = obligationCounts(a);
  const add = (p: string | undefined, n = 1) => p && counts.set(p, (counts.get(p) ?? 0) + n);
  add(a.provider?.name, a.services.length);
  for (const k of a.kpis) for (const i of k.items) if (i.kind === 'ReportedBy') add(i.from?.text);
  return counts;
}
