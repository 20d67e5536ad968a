// A semantic comparison of two versions of an agreement: clause by clause,
// what changed in what each party promises, with the numbers and whom the
// change favours.
//
// Both versions are first exported (export/model.ts), so every number compared
// and shown comes from semantics/ — the same budgets and worst-case durations
// hovers show. Clauses are matched by name, never by position: reordering
// changes nothing, except for priorities, whose order is their urgency. A
// declaration renamed without any other change (a calendar, an obligation, a
// priority, a contact) is paired with its old self and is no change; a
// service renamed so is listed as a neutral change, since reports name it.
//
// Direction: a change makes a party's promise stronger (the other party gains)
// or weaker (the party itself gains), or is neutral. Availability, response
// and repair times, emergency cover, escalation, credits and KPIs are promises
// of the provider (a KPI: of the party that reports it); an obligation is a
// promise of its party; a termination notice is a party's promise to stay.

import { DAYS } from '../../syntax/ast';
import type { Analysis } from '../../engine/analyze';
import { t, type MessageKey, type MessageParams } from '../../i18n';
import { formatDuration, formatHours, formatMinutes, formatPercent } from '../../semantics/format';
import { PERIOD_DAYS } from '../../semantics/time';
import type { FindingRecord } from '../../engine/findingRecord';
import {
  exportAnalysis,
  type ExportedAgreement,
  type ExportedAvailability,
  type ExportedCredits,
  type ExportedDuration,
  type ExportedEmergency,
  type ExportedFile,
  type ExportedFinding,
  type ExportedKpi,
  type ExportedObligation,
  type ExportedParty,
  type ExportedPriority,
  type ExportedSchedule,
  type ExportedService,
  type ExportedTiming,
} from '../export/model';

export type Direction = 'stronger' | 'weaker' | 'neutral';
export type ChangeAction = 'added' | 'removed' | 'changed';

export interface Change {
  /** The title of the agreement the change belongs to. */
  agreement: string;
  /** The clause: `availability`, `resolve`, `emergency`, `obligation` … */
  kind: string;
  action: ChangeAction;
  /** The service the clause belongs to, if any. */
  service?: string;
  /** The named thing inside the agreement or service: a priority, KPI, obligation, party … */
  subject?: string;
  direction: Direction;
  /** The party whose promise changed ('both' for mutual terms). */
  promisor?: string;
  /** The party the change favours: the other party of a stronger promise, the promisor of a weaker one. */
  favours?: string;
  before?: unknown;
  after?: unknown;
  /** What changed, with its numbers, in the current locale. */
  message: string;
  /** "stronger promise by Acme", "neutral" … in the current locale. */
  effect: string;
}

export interface AgreementDiff {
  title: string;
  oldTitle?: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
}

/** A finding that appeared or disappeared, where it stands in its version. */
export type FindingChange = Omit<FindingRecord, 'endLine' | 'endColumn'>;

export interface DiffResult {
  old: string;
  new: string;
  agreements: AgreementDiff[];
  /** Every change, agreement by agreement, in the order of the newer version. */
  changes: Change[];
  findings: { added: FindingChange[]; removed: FindingChange[] };
  summary: { changes: number; stronger: number; weaker: number; neutral: number; findingsAdded: number; findingsRemoved: number };
  /** False when no promise, term or finding changed. */
  changed: boolean;
}

// ---------------------------------------------------------------------------
// Matching

/** Pairs items by key; left-overs whose content is equal apart from their name are paired as renames. */
export function matchBy<T>(
  olds: readonly T[],
  news: readonly T[],
  key: (x: T) => string | undefined,
  sameContent: (a: T, b: T) => boolean = () => false,
): Array<[T | undefined, T | undefined]> {
  const pairs: Array<[T | undefined, T | undefined]> = [];
  const usedNew = new Set<T>();
  const unmatchedOld: T[] = [];
  for (const o of olds) {
    const k = key(o);
    const n = k === undefined ? undefined : news.find((x) => !usedNew.has(x) && key(x) === k);
    if (n) {
      usedNew.add(n);
      pairs.push([o, n]);
    } else unmatchedOld.push(o);
  }
  const rest = news.filter((n) => !usedNew.has(n));
  for (const o of unmatchedOld) {
    const n = rest.find((x) => !usedNew.has(x) && sameContent(o, x));
    if (n) {
      usedNew.add(n);
      pairs.push([o, n]);
    } else pairs.push([o, undefined]);
  }
  for (const n of rest) if (!usedNew.has(n)) pairs.push([undefined, n]);
  return pairs;
}

/** JSON of a value with some keys left out, for "equal apart from its name". */
function contentKey(x: unknown, omit: readonly string[]): string {
  return JSON.stringify(x, (k, v) => (omit.includes(k) ? undefined : v));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------
// Values as text

function period(p: string | undefined): string {
  return p ? t(`diff.period.${p}` as MessageKey) : '—';
}

function availabilityText(a: ExportedAvailability): string {
  return t(a.duringSupport ? 'diff.value.availabilityDuringSupport' : 'diff.value.availability', {
    percent: formatPercent(a.percent),
    period: period(a.period),
  });
}

/** A duration in the words of the current locale: "3 months", "3 maanden", "2 business days". */
function durationWords(d: ExportedDuration): string {
  return t(`diff.unit.${d.business && (d.unit === 'day' || d.unit === 'hour') ? `business.${d.unit}` : d.unit}` as MessageKey, { n: d.amount });
}

/** A response or repair time: "4 h"; business time with its worst case. */
function timeText(d: ExportedDuration | undefined): string {
  if (!d) return t('diff.value.none');
  if (!d.business) return formatDuration(d.minutes);
  return t('diff.value.business', { text: durationWords(d), nominal: formatDuration(d.minutes), worst: formatDuration(d.worstCaseMinutes) });
}

/** A notice or claim period as the agreement states it: "3 months". */
function noticeText(d: ExportedDuration | undefined): string {
  return d ? durationWords(d) : t('diff.value.none');
}

function scheduleText(s: ExportedSchedule | undefined): string {
  if (!s) return t('diff.value.none');
  if (s.always) return t('diff.value.always');
  if (s.weekly.length === 0) return t('diff.value.noCover');
  const days = new Map<string, string[]>();
  for (const w of s.weekly) {
    const span = `${w.from}-${w.to}`;
    days.set(span, [...(days.get(span) ?? []), t(`core.day.short.${DAYS.indexOf(w.day)}` as MessageKey)]);
  }
  return [...days].map(([span, ds]) => `${ds.length > 2 ? `${ds[0]}-${ds[ds.length - 1]}` : ds.join(',')} ${span}`).join(', ');
}

function timingText(x: ExportedTiming | undefined): string {
  if (!x) return t('diff.value.none');
  if (x.every) return t('diff.value.every', { period: period(x.every) });
  if (x.within) return t('diff.value.within', { duration: durationWords(x.within) });
  if (x.by) return t('diff.value.by', { date: x.by });
  return t('diff.value.none');
}

function kindText(k: string | undefined): string {
  return t(k === 'effort' ? 'diff.value.effort' : 'diff.value.result');
}

function whoText(w: string | undefined): string {
  if (!w) return t('diff.value.none');
  return w === 'both' ? t('diff.value.both') : w;
}

// ---------------------------------------------------------------------------
// The comparison

const CLOCK_ORDER = ['detection', 'report', 'diagnosis'];
const PERIOD_ORDER = ['week', 'month', 'quarter', 'year'];

function compareNumbers(before: number | undefined, after: number | undefined, higherIsStronger: boolean): Direction {
  if (before === undefined || after === undefined || before === after) return 'neutral';
  return after > before === higherIsStronger ? 'stronger' : 'weaker';
}

class Differ {
  readonly changes: Change[] = [];
  private service?: string;

  constructor(
    private readonly oldA: ExportedAgreement,
    private readonly newA: ExportedAgreement,
    private readonly title: string,
  ) {}

  private get provider(): string | undefined {
    return this.newA.provider ?? this.oldA.provider;
  }

  private get customer(): string | undefined {
    return this.newA.customer ?? this.oldA.customer;
  }

  private other(party: string | undefined): string | undefined {
    if (!party || party === 'both') return undefined;
    if (party === this.provider) return this.customer;
    if (party === this.customer) return this.provider;
    return undefined;
  }

  private add(
    kind: string,
    action: ChangeAction,
    key: MessageKey,
    params: MessageParams,
    direction: Direction,
    promisor: string | undefined,
    extra: { subject?: string; before?: unknown; after?: unknown } = {},
  ): void {
    const favours = direction === 'neutral' || !promisor || promisor === 'both' ? undefined : direction === 'stronger' ? this.other(promisor) : promisor;
    const who = promisor === 'both' ? t('diff.value.bothParties') : (promisor ?? t('diff.value.provider'));
    const effect =
      direction === 'neutral'
        ? t('diff.effect.neutral')
        : t(direction === 'stronger' ? 'diff.effect.stronger' : 'diff.effect.weaker', { party: who });
    this.changes.push({
      agreement: this.title,
      kind,
      action,
      ...(this.service !== undefined ? { service: this.service } : {}),
      ...(extra.subject !== undefined ? { subject: extra.subject } : {}),
      direction,
      ...(promisor ? { promisor } : {}),
      ...(favours ? { favours } : {}),
      ...('before' in extra ? { before: extra.before } : {}),
      ...('after' in extra ? { after: extra.after } : {}),
      message: t(key, params),
      effect,
    });
  }

  run(): Change[] {
    const o = this.oldA;
    const n = this.newA;
    this.service = undefined;
    if (o.title !== n.title && o.title !== undefined && n.title !== undefined) {
      this.add('title', 'changed', 'diff.title', { before: o.title, after: n.title }, 'neutral', undefined, { before: o.title, after: n.title });
    }
    if (o.version !== n.version) {
      this.add('version', 'changed', 'diff.version', { before: o.version ?? '—', after: n.version ?? '—' }, 'neutral', undefined, {
        before: o.version,
        after: n.version,
      });
    }
    for (const role of ['provider', 'customer'] as const) {
      if (o[role] !== n[role]) {
        this.add(role, 'changed', `diff.role.${role}`, { before: o[role] ?? '—', after: n[role] ?? '—' }, 'neutral', undefined, {
          before: o[role],
          after: n[role],
        });
      }
    }
    if (!same(o.effective, n.effective)) {
      const text = (e: ExportedAgreement['effective']) => (e ? `${e.from ?? '…'} – ${e.until ?? '…'}` : '—');
      this.add('effective', 'changed', 'diff.effective', { before: text(o.effective), after: text(n.effective) }, 'neutral', undefined, {
        before: o.effective,
        after: n.effective,
      });
    }
    this.parties();
    this.calendars();
    const obligationRenames = this.obligations();
    for (const [os, ns] of matchBy(o.services, n.services, (s) => s.name, (a, b) => contentKey(a, ['name', 'kpis']) === contentKey(b, ['name', 'kpis']))) {
      this.serviceDiff(os, ns, obligationRenames);
    }
    this.service = undefined;
    this.kpis();
    this.remedies();
    this.terminations();
    this.changeAndReview();
    return this.changes;
  }

  // -- parties and calendars -------------------------------------------------

  private parties(): void {
    const pairs = matchBy(this.oldA.parties, this.newA.parties, (p) => p.name, (a, b) => contentKey(a, ['name', 'importedFrom']) === contentKey(b, ['name', 'importedFrom']));
    for (const [o, n] of pairs) {
      if (!o || !n) {
        const p = (o ?? n) as ExportedParty;
        this.add('party', o ? 'removed' : 'added', o ? 'diff.party.removed' : 'diff.party.added', { party: p.name }, 'neutral', undefined, { subject: p.name });
        continue;
      }
      if (o.title !== n.title) {
        this.add('party', 'changed', 'diff.party.title', { party: n.name, before: o.title ?? '—', after: n.title ?? '—' }, 'neutral', undefined, {
          subject: n.name,
          before: o.title,
          after: n.title,
        });
      }
      for (const [oc, nc] of matchBy(o.contacts, n.contacts, (c) => c.name, (a, b) => contentKey(a, ['name']) === contentKey(b, ['name']))) {
        if (!oc || !nc) {
          const c = (oc ?? nc)!;
          this.add('contact', oc ? 'removed' : 'added', oc ? 'diff.contact.removed' : 'diff.contact.added', { party: n.name, contact: c.name }, 'neutral', undefined, {
            subject: `${n.name}.${c.name}`,
          });
          continue;
        }
        for (const field of ['title', 'phone', 'email', 'role'] as const) {
          if (oc[field] !== nc[field]) {
            this.add(
              'contact',
              'changed',
              'diff.contact.field',
              { party: n.name, contact: nc.name, field: t(`diff.field.${field}`), before: oc[field] ?? '—', after: nc[field] ?? '—' },
              'neutral',
              undefined,
              { subject: `${n.name}.${nc.name}`, before: oc[field], after: nc[field] },
            );
          }
        }
      }
    }
  }

  private calendars(): void {
    const content = (c: ExportedSchedule) => contentKey(c, ['name', 'importedFrom', 'calendar']);
    for (const [o, n] of matchBy(this.oldA.calendars, this.newA.calendars, (c) => c.name, (a, b) => content(a) === content(b))) {
      // Hours show where the calendar is used (support, maintenance, reachability); its zone and holidays show here.
      if (!o || !n || content(o) === content(n)) continue;
      if (o.timezone !== n.timezone || o.holidays !== n.holidays) {
        const tz = (c: ExportedSchedule) => [c.timezone, c.holidays].filter(Boolean).join(', ') || '—';
        this.add('calendar', 'changed', 'diff.calendar.zone', { calendar: n.name, before: tz(o), after: tz(n) }, 'neutral', undefined, { subject: n.name });
      }
    }
  }

  // -- services ---------------------------------------------------------------

  private serviceDiff(o: ExportedService | undefined, n: ExportedService | undefined, renames: Map<string, string>): void {
    const provider = this.provider;
    if (!o || !n) {
      const s = (o ?? n)!;
      this.service = s.name;
      this.add('service', o ? 'removed' : 'added', o ? 'diff.service.removed' : 'diff.service.added', { service: s.name }, o ? 'weaker' : 'stronger', provider, {
        subject: s.name,
      });
      return;
    }
    this.service = n.name;
    if (o.name !== n.name) {
      this.add('service', 'changed', 'diff.service.renamed', { before: o.name, after: n.name }, 'neutral', undefined, { before: o.name, after: n.name });
    }
    this.support(o, n);
    this.availability(o.availability, n.availability);
    this.maintenance(o, n);
    if (!same(o.capacity, n.capacity)) {
      const text = (c: ExportedService['capacity']) => (c ? `${c.text ?? ''}${c.boughtBy ? ` (${c.boughtBy})` : ''}` : t('diff.value.none'));
      this.add('capacity', 'changed', 'diff.capacity', { before: text(o.capacity), after: text(n.capacity) }, 'neutral', undefined, {
        before: o.capacity,
        after: n.capacity,
      });
    }
    const oldDeps = o.dependsOn.map((d) => renames.get(d) ?? d);
    for (const d of n.dependsOn.filter((x) => !oldDeps.includes(x))) {
      this.add('dependsOn', 'added', 'diff.dependsOn.added', { obligation: d }, 'weaker', provider, { subject: d });
    }
    for (const d of oldDeps.filter((x) => !n.dependsOn.includes(x))) {
      this.add('dependsOn', 'removed', 'diff.dependsOn.removed', { obligation: d }, 'stronger', provider, { subject: d });
    }
    this.priorities(o, n);
    this.escalation(o, n);
    this.emergency(o.emergency, n.emergency);
    this.credits(o.credits, n.credits);
  }

  private support(o: ExportedService, n: ExportedService): void {
    const os = o.support;
    const ns = n.support;
    const content = (s: ExportedSchedule | undefined) => contentKey(s, ['calendar', 'timezone', 'holidays']);
    if (content(os) === content(ns)) return;
    const dir = compareNumbers(os?.minutesPerWeek ?? 0, ns?.minutesPerWeek ?? 0, true);
    const hours = (s: ExportedSchedule | undefined) => formatHours(s?.minutesPerWeek ?? 0);
    this.add(
      'support',
      !os ? 'added' : !ns ? 'removed' : 'changed',
      'diff.support',
      { before: scheduleText(os), after: scheduleText(ns), hoursBefore: hours(os), hoursAfter: hours(ns) },
      dir,
      this.provider,
      { before: os?.minutesPerWeek ?? 0, after: ns?.minutesPerWeek ?? 0 },
    );
  }

  private availability(o: ExportedAvailability | undefined, n: ExportedAvailability | undefined): void {
    const provider = this.provider;
    if (!o || !n) {
      const a = (o ?? n)!;
      if (!a) return;
      this.add(
        'availability',
        o ? 'removed' : 'added',
        o ? 'diff.availability.removed' : 'diff.availability.added',
        { value: availabilityText(a), budget: formatMinutes(a.budget.minutes) },
        o ? 'weaker' : 'stronger',
        provider,
        { before: o?.percent, after: n?.percent },
      );
      return;
    }
    if (o.percent !== n.percent || o.period !== n.period || o.duringSupport !== n.duringSupport || o.budget.minutes !== n.budget.minutes) {
      // Less downtime per day is stronger; at equal downtime per day, a shorter period is (no good month makes up for a bad one).
      const perDay = (a: ExportedAvailability) => a.budget.minutes / PERIOD_DAYS[a.period];
      let dir = compareNumbers(perDay(o), perDay(n), false);
      if (dir === 'neutral') dir = compareNumbers(PERIOD_DAYS[o.period], PERIOD_DAYS[n.period], false);
      if (o.duringSupport !== n.duringSupport) {
        // Downtime outside support hours stops (or starts) counting: that outweighs the smaller number of minutes measured.
        const bySupport: Direction = n.duringSupport ? 'weaker' : 'stronger';
        const byPercent = compareNumbers(o.percent, n.percent, true);
        dir = byPercent === 'neutral' || byPercent === bySupport ? bySupport : 'neutral';
      }
      this.add(
        'availability',
        'changed',
        'diff.availability.changed',
        { before: availabilityText(o), after: availabilityText(n), budgetBefore: formatMinutes(o.budget.minutes), budgetAfter: formatMinutes(n.budget.minutes) },
        dir,
        provider,
        { before: { percent: o.percent, period: o.period, budgetMinutes: o.budget.minutes }, after: { percent: n.percent, period: n.period, budgetMinutes: n.budget.minutes } },
      );
    }
    if (o.measuredBy !== n.measuredBy) {
      this.add('measuredBy', 'changed', 'diff.availability.measuredBy', { before: o.measuredBy ?? t('diff.value.none'), after: n.measuredBy ?? t('diff.value.none') }, 'neutral', undefined, {
        before: o.measuredBy,
        after: n.measuredBy,
      });
    }
    if (o.excludingMaintenance !== n.excludingMaintenance) {
      this.add(
        'excludingMaintenance',
        n.excludingMaintenance ? 'added' : 'removed',
        n.excludingMaintenance ? 'diff.availability.excludingAdded' : 'diff.availability.excludingRemoved',
        {},
        n.excludingMaintenance ? 'weaker' : 'stronger',
        provider,
      );
    }
    if (o.maxDowntime?.minutes !== n.maxDowntime?.minutes) {
      const dir = !o.maxDowntime ? 'stronger' : !n.maxDowntime ? 'weaker' : compareNumbers(o.maxDowntime.minutes, n.maxDowntime.minutes, false);
      this.add('maxDowntime', !o.maxDowntime ? 'added' : !n.maxDowntime ? 'removed' : 'changed', 'diff.availability.maxDowntime', { before: timeText(o.maxDowntime), after: timeText(n.maxDowntime) }, dir, provider, {
        before: o.maxDowntime?.minutes,
        after: n.maxDowntime?.minutes,
      });
    }
    if (o.downtimeCountedFrom !== n.downtimeCountedFrom) {
      const rank = (x: string | undefined) => (x === undefined ? 1 : CLOCK_ORDER.indexOf(x));
      this.add(
        'downtimeCountedFrom',
        'changed',
        'diff.availability.countedFrom',
        { before: clockText(o.downtimeCountedFrom), after: clockText(n.downtimeCountedFrom) },
        compareNumbers(rank(o.downtimeCountedFrom), rank(n.downtimeCountedFrom), false),
        provider,
        { before: o.downtimeCountedFrom, after: n.downtimeCountedFrom },
      );
    }
  }

  private maintenance(o: ExportedService, n: ExportedService): void {
    const om = o.maintenance;
    const nm = n.maintenance;
    const provider = this.provider;
    if (!om && !nm) return;
    if (!om || !nm) {
      const m = (om ?? nm)!;
      this.add('maintenance', om ? 'removed' : 'added', om ? 'diff.maintenance.removed' : 'diff.maintenance.added', { schedule: scheduleText(m.schedule) }, om ? 'stronger' : 'weaker', provider);
      return;
    }
    const content = (s: ExportedSchedule | undefined) => contentKey(s, ['calendar', 'timezone', 'holidays']);
    if (content(om.schedule) !== content(nm.schedule)) {
      this.add(
        'maintenance',
        'changed',
        'diff.maintenance.window',
        { before: scheduleText(om.schedule), after: scheduleText(nm.schedule), hoursBefore: formatHours(om.schedule?.minutesPerWeek ?? 0), hoursAfter: formatHours(nm.schedule?.minutesPerWeek ?? 0) },
        compareNumbers(om.schedule?.minutesPerWeek ?? 0, nm.schedule?.minutesPerWeek ?? 0, false),
        provider,
        { before: om.schedule?.minutesPerWeek, after: nm.schedule?.minutesPerWeek },
      );
    }
    if (om.notice?.minutes !== nm.notice?.minutes) {
      this.add('maintenanceNotice', 'changed', 'diff.maintenance.notice', { before: noticeText(om.notice), after: noticeText(nm.notice) }, compareNumbers(om.notice?.minutes ?? 0, nm.notice?.minutes ?? 0, true), provider, {
        before: om.notice?.minutes,
        after: nm.notice?.minutes,
      });
    }
  }

  private priorities(o: ExportedService, n: ExportedService): void {
    const provider = this.provider;
    const pairs = matchBy(o.priorities, n.priorities, (p) => p.name, (a, b) => contentKey(a, ['name']) === contentKey(b, ['name']));
    // The order of priorities is their urgency: the first is the most urgent.
    const renamed = new Map(pairs.filter(([a, b]) => a && b).map(([a, b]) => [a!.name, b!.name]));
    const oldOrder = o.priorities.map((p) => renamed.get(p.name)).filter((x): x is string => x !== undefined);
    const newOrder = n.priorities.map((p) => p.name).filter((x) => oldOrder.includes(x));
    if (oldOrder.join('\u0000') !== newOrder.join('\u0000')) {
      this.add('priorityOrder', 'changed', 'diff.priority.order', { before: oldOrder.join(', '), after: newOrder.join(', ') }, 'neutral', undefined, {
        before: oldOrder,
        after: newOrder,
      });
    }
    for (const [op, np] of pairs) {
      if (!op || !np) {
        const p = (op ?? np)!;
        this.add('priority', op ? 'removed' : 'added', op ? 'diff.priority.removed' : 'diff.priority.added', { priority: p.name, respond: timeText(p.respond?.duration), resolve: timeText(p.resolve?.duration) }, op ? 'weaker' : 'stronger', provider, {
          subject: p.name,
        });
        continue;
      }
      for (const which of ['respond', 'resolve'] as const) this.timed(np, op[which], np[which], which);
      if (op.clockFrom !== np.clockFrom) {
        const rank = (x: string | undefined) => (x === undefined ? 1 : CLOCK_ORDER.indexOf(x));
        this.add('clock', 'changed', 'diff.priority.clock', { priority: np.name, before: clockText(op.clockFrom), after: clockText(np.clockFrom) }, compareNumbers(rank(op.clockFrom), rank(np.clockFrom), false), provider, {
          subject: np.name,
          before: op.clockFrom,
          after: np.clockFrom,
        });
      }
    }
  }

  private timed(p: ExportedPriority, o: ExportedPriority['respond'], n: ExportedPriority['respond'], which: 'respond' | 'resolve'): void {
    const provider = this.provider;
    const what = t(`diff.clause.${which}`);
    if (!o && !n) return;
    if (!o || !n) {
      this.add(which, o ? 'removed' : 'added', o ? 'diff.timed.removed' : 'diff.timed.added', { priority: p.name, clause: what, value: timeText((o ?? n)!.duration) }, o ? 'weaker' : 'stronger', provider, {
        subject: p.name,
      });
      return;
    }
    const od = o.duration;
    const nd = n.duration;
    if (od.minutes !== nd.minutes || od.worstCaseMinutes !== nd.worstCaseMinutes || od.business !== nd.business) {
      let dir = compareNumbers(od.worstCaseMinutes, nd.worstCaseMinutes, false);
      if (dir === 'neutral') dir = compareNumbers(od.minutes, nd.minutes, false);
      this.add(which, 'changed', 'diff.timed.changed', { priority: p.name, clause: what, before: timeText(od), after: timeText(nd) }, dir, provider, {
        subject: p.name,
        before: { minutes: od.minutes, worstCaseMinutes: od.worstCaseMinutes },
        after: { minutes: nd.minutes, worstCaseMinutes: nd.worstCaseMinutes },
      });
    }
    if (o.as !== n.as) {
      this.add(`${which}Kind`, 'changed', 'diff.timed.kind', { priority: p.name, clause: what, before: kindText(o.as), after: kindText(n.as) }, n.as === 'result' ? 'stronger' : 'weaker', provider, {
        subject: p.name,
        before: o.as,
        after: n.as,
      });
    }
  }

  private escalation(o: ExportedService, n: ExportedService): void {
    const provider = this.provider;
    const ol = o.escalation?.levels ?? [];
    const nl = n.escalation?.levels ?? [];
    if (!o.escalation && n.escalation) {
      this.add('escalation', 'added', 'diff.escalation.added', { levels: nl.length }, 'stronger', provider);
      return;
    }
    if (o.escalation && !n.escalation) {
      this.add('escalation', 'removed', 'diff.escalation.removed', { levels: ol.length }, 'weaker', provider);
      return;
    }
    const contact = (c: { party?: string; contact: string } | undefined) => (c ? (c.party ? `${c.party}.${c.contact}` : c.contact) : '—');
    for (const [a, b] of matchBy(ol, nl, (l) => (l.level === undefined ? undefined : String(l.level)))) {
      if (!a || !b) {
        const l = (a ?? b)!;
        this.add('escalationLevel', a ? 'removed' : 'added', a ? 'diff.escalation.levelRemoved' : 'diff.escalation.levelAdded', { level: l.level ?? '?', contact: contact(l.contact), after: timeText(l.after) }, a ? 'weaker' : 'stronger', provider, {
          subject: String(l.level ?? ''),
        });
        continue;
      }
      if (a.after?.minutes !== b.after?.minutes) {
        this.add('escalationLevel', 'changed', 'diff.escalation.after', { level: b.level ?? '?', before: timeText(a.after), after: timeText(b.after) }, compareNumbers(a.after?.minutes, b.after?.minutes, false), provider, {
          subject: String(b.level ?? ''),
          before: a.after?.minutes,
          after: b.after?.minutes,
        });
      }
      if (contact(a.contact) !== contact(b.contact)) {
        this.add('escalationLevel', 'changed', 'diff.escalation.contact', { level: b.level ?? '?', before: contact(a.contact), after: contact(b.contact) }, 'neutral', undefined, {
          subject: String(b.level ?? ''),
        });
      }
    }
  }

  private emergency(o: ExportedEmergency | undefined, n: ExportedEmergency | undefined): void {
    const provider = this.provider;
    const service = this.service ?? '';
    if (!o && !n) return;
    if (!o || !n) {
      this.add('emergency', o ? 'removed' : 'added', o ? 'diff.emergency.removed' : 'diff.emergency.added', { service }, o ? 'weaker' : 'stronger', provider);
      return;
    }
    if (o.respond?.minutes !== n.respond?.minutes) {
      const dir = !o.respond ? 'stronger' : !n.respond ? 'weaker' : compareNumbers(o.respond.minutes, n.respond.minutes, false);
      this.add('emergencyRespond', 'changed', 'diff.emergency.respond', { service, before: timeText(o.respond), after: timeText(n.respond) }, dir, provider, {
        before: o.respond?.minutes,
        after: n.respond?.minutes,
      });
    }
    const reach = (e: ExportedEmergency) => e.reachable.map((r) => `${scheduleText(r.schedule)}${r.contact ? ` ${r.contact.party ? `${r.contact.party}.` : ''}${r.contact.contact}` : ''}${r.channel ? ` (${t('diff.value.channel', { channel: r.channel })})` : ''}`).join('; ');
    if (reach(o) !== reach(n)) {
      const cover = (e: ExportedEmergency) => Math.max(0, ...e.reachable.map((r) => r.schedule?.minutesPerWeek ?? 0));
      this.add('reachable', 'changed', 'diff.emergency.reachable', { service, before: reach(o) || t('diff.value.none'), after: reach(n) || t('diff.value.none') }, compareNumbers(cover(o), cover(n), true), provider, {
        before: o.reachable,
        after: n.reachable,
      });
    }
    for (const p of n.preconditions.filter((x) => !o.preconditions.includes(x))) this.add('precondition', 'added', 'diff.emergency.preconditionAdded', { service, text: p }, 'weaker', provider);
    for (const p of o.preconditions.filter((x) => !n.preconditions.includes(x))) this.add('precondition', 'removed', 'diff.emergency.preconditionRemoved', { service, text: p }, 'stronger', provider);
    if (!same(o.afterwards, n.afterwards)) {
      this.add('afterwards', 'changed', 'diff.emergency.afterwards', { service, before: o.afterwards.join('; ') || t('diff.value.none'), after: n.afterwards.join('; ') || t('diff.value.none') }, 'neutral', undefined);
    }
  }

  private credits(o: ExportedCredits | undefined, n: ExportedCredits | undefined): void {
    const provider = this.provider;
    if (!o && !n) return;
    if (!o || !n) {
      this.add('credits', o ? 'removed' : 'added', o ? 'diff.credits.removed' : 'diff.credits.added', { tiers: (o ?? n)!.tiers.length }, o ? 'weaker' : 'stronger', provider);
      return;
    }
    for (const [a, b] of matchBy(o.tiers, n.tiers, (x) => String(x.below))) {
      if (!a || !b) {
        const x = (a ?? b)!;
        this.add('creditTier', a ? 'removed' : 'added', a ? 'diff.credits.tierRemoved' : 'diff.credits.tierAdded', { below: formatPercent(x.below), credit: formatPercent(x.credit) }, a ? 'weaker' : 'stronger', provider, {
          subject: formatPercent(x.below),
        });
      } else if (a.credit !== b.credit) {
        this.add('creditTier', 'changed', 'diff.credits.tier', { below: formatPercent(b.below), before: formatPercent(a.credit), after: formatPercent(b.credit) }, compareNumbers(a.credit, b.credit, true), provider, {
          subject: formatPercent(b.below),
          before: a.credit,
          after: b.credit,
        });
      }
    }
    if (o.capPercent !== n.capPercent) {
      // No cap is the strongest promise; a higher cap is stronger than a lower one.
      const rank = (c: number | undefined) => (c === undefined ? Infinity : c);
      const pct = (c: number | undefined) => (c === undefined ? t('diff.value.noCap') : formatPercent(c));
      this.add('creditCap', 'changed', 'diff.credits.cap', { before: pct(o.capPercent), after: pct(n.capPercent) }, compareNumbers(rank(o.capPercent), rank(n.capPercent), true), provider, {
        before: o.capPercent,
        after: n.capPercent,
      });
    }
    if (o.claimWithin?.minutes !== n.claimWithin?.minutes) {
      this.add('creditClaim', 'changed', 'diff.credits.claim', { before: noticeText(o.claimWithin), after: noticeText(n.claimWithin) }, compareNumbers(o.claimWithin?.minutes ?? Infinity, n.claimWithin?.minutes ?? Infinity, true), provider, {
        before: o.claimWithin?.minutes,
        after: n.claimWithin?.minutes,
      });
    }
    if (o.soleRemedy !== n.soleRemedy) {
      this.add('soleRemedy', n.soleRemedy ? 'added' : 'removed', n.soleRemedy ? 'diff.credits.soleRemedyAdded' : 'diff.credits.soleRemedyRemoved', {}, n.soleRemedy ? 'weaker' : 'stronger', provider);
    }
  }

  // -- agreement-level clauses ------------------------------------------------

  private kpis(): void {
    const pairs = matchBy(this.oldA.kpis, this.newA.kpis, (k) => k.name, (a, b) => contentKey(a, ['name']) === contentKey(b, ['name']));
    const promisor = (k: ExportedKpi) => k.reportedBy.find((r) => r.from)?.from ?? this.provider;
    const targetText = (k: ExportedKpi) => {
      const x = k.target;
      if (!x) return t('diff.value.none');
      const value = x.percent !== undefined ? formatPercent(x.percent) : x.duration ? timeText(x.duration) : x.number !== undefined ? String(x.number) : '?';
      return t('diff.value.target', { direction: x.direction === 'at most' ? t('diff.value.atMost') : t('diff.value.atLeast'), value, period: period(x.period) });
    };
    for (const [o, n] of pairs) {
      this.service = (n ?? o)?.service;
      if (!o || !n) {
        const k = (o ?? n)!;
        this.add('kpi', o ? 'removed' : 'added', o ? 'diff.kpi.removed' : 'diff.kpi.added', { kpi: k.name, target: targetText(k) }, o ? 'weaker' : 'stronger', promisor(k), { subject: k.name });
        continue;
      }
      if (!same(o.target, n.target)) {
        const value = (k: ExportedKpi) => k.target?.percent ?? k.target?.duration?.worstCaseMinutes ?? k.target?.number;
        const atMost = n.target?.direction === 'at most';
        let dir: Direction = o.target?.direction !== n.target?.direction ? 'neutral' : compareNumbers(value(o), value(n), !atMost);
        if (dir === 'neutral' && o.target?.period !== n.target?.period && o.target?.direction === n.target?.direction && value(o) === value(n)) {
          dir = compareNumbers(PERIOD_ORDER.indexOf(o.target?.period ?? ''), PERIOD_ORDER.indexOf(n.target?.period ?? ''), false);
        }
        this.add('kpiTarget', 'changed', 'diff.kpi.target', { kpi: n.name, before: targetText(o), after: targetText(n) }, dir, promisor(n), { subject: n.name, before: o.target, after: n.target });
      }
      if (o.measuredBy !== n.measuredBy) {
        this.add('kpiMeasuredBy', 'changed', 'diff.kpi.measuredBy', { kpi: n.name, before: o.measuredBy ?? t('diff.value.none'), after: n.measuredBy ?? t('diff.value.none') }, 'neutral', undefined, { subject: n.name });
      }
      if (!same(o.reportedBy, n.reportedBy)) {
        const text = (k: ExportedKpi) => k.reportedBy.map((r) => t('diff.value.report', { from: r.from ?? '?', to: r.to ?? '?', period: period(r.period) })).join('; ') || t('diff.value.none');
        const freq = (k: ExportedKpi) => Math.min(...k.reportedBy.map((r) => (r.period ? PERIOD_DAYS[r.period] : Infinity)), Infinity);
        this.add('kpiReport', 'changed', 'diff.kpi.reported', { kpi: n.name, before: text(o), after: text(n) }, compareNumbers(freq(o), freq(n), false), promisor(n), { subject: n.name });
      }
    }
    this.service = undefined;
  }

  /** Compares obligations; returns old → new names of obligations renamed without other change. */
  private obligations(): Map<string, string> {
    const renames = new Map<string, string>();
    const key = (x: ExportedObligation) => x.name ?? (x.party !== undefined && x.text !== undefined ? `${x.party}\u0000${x.text}` : undefined);
    const pairs = matchBy(this.oldA.obligations, this.newA.obligations, key, (a, b) => contentKey(a, ['name']) === contentKey(b, ['name']));
    for (const [o, n] of pairs) {
      if (o?.name && n?.name && o.name !== n.name) renames.set(o.name, n.name);
      const label = (x: ExportedObligation) => x.name ?? x.text ?? '';
      if (!o || !n) {
        const x = (o ?? n)!;
        this.add('obligation', o ? 'removed' : 'added', o ? 'diff.obligation.removed' : 'diff.obligation.added', { party: x.party ?? '?', name: label(x), text: x.text ?? '' }, o ? 'weaker' : 'stronger', x.party, { subject: label(x) });
        continue;
      }
      if (o.party !== n.party) {
        // The old party is relieved of it: a weaker promise by the old party, a new one for the new party.
        this.add('obligationParty', 'changed', 'diff.obligation.party', { name: label(n), before: o.party ?? '?', after: n.party ?? '?' }, 'weaker', o.party, { subject: label(n), before: o.party, after: n.party });
      }
      if ((o.as ?? 'result') !== (n.as ?? 'result')) {
        this.add('obligationKind', 'changed', 'diff.obligation.kind', { name: label(n), before: kindText(o.as), after: kindText(n.as) }, n.as === 'effort' ? 'weaker' : 'stronger', n.party, { subject: label(n), before: o.as, after: n.as });
      }
      if (!same(o.timing, n.timing)) {
        const len = (x: ExportedTiming | undefined) => (x?.every ? PERIOD_DAYS[x.every] * 1440 : x?.within ? x.within.minutes : undefined);
        const dir =
          o.timing?.by && n.timing?.by ? (n.timing.by < o.timing.by ? 'stronger' : 'weaker') : compareNumbers(len(o.timing), len(n.timing), false);
        this.add('obligationTiming', 'changed', 'diff.obligation.timing', { name: label(n), before: timingText(o.timing), after: timingText(n.timing) }, dir, n.party, { subject: label(n), before: o.timing, after: n.timing });
      }
      if (o.text !== n.text && o.name !== undefined) {
        this.add('obligationText', 'changed', 'diff.obligation.text', { name: label(n), before: o.text ?? '', after: n.text ?? '' }, 'neutral', undefined, { subject: label(n), before: o.text, after: n.text });
      }
    }
    return renames;
  }

  private remedies(): void {
    const key = (r: { from?: string; to?: string; text?: string }) => `${r.from}\u0000${r.to}\u0000${r.text}`;
    for (const [o, n] of matchBy(this.oldA.remedies, this.newA.remedies, key)) {
      if (o && n) continue;
      const r = (o ?? n)!;
      this.add('remedy', o ? 'removed' : 'added', o ? 'diff.remedy.removed' : 'diff.remedy.added', { from: r.from ?? '?', to: r.to ?? '?', text: r.text ?? '' }, o ? 'weaker' : 'stronger', r.from, { subject: r.text });
    }
  }

  private terminations(): void {
    for (const [o, n] of matchBy(this.oldA.terminations, this.newA.terminations, (x) => x.party)) {
      if (!o || !n) {
        const x = (o ?? n)!;
        // A right to terminate added is a weaker commitment to stay; removed, a stronger one.
        this.add('termination', o ? 'removed' : 'added', o ? 'diff.termination.removed' : 'diff.termination.added', { party: x.party ?? '?', notice: noticeText(x.notice) }, o ? 'stronger' : 'weaker', x.party, { subject: x.party });
        continue;
      }
      if (o.notice?.minutes !== n.notice?.minutes) {
        this.add('terminationNotice', 'changed', 'diff.termination.notice', { party: n.party ?? '?', before: noticeText(o.notice), after: noticeText(n.notice) }, compareNumbers(o.notice?.minutes ?? 0, n.notice?.minutes ?? 0, true), n.party, {
          subject: n.party,
          before: o.notice?.minutes,
          after: n.notice?.minutes,
        });
      }
    }
  }

  private changeAndReview(): void {
    const o = this.oldA.change;
    const n = this.newA.change;
    if (o?.by !== n?.by) {
      // `change by X`: X may change the agreement alone, a weaker promise by X.
      let dir: Direction = 'neutral';
      let promisor: string | undefined;
      if (n?.by && n.by !== 'both') {
        dir = 'weaker';
        promisor = n.by;
      } else if (o?.by && o.by !== 'both') {
        dir = 'stronger';
        promisor = o.by;
      }
      this.add('change', !o ? 'added' : !n ? 'removed' : 'changed', 'diff.change.by', { before: whoText(o?.by), after: whoText(n?.by) }, dir, promisor, { before: o?.by, after: n?.by });
    }
    if (o?.notice?.minutes !== n?.notice?.minutes) {
      const by = n?.by ?? o?.by;
      this.add('changeNotice', 'changed', 'diff.change.notice', { before: noticeText(o?.notice), after: noticeText(n?.notice) }, compareNumbers(o?.notice?.minutes ?? 0, n?.notice?.minutes ?? 0, true), by ?? 'both', {
        before: o?.notice?.minutes,
        after: n?.notice?.minutes,
      });
    }
    const or = this.oldA.review;
    const nr = this.newA.review;
    if (!same(or, nr)) {
      const text = (r: ExportedAgreement['review']) => (r ? t('diff.value.review', { period: period(r.period), by: whoText(r.by) }) : t('diff.value.none'));
      const days = (r: ExportedAgreement['review']) => (r?.period ? PERIOD_DAYS[r.period] : Infinity);
      const dir = or?.by === nr?.by || !or || !nr ? compareNumbers(days(or), days(nr), false) : 'neutral';
      this.add('review', !or ? 'added' : !nr ? 'removed' : 'changed', 'diff.review', { before: text(or), after: text(nr) }, dir, nr?.by ?? or?.by ?? 'both', { before: or, after: nr });
    }
  }
}

function clockText(x: string | undefined): string {
  return x ? t(`diff.clock.${x}` as MessageKey) : t('diff.value.default');
}

// ---------------------------------------------------------------------------

function findingKey(f: ExportedFinding): string {
  return `${f.ruleId}\u0000${f.message}`;
}

function diffFindings(o: readonly ExportedFinding[], n: readonly ExportedFinding[]): DiffResult['findings'] {
  const take = (from: readonly ExportedFinding[], against: readonly ExportedFinding[]): FindingChange[] => {
    const counts = new Map<string, number>();
    for (const f of against) counts.set(findingKey(f), (counts.get(findingKey(f)) ?? 0) + 1);
    const out: FindingChange[] = [];
    for (const f of from) {
      const k = findingKey(f);
      const c = counts.get(k) ?? 0;
      if (c > 0) counts.set(k, c - 1);
      else out.push({ ruleId: f.ruleId, ruleName: f.ruleName, severity: f.severity, message: f.message, line: f.line, column: f.column });
    }
    return out;
  };
  return { added: take(n, o), removed: take(o, n) };
}

/** Compares two exported files. */
export function diffExports(oldFile: ExportedFile, newFile: ExportedFile): DiffResult {
  const agreements: AgreementDiff[] = [];
  const changes: Change[] = [];
  // A file with one agreement on each side compares them whatever their titles.
  const single = oldFile.agreements.length === 1 && newFile.agreements.length === 1;
  const pairs = single
    ? [[oldFile.agreements[0], newFile.agreements[0]] as [ExportedAgreement, ExportedAgreement]]
    : matchBy(oldFile.agreements, newFile.agreements, (a) => a.title);
  for (const [o, n] of pairs) {
    const title = n?.title ?? o?.title ?? '';
    if (!o || !n) {
      agreements.push({ title, status: o ? 'removed' : 'added' });
      continue;
    }
    const found = new Differ(o, n, title).run();
    changes.push(...found);
    agreements.push({ title, ...(o.title !== n.title ? { oldTitle: o.title ?? '' } : {}), status: found.length ? 'changed' : 'unchanged' });
  }
  const findings = diffFindings(oldFile.findings, newFile.findings);
  const summary = {
    changes: changes.length + agreements.filter((a) => a.status === 'added' || a.status === 'removed').length,
    stronger: changes.filter((c) => c.direction === 'stronger').length,
    weaker: changes.filter((c) => c.direction === 'weaker').length,
    neutral: changes.filter((c) => c.direction === 'neutral').length,
    findingsAdded: findings.added.length,
    findingsRemoved: findings.removed.length,
  };
  return {
    old: oldFile.file,
    new: newFile.file,
    agreements,
    changes,
    findings,
    summary,
    changed: summary.changes > 0 || findings.added.length > 0 || findings.removed.length > 0,
  };
}

/** Compares two analysed versions of an agreement file. */
export function diffAnalyses(oldAnalysis: Analysis, newAnalysis: Analysis, labels: { oldLabel?: string; newLabel?: string } = {}): DiffResult {
  return diffExports(exportAnalysis(oldAnalysis, labels.oldLabel ?? oldAnalysis.file), exportAnalysis(newAnalysis, labels.newLabel ?? newAnalysis.file));
}
