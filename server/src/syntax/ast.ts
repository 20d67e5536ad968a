// The typed syntax tree of a Pledge file (LANGUAGE.md §2–3).
//
// Every node carries its source `span` (character offsets, end exclusive).
// Parsing recovers from errors, so any child may be missing: fields that the
// grammar requires are still typed optional wherever a broken clause can lose
// them. Consumers check before they use.

export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface NodeBase {
  span: Span;
}

/** An identifier as written (a declaration or a reference). */
export interface Name extends NodeBase {
  kind: 'Name';
  text: string;
}

/** A string literal; `value` has its escapes resolved. */
export interface Str extends NodeBase {
  kind: 'Str';
  value: string;
  /** False when the string runs to the end of the line without its closing quote. */
  terminated: boolean;
}

export interface NumberLit extends NodeBase {
  kind: 'Number';
  value: number;
  text: string;
}

export interface Percent extends NodeBase {
  kind: 'Percent';
  /** 99.95 for `99.95%`. */
  value: number;
  text: string;
}

export interface DateLit extends NodeBase {
  kind: 'Date';
  text: string;
  year: number;
  month: number;
  day: number;
  /** False for dates that do not exist (`2026-02-30`). */
  valid: boolean;
}

export interface TimeLit extends NodeBase {
  kind: 'Time';
  text: string;
  hour: number;
  minute: number;
  /** Minutes since midnight (`24:00` is 1440). */
  minutes: number;
}

export type DayName = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
export const DAYS: readonly DayName[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface Day extends NodeBase {
  kind: 'Day';
  day: DayName;
  /** 0 = Monday … 6 = Sunday. */
  index: number;
}

/** Duration units; `month`, `quarter` and `year` last 30, 90 and 365 days (LANGUAGE.md §5). */
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Duration extends NodeBase {
  kind: 'Duration';
  amount: number;
  unit: Unit;
  /** `business hour(s)` / `business day(s)`: counted in the service's support time. */
  business: boolean;
  /** The duration as written, e.g. `4 hours`, `15m`, `1 business day`. */
  text: string;
}

export type PeriodName = 'week' | 'month' | 'quarter' | 'year';

export interface Period extends NodeBase {
  kind: 'Period';
  value: PeriodName;
}

/** `as result` / `as effort`. */
export interface ObligationKind extends NodeBase {
  kind: 'Kind';
  value: 'result' | 'effort';
}

/** A keyword used as a value, such as `report` in `clock from report`. */
export interface Word<T extends string = string> extends NodeBase {
  kind: 'Word';
  value: T;
}

// ---------------------------------------------------------------------------
// Schedules

export interface Window extends NodeBase {
  kind: 'Window';
  from?: Day;
  /** The last day of a day range (`Mon-Fri`); absent for a single day. */
  to?: Day;
  start?: TimeLit;
  end?: TimeLit;
}

export type Schedule =
  | (NodeBase & { kind: 'Schedule'; form: 'always'; text: string })
  | (NodeBase & { kind: 'Schedule'; form: 'windows'; windows: Window[] })
  | (NodeBase & { kind: 'Schedule'; form: 'ref'; ref: Name });

// ---------------------------------------------------------------------------
// Top level

export interface Comment extends NodeBase {
  kind: 'Comment';
  text: string;
  block: boolean;
}

export interface File extends NodeBase {
  kind: 'File';
  /** Top-level items in source order. */
  items: TopItem[];
  imports: Import[];
  parties: Party[];
  calendars: Calendar[];
  agreements: Agreement[];
  comments: Comment[];
}

export type TopItem = Import | Party | Calendar | Agreement;

export interface Import extends NodeBase {
  kind: 'Import';
  keyword: Span;
  path?: Str;
}

export interface Party extends NodeBase {
  kind: 'Party';
  keyword: Span;
  name?: Name;
  title?: Str;
  contacts: Contact[];
  /** Span of the `{ … }` body, if written. */
  body?: Span;
}

export type ContactFieldName = 'phone' | 'email' | 'role';

export interface ContactField extends NodeBase {
  kind: 'ContactField';
  field: ContactFieldName;
  keyword: Span;
  value?: Str;
}

export interface Contact extends NodeBase {
  kind: 'Contact';
  keyword: Span;
  name?: Name;
  title?: Str;
  fields: ContactField[];
}

export interface Calendar extends NodeBase {
  kind: 'Calendar';
  keyword: Span;
  name?: Name;
  schedule?: Schedule;
  timezone?: Str;
  holidays?: Str;
}

export interface Agreement extends NodeBase {
  kind: 'Agreement';
  keyword: Span;
  title?: Str;
  body?: Span;
  items: AgreementItem[];
}

export type AgreementItem =
  | Provider
  | Customer
  | Version
  | Effective
  | Calendar
  | Service
  | Kpi
  | Escalation
  | Emergency
  | Credits
  | Obligation
  | Remedy
  | Termination
  | Change
  | Review;

export interface Provider extends NodeBase {
  kind: 'Provider';
  keyword: Span;
  party?: Name;
}

export interface Customer extends NodeBase {
  kind: 'Customer';
  keyword: Span;
  party?: Name;
}

export interface Version extends NodeBase {
  kind: 'Version';
  keyword: Span;
  value?: Str;
}

export interface Effective extends NodeBase {
  kind: 'Effective';
  keyword: Span;
  from?: DateLit;
  until?: DateLit;
}

// ---------------------------------------------------------------------------
// Services

export interface Service extends NodeBase {
  kind: 'Service';
  keyword: Span;
  name?: Name;
  title?: Str;
  body?: Span;
  items: ServiceItem[];
}

export type ServiceItem = Support | Availability | Maintenance | Capacity | DependsOn | Priority;

export interface Support extends NodeBase {
  kind: 'Support';
  keyword: Span;
  schedule?: Schedule;
}

export type AvailOption =
  | (NodeBase & { kind: 'MeasuredBy'; keyword: Span; source?: Str })
  | (NodeBase & { kind: 'ExcludingMaintenance'; keyword: Span })
  | (NodeBase & { kind: 'DuringSupport'; keyword: Span })
  | (NodeBase & { kind: 'MaxDowntime'; keyword: Span; duration?: Duration })
  | (NodeBase & { kind: 'DowntimeCountedFrom'; keyword: Span; from?: Word<'detection' | 'report'> });

export interface Availability extends NodeBase {
  kind: 'Availability';
  keyword: Span;
  percent?: Percent;
  period?: Period;
  options: AvailOption[];
}

export interface Maintenance extends NodeBase {
  kind: 'Maintenance';
  keyword: Span;
  schedule?: Schedule;
  notice?: Duration;
}

export interface Capacity extends NodeBase {
  kind: 'Capacity';
  keyword: Span;
  text?: Str;
  buyer?: Name;
}

export interface DependsOn extends NodeBase {
  kind: 'DependsOn';
  keyword: Span;
  obligation?: Name;
}

export interface Priority extends NodeBase {
  kind: 'Priority';
  keyword: Span;
  name?: Name;
  title?: Str;
  body?: Span;
  items: PriorityItem[];
}

export type PriorityItem = Respond | Resolve | Clock;

export interface Respond extends NodeBase {
  kind: 'Respond';
  keyword: Span;
  duration?: Duration;
  as?: ObligationKind;
}

export interface Resolve extends NodeBase {
  kind: 'Resolve';
  keyword: Span;
  duration?: Duration;
  as?: ObligationKind;
}

export interface Clock extends NodeBase {
  kind: 'Clock';
  keyword: Span;
  from?: Word<'report' | 'detection' | 'diagnosis'>;
}

// ---------------------------------------------------------------------------
// KPIs

export interface Kpi extends NodeBase {
  kind: 'Kpi';
  keyword: Span;
  name?: Name;
  title?: Str;
  body?: Span;
  items: KpiItem[];
}

export type KpiItem = KpiFor | Target | KpiMeasuredBy | ReportedBy;

export interface KpiFor extends NodeBase {
  kind: 'KpiFor';
  keyword: Span;
  service?: Name;
}

export interface Target extends NodeBase {
  kind: 'Target';
  keyword: Span;
  direction?: Word<'at least' | 'at most'>;
  value?: Percent | Duration | NumberLit;
  period?: Period;
}

export interface KpiMeasuredBy extends NodeBase {
  kind: 'KpiMeasuredBy';
  keyword: Span;
  source?: Str;
}

export interface ReportedBy extends NodeBase {
  kind: 'ReportedBy';
  keyword: Span;
  from?: Name;
  to?: Name;
  period?: Period;
}

// ---------------------------------------------------------------------------
// Escalation, emergency, credits

export interface ContactRef extends NodeBase {
  kind: 'ContactRef';
  /** `Acme` in `Acme.ServiceDesk`. */
  party?: Name;
  contact?: Name;
}

export interface Escalation extends NodeBase {
  kind: 'Escalation';
  keyword: Span;
  service?: Name;
  body?: Span;
  levels: Level[];
}

export interface Level extends NodeBase {
  kind: 'Level';
  keyword: Span;
  number?: NumberLit;
  contact?: ContactRef;
  after?: Duration;
}

export interface Emergency extends NodeBase {
  kind: 'Emergency';
  keyword: Span;
  service?: Name;
  body?: Span;
  items: EmergencyItem[];
}

export type Channel = 'phone' | 'email' | 'portal' | 'chat';

export type EmergencyItem = Reachable | EmergencyRespond | Precondition | Afterwards;

export interface Reachable extends NodeBase {
  kind: 'Reachable';
  keyword: Span;
  schedule?: Schedule;
  contact?: ContactRef;
  channel?: Word<Channel>;
}

export interface EmergencyRespond extends NodeBase {
  kind: 'EmergencyRespond';
  keyword: Span;
  duration?: Duration;
}

export interface Precondition extends NodeBase {
  kind: 'Precondition';
  keyword: Span;
  text?: Str;
}

export interface Afterwards extends NodeBase {
  kind: 'Afterwards';
  keyword: Span;
  text?: Str;
}

export interface Credits extends NodeBase {
  kind: 'Credits';
  keyword: Span;
  service?: Name;
  body?: Span;
  items: CreditItem[];
}

export type CreditItem = Below | Cap | Claim | SoleRemedy;

export interface Below extends NodeBase {
  kind: 'Below';
  keyword: Span;
  threshold?: Percent;
  credit?: Percent;
}

export interface Cap extends NodeBase {
  kind: 'Cap';
  keyword: Span;
  percent?: Percent;
}

export interface Claim extends NodeBase {
  kind: 'Claim';
  keyword: Span;
  duration?: Duration;
}

export interface SoleRemedy extends NodeBase {
  kind: 'SoleRemedy';
  keyword: Span;
}

// ---------------------------------------------------------------------------
// Obligations and terms

export type Timing =
  | (NodeBase & { kind: 'Every'; keyword: Span; period?: Period })
  | (NodeBase & { kind: 'Within'; keyword: Span; duration?: Duration })
  | (NodeBase & { kind: 'By'; keyword: Span; date?: DateLit });

export interface Obligation extends NodeBase {
  kind: 'Obligation';
  keyword: Span;
  /** The obligation's own name, when two identifiers are written. */
  name?: Name;
  party?: Name;
  text?: Str;
  as?: ObligationKind;
  timing?: Timing;
}

export interface Remedy extends NodeBase {
  kind: 'Remedy';
  keyword: Span;
  from?: Name;
  to?: Name;
  text?: Str;
}

export interface Termination extends NodeBase {
  kind: 'Termination';
  keyword: Span;
  party?: Name;
  notice?: Duration;
}

/** `both`, or a single party. */
export type Who = Word<'both'> | Name;

export interface Change extends NodeBase {
  kind: 'Change';
  keyword: Span;
  by?: Who;
  notice?: Duration;
}

export interface Review extends NodeBase {
  kind: 'Review';
  keyword: Span;
  period?: Period;
  by?: Who;
}

