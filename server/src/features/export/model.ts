// The resolved model of an agreement, as data for other tools (JSON, YAML,
// OpenSLO) and for comparing versions. Names are resolved (imports included),
// durations are minutes, percentages plain numbers; every computed number is
// read from semantics/ (Facts, ServiceFacts, downtimeBudget, worst-case
// durations), so the export shows what hovers and rule messages show.
// The shape is described by schemas/pledge-export.v1.schema.json.

import * as path from 'node:path';
import type * as A from '../../syntax/ast';
import { DAYS } from '../../syntax/ast';
import { LineIndex } from '../../syntax/positions';
import type { Analysis } from '../../engine/analyze';
import type { AgreementModel, Declaration, ServiceModel } from '../../semantics/model';
import { obligationCounts, priorityClause, summaryCounts, termRange, type ResolvedSchedule, type ServiceFacts } from '../../semantics/facts';
import { downtimeBudget, MINUTES_PER_DAY, nominalMinutes } from '../../semantics/time';
import type { WeeklySchedule } from '../../semantics/schedule';
import { findingRecord, type FindingRecord } from '../../engine/findingRecord';

/** The version of the export format; a breaking change raises it (and the schema's `$id`). */
export const SCHEMA_VERSION = '1.0';
export const SCHEMA_ID = 'https://github.com/pledge-contracts/pledge/blob/main/schemas/pledge-export.v1.schema.json';

export const PERIODS: readonly A.PeriodName[] = ['week', 'month', 'quarter', 'year'];

export interface ExportDocument {
  $schema: string;
  schemaVersion: string;
  files: ExportedFile[];
}

export interface ExportedFile {
  /** The file as given (relative to the working directory when inside it). */
  file: string;
  agreements: ExportedAgreement[];
  findings: ExportedFinding[];
}

/** A finding with 1-based positions, as the CLI's JSON gives it. */
export type ExportedFinding = FindingRecord;

export interface ExportedDuration {
  /** As written, e.g. `4 hours`, `1 business day`. */
  text: string;
  amount: number;
  unit: A.Unit;
  business: boolean;
  /** Nominal minutes (business time counted as if it ran without interruption). */
  minutes: number;
  /** Wall-clock minutes in the worst case: business time waits through unsupported time. */
  worstCaseMinutes: number;
}

export interface ExportedWindow {
  day: A.DayName;
  /** `HH:MM`. */
  from: string;
  /** `HH:MM`; `24:00` is the end of the day. */
  to: string;
}

export interface ExportedSchedule {
  /** The calendar the schedule names, when it names one. */
  calendar?: string;
  always: boolean;
  /** The covered weekly windows, merged, per day. */
  weekly: ExportedWindow[];
  minutesPerWeek: number;
  timezone?: string;
  holidays?: string;
}

export interface ExportedCalendar extends ExportedSchedule {
  name: string;
  /** The file that declares it, when imported. */
  importedFrom?: string;
}

export interface ExportedContact {
  name: string;
  title?: string;
  phone?: string;
  email?: string;
  role?: string;
}

export interface ExportedParty {
  name: string;
  title?: string;
  roles: Array<'provider' | 'customer'>;
  contacts: ExportedContact[];
  importedFrom?: string;
}

export interface ExportedBudget {
  percent: number;
  period: A.PeriodName;
  duringSupport: boolean;
  /** Allowed downtime in the promised period, in minutes. */
  minutes: number;
  /** Allowed downtime for each period at the same percentage, in minutes. */
  perPeriod: Record<A.PeriodName, number>;
}

export interface ExportedAvailability {
  percent: number;
  period: A.PeriodName;
  measuredBy?: string;
  excludingMaintenance: boolean;
  duringSupport: boolean;
  maxDowntime?: ExportedDuration;
  downtimeCountedFrom?: 'detection' | 'report';
  budget: ExportedBudget;
}

export interface ExportedTimed {
  duration: ExportedDuration;
  as: 'result' | 'effort';
}

export interface ExportedPriority {
  name: string;
  title?: string;
  respond?: ExportedTimed;
  resolve?: ExportedTimed;
  clockFrom?: 'report' | 'detection' | 'diagnosis';
}

export interface ExportedContactRef {
  party?: string;
  contact: string;
}

export interface ExportedLevel {
  level?: number;
  contact?: ExportedContactRef;
  after?: ExportedDuration;
}

export interface ExportedReachable {
  schedule?: ExportedSchedule;
  contact?: ExportedContactRef;
  channel?: string;
}

export interface ExportedEmergency {
  reachable: ExportedReachable[];
  respond?: ExportedDuration;
  preconditions: string[];
  afterwards: string[];
}

export interface ExportedCredits {
  tiers: Array<{ below: number; credit: number }>;
  capPercent?: number;
  claimWithin?: ExportedDuration;
  soleRemedy: boolean;
}

export interface ExportedService {
  name: string;
  title?: string;
  support?: ExportedSchedule & { businessDayMinutes: number };
  availability?: ExportedAvailability;
  maintenance?: { schedule?: ExportedSchedule; notice?: ExportedDuration };
  capacity?: { text?: string; boughtBy?: string };
  dependsOn: string[];
  priorities: ExportedPriority[];
  escalation?: { levels: ExportedLevel[] };
  emergency?: ExportedEmergency;
  credits?: ExportedCredits;
  kpis: string[];
}

export interface ExportedKpi {
  name: string;
  title?: string;
  service?: string;
  target?: {
    direction?: 'at least' | 'at most';
    percent?: number;
    duration?: ExportedDuration;
    number?: number;
    period?: A.PeriodName;
  };
  measuredBy?: string;
  reportedBy: Array<{ from?: string; to?: string; period?: A.PeriodName }>;
}

export interface ExportedTiming {
  every?: A.PeriodName;
  within?: ExportedDuration;
  by?: string;
}

export interface ExportedObligation {
  name?: string;
  party?: string;
  text?: string;
  as?: 'result' | 'effort';
  timing?: ExportedTiming;
}

export interface ExportedAgreement {
  title?: string;
  version?: string;
  effective?: { from?: string; until?: string };
  provider?: string;
  customer?: string;
  parties: ExportedParty[];
  calendars: ExportedCalendar[];
  services: ExportedService[];
  kpis: ExportedKpi[];
  obligations: ExportedObligation[];
  /** Explicit obligations per party, and for summaries the services and KPI reports a party owes too (as the code lens counts). */
  obligationsPerParty: Array<{ party: string; explicit: number; total: number }>;
  remedies: Array<{ from?: string; to?: string; text?: string }>;
  terminations: Array<{ party?: string; notice?: ExportedDuration }>;
  change?: { by?: string; notice?: ExportedDuration };
  review?: { period?: A.PeriodName; by?: string };
}

// ---------------------------------------------------------------------------

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(minuteOfDay: number): string {
  return `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

/** The covered windows of a weekly schedule, per day, merged. */
export function weeklyWindows(weekly: WeeklySchedule): ExportedWindow[] {
  const out: ExportedWindow[] = [];
  for (let day = 0; day < 7; day++) {
    for (const slice of weekly.daySlices(day)) out.push({ day: DAYS[day]!, from: clock(slice.start), to: clock(slice.end) });
  }
  return out;
}

function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

class Exporter {
  private readonly index: LineIndex;

  constructor(private readonly analysis: Analysis) {
    this.index = new LineIndex(analysis.text);
  }

  file(label: string): ExportedFile {
    return {
      file: label,
      agreements: this.analysis.model.agreements.map((a) => this.agreement(a)),
      findings: this.analysis.findings.map((f) => findingRecord(f, this.index)),
    };
  }

  private importedFrom(d: Declaration): string | undefined {
    if (d.file === this.analysis.file) return undefined;
    return path.relative(path.dirname(this.analysis.file), d.file).split(path.sep).join('/');
  }

  private agreement(a: AgreementModel): ExportedAgreement {
    const n = a.node;
    const version = n.items.find((i): i is A.Version => i.kind === 'Version')?.value?.value;
    const services = a.services.map((s) => this.service(s));
    const explicit = obligationCounts(a);
    const total = summaryCounts(a);
    const partyNames = [a.provider?.name, a.customer?.name, ...explicit.keys(), ...total.keys()].filter((p): p is string => !!p);
    const change = a.changes[0];
    const review = a.reviews[0];
    return defined({
      title: n.title?.value,
      version,
      effective: a.effective ? defined({ from: a.effective.from?.text, until: a.effective.until?.text }) : undefined,
      provider: a.provider?.name,
      customer: a.customer?.name,
      parties: this.parties(a),
      calendars: this.calendars(a),
      services,
      kpis: a.kpis.map((k) => this.kpi(a, k)),
      obligations: a.obligations.map((o) =>
        defined({ name: o.name?.text, party: o.party?.text, text: o.text?.value, as: o.as?.value, timing: this.timing(o.timing) }),
      ),
      obligationsPerParty: [...new Set(partyNames)].map((party) => ({ party, explicit: explicit.get(party) ?? 0, total: total.get(party) ?? 0 })),
      remedies: a.remedies.map((r) => defined({ from: r.from?.text, to: r.to?.text, text: r.text?.value })),
      terminations: a.terminations.map((t) => defined({ party: t.party?.text, notice: this.plain(t.notice) })),
      change: change ? defined({ by: whoOf(change.by), notice: this.plain(change.notice) }) : undefined,
      review: review ? defined({ period: review.period?.value, by: whoOf(review.by) }) : undefined,
    });
  }

  private parties(a: AgreementModel): ExportedParty[] {
    const out: ExportedParty[] = [];
    const seen = new Set<Declaration>();
    const add = (d: Declaration | undefined, role?: 'provider' | 'customer') => {
      if (!d) return;
      if (seen.has(d)) {
        if (role) out.find((p) => p.name === d.name)?.roles.push(role);
        return;
      }
      seen.add(d);
      const node = d.node as A.Party;
      out.push(
        defined({
          name: d.name,
          title: node.title?.value,
          roles: role ? [role] : [],
          contacts: node.contacts
            .filter((c) => c.name)
            .map((c) =>
              defined({
                name: c.name!.text,
                title: c.title?.value,
                phone: c.fields.find((f) => f.field === 'phone')?.value?.value,
                email: c.fields.find((f) => f.field === 'email')?.value?.value,
                role: c.fields.find((f) => f.field === 'role')?.value?.value,
              }),
            ),
          importedFrom: this.importedFrom(d),
        }),
      );
    };
    add(a.provider, 'provider');
    add(a.customer, 'customer');
    // Every other party the agreement names (obligations, remedies, KPIs, terms).
    for (const r of this.analysis.model.references) {
      if (r.agreement === a.node && r.kind === 'party' && r.target) add(r.target);
    }
    return out;
  }

  private calendars(a: AgreementModel): ExportedCalendar[] {
    const used = new Map<A.Calendar, Declaration | undefined>();
    for (const c of a.calendars) used.set(c, undefined);
    for (const r of this.analysis.model.references) {
      if (r.agreement === a.node && r.kind === 'calendar' && r.target) used.set(r.target.node as A.Calendar, r.target);
    }
    // A calendar used only through another calendar still shapes the schedule; list those too.
    for (const [c] of [...used]) {
      if (c.schedule?.form === 'ref') {
        const t = this.analysis.facts.targetAt(c.schedule.ref.span);
        if (t?.kind === 'calendar' && !used.has(t.node as A.Calendar)) used.set(t.node as A.Calendar, t);
      }
    }
    return [...used].filter(([c]) => c.name).map(([c, d]) => {
      const r = this.analysis.facts.calendar(c, a);
      return defined({ name: c.name!.text, ...this.resolved(r, undefined), importedFrom: d ? this.importedFrom(d) : undefined });
    });
  }

  private resolved(r: ResolvedSchedule, calendar: string | undefined): ExportedSchedule {
    const always = r.always || r.weekly.isAlways();
    return defined({
      calendar,
      always,
      weekly: weeklyWindows(r.weekly),
      minutesPerWeek: r.weekly.coveredMinutesPerWeek(),
      timezone: r.calendar?.timezone?.value,
      holidays: r.country,
    });
  }

  private schedule(s: A.Schedule | undefined, a: AgreementModel): ExportedSchedule | undefined {
    if (!s) return undefined;
    return this.resolved(this.analysis.facts.schedule(s, a), s.form === 'ref' ? s.ref.text : undefined);
  }

  /** A duration outside a service: there are no support hours, so a business day is a whole day. */
  private plain(d: A.Duration | undefined): ExportedDuration | undefined {
    if (!d) return undefined;
    const minutes = nominalMinutes(d, MINUTES_PER_DAY);
    return { text: d.text, amount: d.amount, unit: d.unit, business: d.business, minutes, worstCaseMinutes: minutes };
  }

  private timed(sf: ServiceFacts, d: A.Duration | undefined): ExportedDuration | undefined {
    if (!d) return undefined;
    return { text: d.text, amount: d.amount, unit: d.unit, business: d.business, minutes: sf.nominal(d), worstCaseMinutes: sf.worstCase(d) };
  }

  private timing(t: A.Timing | undefined): ExportedTiming | undefined {
    if (!t) return undefined;
    if (t.kind === 'Every') return defined({ every: t.period?.value });
    if (t.kind === 'Within') return defined({ within: this.plain(t.duration) });
    return defined({ by: t.date?.text });
  }

  private contactRef(r: A.ContactRef | undefined): ExportedContactRef | undefined {
    if (!r?.contact) return undefined;
    const target = this.analysis.facts.targetAt(r.contact.span);
    return defined({ party: r.party?.text ?? target?.party?.name, contact: r.contact.text });
  }

  private service(svc: ServiceModel): ExportedService {
    const sf = this.analysis.facts.service(svc);
    const a = svc.agreement;
    const n = svc.node;
    const support = svc.support
      ? { ...(this.schedule(svc.support.schedule, a) ?? { always: false, weekly: [], minutesPerWeek: 0 }), businessDayMinutes: sf.businessDayMinutes }
      : undefined;
    const capacity = svc.capacity;
    return defined({
      name: svc.name ?? '',
      title: n.title?.value,
      support,
      availability: this.availability(svc, sf),
      maintenance: svc.maintenance
        ? defined({ schedule: this.schedule(svc.maintenance.schedule, a), notice: this.timed(sf, svc.maintenance.notice) })
        : undefined,
      capacity: capacity ? defined({ text: capacity.text?.value, boughtBy: capacity.buyer?.text }) : undefined,
      dependsOn: svc.dependsOn.map((d) => d.obligation?.text).filter((x): x is string => !!x),
      priorities: svc.priorities.filter((p) => p.name).map((p) => this.priority(sf, p)),
      escalation: svc.escalation
        ? {
            levels: svc.escalation.levels.map((l) =>
              defined({ level: l.number?.value, contact: this.contactRef(l.contact), after: this.timed(sf, l.after) }),
            ),
          }
        : undefined,
      emergency: svc.emergency ? this.emergency(sf, svc.emergency, a) : undefined,
      credits: svc.credits ? this.credits(sf, svc.credits) : undefined,
      kpis: svc.kpis.map((k) => k.name?.text).filter((x): x is string => !!x),
    });
  }

  private availability(svc: ServiceModel, sf: ServiceFacts): ExportedAvailability | undefined {
    const av = svc.availability;
    const budget = sf.budget;
    if (!av || !budget) return undefined;
    const option = <K extends A.AvailOption['kind']>(kind: K) => av.options.find((o): o is Extract<A.AvailOption, { kind: K }> => o.kind === kind);
    const perWeek = budget.duringSupport ? sf.support.weekly.coveredMinutesPerWeek() : undefined;
    const perPeriod = Object.fromEntries(PERIODS.map((p) => [p, downtimeBudget(budget.percent, p, perWeek)])) as Record<A.PeriodName, number>;
    return defined({
      percent: budget.percent,
      period: budget.period,
      measuredBy: option('MeasuredBy')?.source?.value,
      excludingMaintenance: option('ExcludingMaintenance') !== undefined,
      duringSupport: budget.duringSupport,
      maxDowntime: this.timed(sf, option('MaxDowntime')?.duration),
      downtimeCountedFrom: option('DowntimeCountedFrom')?.from?.value,
      budget: { percent: budget.percent, period: budget.period, duringSupport: budget.duringSupport, minutes: budget.minutes, perPeriod },
    });
  }

  private priority(sf: ServiceFacts, p: A.Priority): ExportedPriority {
    const timed = (kind: 'Respond' | 'Resolve'): ExportedTimed | undefined => {
      const c = priorityClause(p, kind) as A.Respond | A.Resolve | undefined;
      const duration = this.timed(sf, c?.duration);
      return duration ? { duration, as: c?.as?.value ?? 'result' } : undefined;
    };
    return defined({
      name: p.name!.text,
      title: p.title?.value,
      respond: timed('Respond'),
      resolve: timed('Resolve'),
      clockFrom: priorityClause(p, 'Clock')?.from?.value,
    });
  }

  private emergency(sf: ServiceFacts, e: A.Emergency, a: AgreementModel): ExportedEmergency {
    const respond = e.items.find((i): i is A.EmergencyRespond => i.kind === 'EmergencyRespond');
    return defined({
      reachable: e.items
        .filter((i): i is A.Reachable => i.kind === 'Reachable')
        .map((r) => defined({ schedule: this.schedule(r.schedule, a), contact: this.contactRef(r.contact), channel: r.channel?.value })),
      respond: this.timed(sf, respond?.duration),
      preconditions: e.items.filter((i): i is A.Precondition => i.kind === 'Precondition').map((i) => i.text?.value ?? ''),
      afterwards: e.items.filter((i): i is A.Afterwards => i.kind === 'Afterwards').map((i) => i.text?.value ?? ''),
    });
  }

  private credits(sf: ServiceFacts, c: A.Credits): ExportedCredits {
    const cap = c.items.find((i): i is A.Cap => i.kind === 'Cap');
    const claim = c.items.find((i): i is A.Claim => i.kind === 'Claim');
    return defined({
      tiers: c.items
        .filter((i): i is A.Below => i.kind === 'Below' && !!i.threshold && !!i.credit)
        .map((b) => ({ below: b.threshold!.value, credit: b.credit!.value })),
      capPercent: cap?.percent?.value,
      claimWithin: this.plain(claim?.duration),
      soleRemedy: c.items.some((i) => i.kind === 'SoleRemedy'),
    });
  }

  private kpi(a: AgreementModel, k: A.Kpi): ExportedKpi {
    const kpiFor = k.items.find((i): i is A.KpiFor => i.kind === 'KpiFor');
    const target = k.items.find((i): i is A.Target => i.kind === 'Target');
    const measured = k.items.find((i): i is A.KpiMeasuredBy => i.kind === 'KpiMeasuredBy');
    const svc = a.services.find((s) => kpiFor?.service && s.name === kpiFor.service.text);
    const v = target?.value;
    let value: Pick<NonNullable<ExportedKpi['target']>, 'percent' | 'duration' | 'number'> = {};
    if (v?.kind === 'Percent') value = { percent: v.value };
    else if (v?.kind === 'Number') value = { number: v.value };
    else if (v?.kind === 'Duration') value = { duration: svc ? this.timed(this.analysis.facts.service(svc), v) : this.plain(v) };
    return defined({
      name: k.name?.text ?? '',
      title: k.title?.value,
      service: kpiFor?.service?.text,
      target: target ? defined({ direction: target.direction?.value, ...value, period: target.period?.value }) : undefined,
      measuredBy: measured?.source?.value,
      reportedBy: k.items
        .filter((i): i is A.ReportedBy => i.kind === 'ReportedBy')
        .map((r) => defined({ from: r.from?.text, to: r.to?.text, period: r.period?.value })),
    });
  }
}

function whoOf(w: A.Who | undefined): string | undefined {
  if (!w) return undefined;
  return w.kind === 'Word' ? w.value : w.text;
}

/** The resolved model and findings of one analysed file. */
export function exportAnalysis(analysis: Analysis, label: string = analysis.file): ExportedFile {
  return new Exporter(analysis).file(label);
}

/** An export of several files: what `pledge export --format json|yaml` writes. */
export function exportDocument(files: ExportedFile[]): ExportDocument {
  return { $schema: SCHEMA_ID, schemaVersion: SCHEMA_VERSION, files };
}

/** The year range holidays were taken over, for OpenSLO's calendar start. */
export function agreementStart(analysis: Analysis, a: AgreementModel): string {
  return termRange(a, analysis.facts.todayDate).from;
}
