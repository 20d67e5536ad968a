// Turns Chevrotain's concrete syntax tree into the typed AST of ast.ts.
//
// Recovered CST nodes may lack any child, so every accessor here tolerates a
// missing token or subrule and simply leaves the AST field undefined.

import type { CstElement, CstNode, IToken } from 'chevrotain';
import type * as A from './ast';
import { DAYS } from './ast';

type Children = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

/** A real (not recovery-inserted) token under `label`. */
function tok(n: CstNode | undefined, label: string, index = 0): IToken | undefined {
  const e = (n?.children as Children | undefined)?.[label]?.[index];
  if (e === undefined || !isToken(e) || e.isInsertedInRecovery || Number.isNaN(e.startOffset)) return undefined;
  return e;
}

function sub(n: CstNode | undefined, label: string, index = 0): CstNode | undefined {
  const e = (n?.children as Children | undefined)?.[label]?.[index];
  return e !== undefined && !isToken(e) ? e : undefined;
}

function subs(n: CstNode | undefined, label: string): CstNode[] {
  const list = (n?.children as Children | undefined)?.[label] ?? [];
  return list.filter((e): e is CstNode => !isToken(e));
}

export function tokenSpan(t: IToken): A.Span {
  return { start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 };
}

/** The span of every real token under a node, or undefined when it has none. */
function nodeSpan(n: CstNode): A.Span | undefined {
  let start = Infinity;
  let end = -Infinity;
  const visit = (node: CstNode) => {
    for (const list of Object.values(node.children as Children)) {
      for (const e of list ?? []) {
        if (isToken(e)) {
          if (e.isInsertedInRecovery || Number.isNaN(e.startOffset)) continue;
          start = Math.min(start, e.startOffset);
          end = Math.max(end, (e.endOffset ?? e.startOffset) + 1);
        } else {
          visit(e);
        }
      }
    }
  };
  visit(n);
  return start === Infinity ? undefined : { start, end };
}

/** A node's span: Chevrotain's location when recovery left it intact, else computed from its real tokens. */
function locationSpan(n: CstNode): A.Span | undefined {
  const loc = n.location;
  if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset) && !n.recoveredNode) {
    // `| 0`: Chevrotain keeps locations as doubles (they start as NaN); a
    // span holding one would make V8 box every span's offsets in the process
    // (two extra heap numbers per span, a third of an AST's memory).
    return { start: loc.startOffset | 0, end: (loc.endOffset! + 1) | 0 };
  }
  return nodeSpan(n);
}

function span(n: CstNode): A.Span {
  return locationSpan(n) ?? { start: 0, end: 0 };
}

/** The first token's span (the clause keyword). */
function keywordSpan(n: CstNode, label: string): A.Span {
  const t = tok(n, label);
  return t ? tokenSpan(t) : span(n);
}

function name(t: IToken | undefined): A.Name | undefined {
  return t && { kind: 'Name', text: t.image, span: tokenSpan(t) };
}

/** The text of a string literal: only `\"` and `\\` are escapes (LANGUAGE.md §2). */
export function unquote(image: string, terminated: boolean): string {
  const body = terminated ? image.slice(1, -1) : image.slice(1);
  return body.includes('\\') ? body.replace(/\\(["\\])/g, '$1') : body;
}

function str(t: IToken | undefined): A.Str | undefined {
  if (!t) return undefined;
  const terminated = t.tokenType.name !== 'UnterminatedString';
  return { kind: 'Str', value: unquote(t.image, terminated), terminated, span: tokenSpan(t) };
}

function numberLit(t: IToken | undefined): A.NumberLit | undefined {
  return t && { kind: 'Number', value: Number(t.image), text: t.image, span: tokenSpan(t) };
}

function percent(t: IToken | undefined): A.Percent | undefined {
  return t && { kind: 'Percent', value: Number(t.image.slice(0, -1)), text: t.image, span: tokenSpan(t) };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function date(t: IToken | undefined): A.DateLit | undefined {
  if (!t) return undefined;
  const [y, m, d] = t.image.split('-').map(Number) as [number, number, number];
  return { kind: 'Date', text: t.image, year: y, month: m, day: d, valid: isRealDate(y, m, d), span: tokenSpan(t) };
}

function time(t: IToken | undefined): A.TimeLit | undefined {
  if (!t) return undefined;
  const [h, m] = t.image.split(':').map(Number) as [number, number];
  return { kind: 'Time', text: t.image, hour: h, minute: m, minutes: h * 60 + m, span: tokenSpan(t) };
}

function day(t: IToken | undefined): A.Day | undefined {
  if (!t) return undefined;
  const d = t.image as A.DayName;
  return { kind: 'Day', day: d, index: DAYS.indexOf(d), span: tokenSpan(t) };
}

function word<W extends string>(t: IToken | undefined): A.Word<W> | undefined {
  return t && { kind: 'Word', value: t.image as W, span: tokenSpan(t) };
}

const UNIT_OF: Record<string, A.Unit> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  m: 'minute',
  hour: 'hour',
  hours: 'hour',
  h: 'hour',
  day: 'day',
  days: 'day',
  d: 'day',
  week: 'week',
  weeks: 'week',
  w: 'week',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
};

function duration(n: CstNode | undefined): A.Duration | undefined {
  if (!n) return undefined;
  const short = tok(n, 'short');
  if (short) {
    // `4h`, `90min`, `1.5d`: the digits, then the unit letters.
    const image = short.image;
    let split = 0;
    while (split < image.length && image.charCodeAt(split) < 97) split++;
    return {
      kind: 'Duration',
      amount: Number(image.slice(0, split)),
      unit: UNIT_OF[image.slice(split)]!,
      business: false,
      text: short.image,
      span: tokenSpan(short),
    };
  }
  const amount = tok(n, 'amount');
  const unit = tok(n, 'unit');
  if (!amount || !unit) return undefined;
  const business = tok(n, 'business') !== undefined;
  const s = span(n);
  return {
    kind: 'Duration',
    amount: Number(amount.image),
    unit: UNIT_OF[unit.image]!,
    business,
    text: `${amount.image} ${business ? 'business ' : ''}${unit.image}`,
    span: s,
  };
}

function period(n: CstNode | undefined): A.Period | undefined {
  const t = tok(n, 'value');
  return t && { kind: 'Period', value: t.image as A.PeriodName, span: tokenSpan(t) };
}

function kind(n: CstNode | undefined): A.ObligationKind | undefined {
  if (!n) return undefined;
  const v = tok(n, 'value');
  if (!v) return undefined;
  return { kind: 'Kind', value: v.image as 'result' | 'effort', span: span(n) };
}

function schedule(n: CstNode | undefined): A.Schedule | undefined {
  if (!n) return undefined;
  const always = tok(n, 'always');
  if (always) return { kind: 'Schedule', form: 'always', text: always.image, span: tokenSpan(always) };
  const ref = tok(n, 'ref');
  if (ref) return { kind: 'Schedule', form: 'ref', ref: name(ref)!, span: tokenSpan(ref) };
  const windows = subs(n, 'window').map(
    (w): A.Window => ({
      kind: 'Window',
      from: day(tok(w, 'from')),
      to: day(tok(w, 'to')),
      start: time(tok(w, 'start')),
      end: time(tok(w, 'end')),
      span: span(w),
    }),
  );
  if (windows.length === 0 || locationSpan(n) === undefined) return undefined;
  return { kind: 'Schedule', form: 'windows', windows, span: span(n) };
}

function contactRef(n: CstNode | undefined): A.ContactRef | undefined {
  if (!n || locationSpan(n) === undefined) return undefined;
  const first = tok(n, 'first');
  const second = tok(n, 'second');
  if (second) return { kind: 'ContactRef', party: name(first), contact: name(second), span: span(n) };
  return { kind: 'ContactRef', contact: name(first), span: span(n) };
}

function who(n: CstNode | undefined): A.Who | undefined {
  if (!n) return undefined;
  const both = tok(n, 'both');
  if (both) return word<'both'>(both);
  return name(tok(n, 'party'));
}

/** Subrule children of a block, in source order. */
function orderedItems(n: CstNode | undefined, labels: readonly string[]): CstNode[] {
  const children = n?.children as Children | undefined;
  if (!children) return [];
  const nodes: CstNode[] = [];
  const starts: number[] = [];
  for (const l of labels) {
    const list = children[l];
    if (!list) continue;
    for (const e of list) {
      if (isToken(e)) continue;
      const s = locationSpan(e);
      if (s === undefined) continue;
      nodes.push(e);
      starts.push(s.start);
    }
  }
  if (nodes.length < 2) return nodes;
  // A stable sort by start offset (labels first, then source order within a label).
  const order = nodes.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
  return order.map((i) => nodes[i]!);
}

// ---------------------------------------------------------------------------

function buildImport(n: CstNode): A.Import {
  return { kind: 'Import', keyword: keywordSpan(n, 'Kw_import'), path: str(tok(n, 'path')), span: span(n) };
}

function bodySpan(n: CstNode): A.Span | undefined {
  const open = tok(n, 'LCurly');
  if (!open) return undefined;
  const close = tok(n, 'RCurly');
  return { start: open.startOffset, end: close ? close.startOffset + 1 : span(n).end };
}

function buildParty(n: CstNode): A.Party {
  return {
    kind: 'Party',
    keyword: keywordSpan(n, 'Kw_party'),
    name: name(tok(n, 'name')),
    title: str(tok(n, 'title')),
    contacts: orderedItems(n, ['contact']).map(buildContact),
    body: bodySpan(n),
    span: span(n),
  };
}

function buildContact(n: CstNode): A.Contact {
  return {
    kind: 'Contact',
    keyword: keywordSpan(n, 'Kw_contact'),
    name: name(tok(n, 'name')),
    title: str(tok(n, 'title')),
    fields: orderedItems(n, ['contactField']).map((f) => {
      const field = tok(f, 'field');
      return {
        kind: 'ContactField',
        field: (field?.image ?? 'phone') as A.ContactFieldName,
        keyword: field ? tokenSpan(field) : span(f),
        value: str(tok(f, 'value')),
        span: span(f),
      };
    }),
    span: span(n),
  };
}

function buildCalendar(n: CstNode): A.Calendar {
  return {
    kind: 'Calendar',
    keyword: keywordSpan(n, 'Kw_calendar'),
    name: name(tok(n, 'name')),
    schedule: schedule(sub(n, 'schedule')),
    timezone: str(tok(n, 'timezone')),
    holidays: str(tok(n, 'holidays')),
    span: span(n),
  };
}

const AGREEMENT_ITEMS = [
  'provider',
  'customer',
  'version',
  'effective',
  'calendar',
  'service',
  'kpi',
  'escalation',
  'emergency',
  'credits',
  'obligation',
  'remedy',
  'termination',
  'change',
  'review',
] as const;

function buildAgreement(n: CstNode): A.Agreement {
  return {
    kind: 'Agreement',
    keyword: keywordSpan(n, 'Kw_agreement'),
    title: str(tok(n, 'title')),
    body: bodySpan(n),
    items: orderedItems(n, AGREEMENT_ITEMS).map(buildAgreementItem),
    span: span(n),
  };
}

function buildAgreementItem(n: CstNode): A.AgreementItem {
  const s = span(n);
  switch (n.name) {
    case 'provider':
      return { kind: 'Provider', keyword: keywordSpan(n, 'Kw_provider'), party: name(tok(n, 'party')), span: s };
    case 'customer':
      return { kind: 'Customer', keyword: keywordSpan(n, 'Kw_customer'), party: name(tok(n, 'party')), span: s };
    case 'version':
      return { kind: 'Version', keyword: keywordSpan(n, 'Kw_version'), value: str(tok(n, 'value')), span: s };
    case 'effective':
      return {
        kind: 'Effective',
        keyword: keywordSpan(n, 'Kw_effective'),
        from: date(tok(n, 'from')),
        until: date(tok(n, 'until')),
        span: s,
      };
    case 'calendar':
      return buildCalendar(n);
    case 'service':
      return buildService(n);
    case 'kpi':
      return buildKpi(n);
    case 'escalation':
      return {
        kind: 'Escalation',
        keyword: keywordSpan(n, 'Kw_escalation'),
        service: name(tok(n, 'service')),
        body: bodySpan(n),
        levels: orderedItems(n, ['level']).map((l) => ({
          kind: 'Level',
          keyword: keywordSpan(l, 'Kw_level'),
          number: numberLit(tok(l, 'number')),
          contact: contactRef(sub(l, 'contactRef')),
          after: duration(sub(l, 'duration')),
          span: span(l),
        })),
        span: s,
      };
    case 'emergency':
      return buildEmergency(n);
    case 'credits':
      return buildCredits(n);
    case 'obligation':
      return buildObligation(n);
    case 'remedy':
      return {
        kind: 'Remedy',
        keyword: keywordSpan(n, 'Kw_remedy'),
        from: name(tok(n, 'from')),
        to: name(tok(n, 'to')),
        text: str(tok(n, 'text')),
        span: s,
      };
    case 'termination':
      return {
        kind: 'Termination',
        keyword: keywordSpan(n, 'Kw_termination'),
        party: name(tok(n, 'party')),
        notice: duration(sub(n, 'duration')),
        span: s,
      };
    case 'change':
      return {
        kind: 'Change',
        keyword: keywordSpan(n, 'Kw_change'),
        by: who(sub(n, 'who')),
        notice: duration(sub(n, 'duration')),
        span: s,
      };
    case 'review':
      return {
        kind: 'Review',
        keyword: keywordSpan(n, 'Kw_review'),
        period: period(sub(n, 'period')),
        by: who(sub(n, 'who')),
        span: s,
      };
    default:
      throw new Error(`unknown agreement item ${n.name}`);
  }
}

function buildService(n: CstNode): A.Service {
  return {
    kind: 'Service',
    keyword: keywordSpan(n, 'Kw_service'),
    name: name(tok(n, 'name')),
    title: str(tok(n, 'title')),
    body: bodySpan(n),
    items: orderedItems(n, ['support', 'availability', 'maintenance', 'capacity', 'dependsOn', 'priority']).map(
      buildServiceItem,
    ),
    span: span(n),
  };
}

function buildServiceItem(n: CstNode): A.ServiceItem {
  const s = span(n);
  switch (n.name) {
    case 'support':
      return { kind: 'Support', keyword: keywordSpan(n, 'Kw_support'), schedule: schedule(sub(n, 'schedule')), span: s };
    case 'availability':
      return {
        kind: 'Availability',
        keyword: keywordSpan(n, 'Kw_availability'),
        percent: percent(tok(n, 'percent')),
        period: period(sub(n, 'period')),
        options: orderedItems(n, ['availOption']).map(buildAvailOption),
        span: s,
      };
    case 'maintenance':
      return {
        kind: 'Maintenance',
        keyword: keywordSpan(n, 'Kw_maintenance'),
        schedule: schedule(sub(n, 'schedule')),
        notice: duration(sub(n, 'duration')),
        span: s,
      };
    case 'capacity':
      return {
        kind: 'Capacity',
        keyword: keywordSpan(n, 'Kw_capacity'),
        text: str(tok(n, 'text')),
        buyer: name(tok(n, 'buyer')),
        span: s,
      };
    case 'dependsOn':
      return {
        kind: 'DependsOn',
        keyword: keywordSpan(n, 'Kw_depends'),
        obligation: name(tok(n, 'obligation')),
        span: s,
      };
    case 'priority':
      return {
        kind: 'Priority',
        keyword: keywordSpan(n, 'Kw_priority'),
        name: name(tok(n, 'name')),
        title: str(tok(n, 'title')),
        body: bodySpan(n),
        items: orderedItems(n, ['respond', 'resolve', 'clock']).map(buildPriorityItem),
        span: s,
      };
    default:
      throw new Error(`unknown service item ${n.name}`);
  }
}

function buildAvailOption(n: CstNode): A.AvailOption {
  const s = span(n);
  const measured = tok(n, 'measured');
  if (measured) return { kind: 'MeasuredBy', keyword: tokenSpan(measured), source: str(tok(n, 'source')), span: s };
  const excluding = tok(n, 'excluding');
  if (excluding) return { kind: 'ExcludingMaintenance', keyword: tokenSpan(excluding), span: s };
  const during = tok(n, 'during');
  if (during) return { kind: 'DuringSupport', keyword: tokenSpan(during), span: s };
  const max = tok(n, 'max');
  if (max) return { kind: 'MaxDowntime', keyword: tokenSpan(max), duration: duration(sub(n, 'duration')), span: s };
  const counted = tok(n, 'counted');
  return {
    kind: 'DowntimeCountedFrom',
    keyword: counted ? tokenSpan(counted) : s,
    from: word<'detection' | 'report'>(tok(n, 'from')),
    span: s,
  };
}

function buildPriorityItem(n: CstNode): A.PriorityItem {
  const s = span(n);
  switch (n.name) {
    case 'respond':
      return {
        kind: 'Respond',
        keyword: keywordSpan(n, 'Kw_respond'),
        duration: duration(sub(n, 'duration')),
        as: kind(sub(n, 'kind')),
        span: s,
      };
    case 'resolve':
      return {
        kind: 'Resolve',
        keyword: keywordSpan(n, 'Kw_resolve'),
        duration: duration(sub(n, 'duration')),
        as: kind(sub(n, 'kind')),
        span: s,
      };
    default:
      return {
        kind: 'Clock',
        keyword: keywordSpan(n, 'Kw_clock'),
        from: word<'report' | 'detection' | 'diagnosis'>(tok(n, 'from')),
        span: s,
      };
  }
}

function buildKpi(n: CstNode): A.Kpi {
  return {
    kind: 'Kpi',
    keyword: keywordSpan(n, 'Kw_kpi'),
    name: name(tok(n, 'name')),
    title: str(tok(n, 'title')),
    body: bodySpan(n),
    items: orderedItems(n, ['kpiFor', 'target', 'kpiMeasuredBy', 'reportedBy']).map((i): A.KpiItem => {
      const s = span(i);
      switch (i.name) {
        case 'kpiFor':
          return { kind: 'KpiFor', keyword: keywordSpan(i, 'Kw_for'), service: name(tok(i, 'service')), span: s };
        case 'target': {
          const at = tok(i, 'Kw_at');
          const dir = tok(i, 'direction');
          return {
            kind: 'Target',
            keyword: keywordSpan(i, 'Kw_target'),
            direction:
              dir && at
                ? { kind: 'Word', value: `at ${dir.image}` as 'at least' | 'at most', span: { start: at.startOffset, end: tokenSpan(dir).end } }
                : undefined,
            value: percent(tok(i, 'percent')) ?? duration(sub(i, 'duration')) ?? numberLit(tok(i, 'number')),
            period: period(sub(i, 'period')),
            span: s,
          };
        }
        case 'kpiMeasuredBy':
          return { kind: 'KpiMeasuredBy', keyword: keywordSpan(i, 'Kw_measured'), source: str(tok(i, 'source')), span: s };
        default:
          return {
            kind: 'ReportedBy',
            keyword: keywordSpan(i, 'Kw_reported'),
            from: name(tok(i, 'from')),
            to: name(tok(i, 'to')),
            period: period(sub(i, 'period')),
            span: s,
          };
      }
    }),
    span: span(n),
  };
}

function buildEmergency(n: CstNode): A.Emergency {
  return {
    kind: 'Emergency',
    keyword: keywordSpan(n, 'Kw_emergency'),
    service: name(tok(n, 'service')),
    body: bodySpan(n),
    items: orderedItems(n, ['reachable', 'emergencyRespond', 'precondition', 'afterwards']).map((i): A.EmergencyItem => {
      const s = span(i);
      switch (i.name) {
        case 'reachable':
          return {
            kind: 'Reachable',
            keyword: keywordSpan(i, 'Kw_reachable'),
            schedule: schedule(sub(i, 'schedule')),
            contact: contactRef(sub(i, 'contactRef')),
            channel: word<A.Channel>(tok(i, 'channel')),
            span: s,
          };
        case 'emergencyRespond':
          return {
            kind: 'EmergencyRespond',
            keyword: keywordSpan(i, 'Kw_respond'),
            duration: duration(sub(i, 'duration')),
            span: s,
          };
        case 'precondition':
          return { kind: 'Precondition', keyword: keywordSpan(i, 'Kw_precondition'), text: str(tok(i, 'text')), span: s };
        default:
          return { kind: 'Afterwards', keyword: keywordSpan(i, 'Kw_afterwards'), text: str(tok(i, 'text')), span: s };
      }
    }),
    span: span(n),
  };
}

function buildCredits(n: CstNode): A.Credits {
  return {
    kind: 'Credits',
    keyword: keywordSpan(n, 'Kw_credits'),
    service: name(tok(n, 'service')),
    body: bodySpan(n),
    items: orderedItems(n, ['below', 'cap', 'claim', 'soleRemedy']).map((i): A.CreditItem => {
      const s = span(i);
      switch (i.name) {
        case 'below':
          return {
            kind: 'Below',
            keyword: keywordSpan(i, 'Kw_below'),
            threshold: percent(tok(i, 'threshold')),
            credit: percent(tok(i, 'credit')),
            span: s,
          };
        case 'cap':
          return { kind: 'Cap', keyword: keywordSpan(i, 'Kw_cap'), percent: percent(tok(i, 'percent')), span: s };
        case 'claim':
          return { kind: 'Claim', keyword: keywordSpan(i, 'Kw_claim'), duration: duration(sub(i, 'duration')), span: s };
        default:
          return { kind: 'SoleRemedy', keyword: keywordSpan(i, 'Kw_sole'), span: s };
      }
    }),
    span: span(n),
  };
}

function buildObligation(n: CstNode): A.Obligation {
  const first = tok(n, 'first');
  const second = tok(n, 'second');
  const t = sub(n, 'timing');
  let timing: A.Timing | undefined;
  if (t && nodeSpan(t)) {
    const every = tok(t, 'every');
    const within = tok(t, 'within');
    const by = tok(t, 'by');
    if (every) timing = { kind: 'Every', keyword: tokenSpan(every), period: period(sub(t, 'period')), span: span(t) };
    else if (within) timing = { kind: 'Within', keyword: tokenSpan(within), duration: duration(sub(t, 'duration')), span: span(t) };
    else if (by) timing = { kind: 'By', keyword: tokenSpan(by), date: date(tok(t, 'date')), span: span(t) };
  }
  return {
    kind: 'Obligation',
    keyword: keywordSpan(n, 'Kw_obligation'),
    name: second ? name(first) : undefined,
    party: second ? name(second) : name(first),
    text: str(tok(n, 'text')),
    as: kind(sub(n, 'kind')),
    timing,
    span: span(n),
  };
}

/** Builds the AST of a whole file from the `file` rule's CST. */
export function buildFile(cst: CstNode | undefined, comments: A.Comment[], length: number): A.File {
  const items: A.TopItem[] = orderedItems(cst, ['importDecl', 'party', 'calendar', 'agreement']).map((n) => {
    switch (n.name) {
      case 'importDecl':
        return buildImport(n);
      case 'party':
        return buildParty(n);
      case 'calendar':
        return buildCalendar(n);
      default:
        return buildAgreement(n);
    }
  });
  return {
    kind: 'File',
    items,
    imports: items.filter((i): i is A.Import => i.kind === 'Import'),
    parties: items.filter((i): i is A.Party => i.kind === 'Party'),
    calendars: items.filter((i): i is A.Calendar => i.kind === 'Calendar'),
    agreements: items.filter((i): i is A.Agreement => i.kind === 'Agreement'),
    comments,
    span: { start: 0, end: length },
  };
}

