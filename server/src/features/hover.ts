// Hover: what the thing under the cursor means, in plain words and numbers.
//
// Keywords get their explanation (keywords.ts); availability percentages their
// downtime budget; durations their nominal and worst-case length; schedules
// and calendars their cover and longest gap; names a summary of what they
// declare. Every number comes from the analysis' Facts (LANGUAGE.md §5) and is
// formatted by semantics/format, so hovers agree with rule messages. When the
// position lies inside findings, they come first, one line each, and their
// details (why, docs link, quick fixes) last.

import type { IToken } from 'chevrotain';
import type * as A from '../syntax/ast';
import { nodesAt } from '../syntax/walk';
import type { Analysis } from '../engine/analyze';
import type { AgreementModel, Declaration, ServiceModel } from '../semantics/model';
import { priorityClause, summaryCounts, termRange, type ResolvedSchedule } from '../semantics/facts';
import { formatDuration, formatGapSpan, formatHours, formatMinutes, formatNumber, formatPercent } from '../semantics/format';
import { longestGap } from '../semantics/schedule';
import { downtimeBudget, MINUTES_PER_DAY, nominalMinutes, PERIOD_DAYS } from '../semantics/time';
import { findRule } from '../rules/registry';
import { docsUrl } from '../rules/docs';
import { explainKeyword } from './keywords';
import { t, type MessageKey } from '../i18n';

export interface HoverResult {
  span: { start: number; end: number };
  markdown: string;
}

type Node = { kind: string; span: A.Span } & Record<string, unknown>;

/** Everything a hover needs about the position. */
interface Where {
  analysis: Analysis;
  offset: number;
  token?: IToken;
  chain: Node[];
  agreement?: AgreementModel;
  service?: ServiceModel;
}

const PERIODS: readonly A.PeriodName[] = ['week', 'month', 'quarter', 'year'];

/** A period as prose names it: "month", Dutch "maand". */
export function periodWord(p: string): string {
  return PERIODS.includes(p as A.PeriodName) ? t(`features.period.${p}` as MessageKey) : p;
}

/** How a declaration kind is named: "party", "KPI"; Dutch "partij". */
function kindWord(kind: string): string {
  return t(`syntax.bind.kind.${kind}` as MessageKey);
}

/**
 * The hover: the findings at the position first, one line each; then what the
 * token means; then, folded below a rule, the findings' details (why, docs,
 * quick fixes). A hover on a number with several findings stays short.
 */
export function hover(analysis: Analysis, offset: number): HoverResult | undefined {
  const where = locate(analysis, offset);
  const main = explainAt(where);
  const findings = findingsAt(analysis, offset);
  if (!main && !findings) return undefined;
  const markdown = [findings?.markdown, main?.markdown, findings?.details].filter(Boolean).join('\n\n---\n\n');
  return { span: main?.span ?? findings!.span, markdown };
}

// ---------------------------------------------------------------------------
// Position

/** The token at `offset`: the one containing it, else the one ending right there. */
export function tokenAt(tokens: readonly IToken[], offset: number): IToken | undefined {
  let ending: IToken | undefined;
  for (const t of tokens) {
    const end = t.startOffset + t.image.length;
    if (t.startOffset <= offset && offset < end) return t;
    if (end === offset) ending = t;
    if (t.startOffset > offset) break;
  }
  return ending;
}

function locate(analysis: Analysis, offset: number): Where {
  const token = tokenAt(analysis.parsed.tokens, offset);
  const at = token ? token.startOffset : offset;
  const chain = nodesAt(analysis.parsed.file, at) as Node[];
  const agreementNode = chain.find((n) => n.kind === 'Agreement') as unknown as A.Agreement | undefined;
  const agreement = analysis.model.agreements.find((a) => a.node === agreementNode);
  return { analysis, offset: at, token, chain, agreement, service: serviceAt(chain, agreement, analysis) };
}

/** The service a position belongs to: its own block, or the block that names it (`escalation for X`). */
function serviceAt(chain: Node[], agreement: AgreementModel | undefined, analysis: Analysis): ServiceModel | undefined {
  const own = chain.find((n) => n.kind === 'Service') as A.Service | undefined;
  if (own) return analysis.facts.serviceOf(own);
  const block = chain.find((n) => n.kind === 'Escalation' || n.kind === 'Emergency' || n.kind === 'Credits') as
    | { service?: A.Name }
    | undefined;
  const kpi = chain.find((n) => n.kind === 'Kpi') as A.Kpi | undefined;
  const name = block?.service?.text ?? kpi?.items.find((i): i is A.KpiFor => i.kind === 'KpiFor')?.service?.text;
  return name ? agreement?.services.find((s) => s.name === name) : undefined;
}

function spanOf(t: IToken): A.Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

function innermost<K extends string>(chain: Node[], kind: K): Node | undefined {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.kind === kind) return chain[i];
  return undefined;
}

// ---------------------------------------------------------------------------
// What is under the cursor

function explainAt(w: Where): HoverResult | undefined {
  const tok = w.token;
  if (!tok) return undefined;
  const type = tok.tokenType.name;

  if (type === 'Identifier') return explainName(w, spanOf(tok));

  const availability = innermost(w.chain, 'Availability') as A.Availability | undefined;
  const inValue = (n?: { span: A.Span }) => n && n.span.start <= w.offset && w.offset < n.span.end;
  if (availability && (inValue(availability.percent) || inValue(availability.period))) {
    const md = availabilityMarkdown(w, availability);
    if (md) return { span: { start: availability.percent?.span.start ?? tok.startOffset, end: availability.period?.span.end ?? tok.startOffset + tok.image.length }, markdown: md };
  }

  const duration = innermost(w.chain, 'Duration') as A.Duration | undefined;
  if (duration) return { span: duration.span, markdown: durationMarkdown(w, duration) };

  const schedule = innermost(w.chain, 'Schedule') as A.Schedule | undefined;
  if (schedule && schedule.form !== 'ref') {
    const resolved = w.analysis.facts.schedule(schedule, w.agreement);
    const label = textOf(w, schedule.span);
    return { span: schedule.span, markdown: `${t('features.hover.schedule.title', { label })}\n\n${scheduleLines(w, resolved).join('\n\n')}` };
  }

  if (tok.tokenType.CATEGORIES?.some((c) => c.name === 'Keyword')) {
    const clause = [...w.chain].reverse().find((n) => 'keyword' in n);
    const explained = explainKeyword(tok.image, clause?.kind);
    if (explained) return { span: spanOf(tok), markdown: `**${explained.title}**\n\n${explained.body}` };
  }
  return undefined;
}

function textOf(w: Where, span: A.Span): string {
  return w.analysis.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------
// Availability

function availabilityMarkdown(w: Where, a: A.Availability): string | undefined {
  if (!a.percent || !a.period) return undefined;
  const percent = a.percent.value;
  const period = a.period.value;
  const duringSupport = a.options.some((o) => o.kind === 'DuringSupport');
  const sf = w.service && w.analysis.facts.service(w.service);
  const perWeek = duringSupport && sf ? sf.support.weekly.coveredMinutesPerWeek() : undefined;
  const budget = (p: A.PeriodName) => downtimeBudget(percent, p, perWeek);
  const params = {
    percent: formatPercent(percent),
    period: periodWord(period),
    budget: formatDuration(budget(period)),
    days: formatNumber(PERIOD_DAYS[period]),
    perWeek: perWeek === undefined ? undefined : formatHours(perWeek),
  };
  const lines = [
    t(duringSupport ? 'features.hover.availability.titleDuringSupport' : 'features.hover.availability.title', params),
    t(perWeek === undefined ? 'features.hover.availability.budget' : 'features.hover.availability.budgetOfSupport', params),
    [
      t('features.hover.availability.tableHead'),
      '| --- | ---: |',
      ...PERIODS.map((p) => `| ${p === period ? `**${periodWord(p)}**` : periodWord(p)} | ${formatDuration(budget(p))} |`),
    ].join('\n'),
  ];
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------
// Durations

function durationMarkdown(w: Where, d: A.Duration): string {
  const written = `\`${d.text}\``;
  if (!w.service) {
    // Outside a service there are no support hours: nominal length only.
    const nominal = nominalMinutes(d, MINUTES_PER_DAY);
    const note = d.business ? `\n\n${t('features.hover.duration.noService')}` : '';
    return `**${written} = ${formatMinutes(nominal)}${longForm(nominal)}**${note}`;
  }
  const sf = w.analysis.facts.service(w.service);
  const nominal = sf.nominal(d);
  if (!d.business) return `**${written} = ${formatMinutes(nominal)}${longForm(nominal)}**`;
  const worst = sf.worstCase(d);
  const lines = [t('features.hover.duration.ofSupport', { written, nominal: formatMinutes(nominal) })];
  if (!w.service.support) {
    lines.push(t('features.hover.duration.noSupport', { service: w.service.name ?? '' }));
  } else {
    const params = { worst: formatHours(worst), calendar: calendarLabel(w, w.service) };
    lines.push(t(worst > nominal ? 'features.hover.duration.worstCase' : 'features.hover.duration.neverStops', params));
    if (d.unit === 'day') lines.push(t('features.hover.duration.businessDay', { minutes: formatMinutes(sf.businessDayMinutes) }));
  }
  return lines.join('\n\n');
}

/** " (4 h)" after a minute count when a larger unit reads better. */
function longForm(min: number): string {
  return min >= 60 ? ` (${formatDuration(min)})` : '';
}

/** "Office: Mon-Fri 08:00-18:00", or the schedule as written. */
function calendarLabel(w: Where, svc: ServiceModel): string {
  const s = svc.support?.schedule;
  if (!s) return t('features.hover.noSupport');
  if (s.form !== 'ref') return textOf(w, s.span);
  const cal = svc.supportCalendar;
  const target = w.analysis.facts.targetAt(s.ref.span);
  if (cal?.schedule && target?.file === w.analysis.file) return `${s.ref.text}: ${textOf(w, cal.schedule.span)}`;
  return s.ref.text;
}

// ---------------------------------------------------------------------------
// Schedules and calendars

function scheduleLines(w: Where, r: ResolvedSchedule): string[] {
  const weekly = r.weekly;
  const lines = [t('features.hover.schedule.cover', { hours: formatHours(weekly.coveredMinutesPerWeek()) })];
  if (r.always || weekly.isAlways()) lines.push(t('features.hover.schedule.always'));
  else {
    const dated = r.holidays && r.holidays.size > 0;
    const gap = longestGap([{ weekly, holidays: r.holidays }], dated ? termRange(w.agreement, w.analysis.facts.todayDate) : undefined, r.holidayNames);
    lines.push(t('features.hover.schedule.longestGap', { length: formatHours(gap.minutes), span: formatGapSpan(gap) }));
  }
  if (r.country) {
    const overTerm = w.agreement?.effective?.from?.valid;
    const key: MessageKey = r.holidays
      ? overTerm
        ? 'features.hover.schedule.holidaysOverTerm'
        : 'features.hover.schedule.holidays'
      : 'features.hover.schedule.holidaysUnknown';
    lines.push(t(key, { country: r.country }));
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Names

function explainName(w: Where, span: A.Span): HoverResult | undefined {
  const model = w.analysis.model;
  const own = model.declarations.find((d) => d.span.start === span.start && d.file === w.analysis.file);
  const ref = own ? undefined : model.references.find((r) => r.span.start === span.start);
  const decl = own ?? ref?.target;
  if (!decl) {
    if (ref) return { span, markdown: `${t('features.hover.notDeclared', { kind: kindWord(ref.kind), name: ref.name })}\n\n${ref.problem ?? ''}`.trim() };
    return undefined;
  }
  const md = describeDeclaration(w, decl);
  return md ? { span, markdown: md } : undefined;
}

function titleOf(node: { title?: A.Str }): string {
  return node.title ? ` — "${node.title.value}"` : '';
}

function describeDeclaration(w: Where, d: Declaration): string | undefined {
  switch (d.kind) {
    case 'party':
      return describeParty(w, d);
    case 'contact':
      return describeContact(d);
    case 'calendar':
      return describeCalendar(w, d);
    case 'service': {
      const svc = w.analysis.model.agreements.flatMap((a) => a.services).find((s) => s.node === d.node);
      return svc && describeService(w, svc);
    }
    case 'priority':
      return describePriority(w, d.node as A.Priority);
    case 'obligation':
      return describeObligation(w, d.node as A.Obligation);
    case 'kpi':
      return describeKpi(w, d.node as A.Kpi);
  }
}

function describeParty(w: Where, d: Declaration): string {
  const node = d.node as A.Party;
  const lines = [`${heading('party', d.name)}${titleOf(node)}`];
  for (const a of w.analysis.model.agreements) {
    const role = a.provider?.name === d.name ? 'provider' : a.customer?.name === d.name ? 'customer' : undefined;
    const explicit = a.obligations.filter((o) => o.party?.text === d.name);
    if (!role && explicit.length === 0) continue;
    const owes = summaryCounts(a).get(d.name) ?? 0;
    const title = a.node.title ? `"${a.node.title.value}"` : t('features.hover.party.theAgreement');
    const extra = owes - explicit.length;
    const how = extra > 0 ? t('features.hover.party.how', { explicit: explicit.length, extra }) : '';
    lines.push(t('features.hover.party.owes', { role: role ?? 'none', agreement: title, count: owes, how }));
    if (explicit.length) lines.push(explicit.map((o) => `- ${obligationLine(o)}`).join('\n'));
  }
  if (node.contacts.length) lines.push(`${t('features.hover.party.contacts')}\n${node.contacts.filter((c) => c.name).map((c) => `- ${contactLine(c)}`).join('\n')}`);
  return lines.join('\n\n');
}

/** "**party `Acme`**": the kind of a declaration and its name, bold. */
function heading(kind: string, name: string): string {
  return t('features.hover.heading', { kind: kindWord(kind), name });
}

function contactLine(c: A.Contact): string {
  const fields = c.fields.filter((f) => f.value).map((f) => `${f.field} ${f.value!.value}`);
  return `\`${c.name?.text ?? ''}\`${c.title ? ` "${c.title.value}"` : ''}${fields.length ? ` — ${fields.join(', ')}` : ''}`;
}

function describeContact(d: Declaration): string {
  const c = d.node as A.Contact;
  const lines = [`${heading('contact', d.name)}${titleOf(c)}`, t('features.hover.contact.of', { party: d.party?.name ?? '?' })];
  const fields = c.fields.filter((f) => f.value).map((f) => `- ${f.field}: ${f.value!.value}`);
  lines.push(fields.length ? fields.join('\n') : t('features.hover.contact.noFields'));
  return lines.join('\n\n');
}

function describeCalendar(w: Where, d: Declaration): string {
  const cal = d.node as A.Calendar;
  const resolved = w.analysis.facts.calendar(cal, w.agreement);
  // The hours as written, wherever the calendar is declared (also in an imported file), following calendar names.
  const hours = hoursOf(w, cal, new Set());
  const written = hours ? ` — ${hours}` : '';
  const timezone = timezoneOf(w, cal, new Set());
  const tz = timezone ? [t('features.hover.calendar.timezone', { timezone })] : [];
  return [`${heading('calendar', d.name)}${written}`, ...scheduleLines(w, resolved), ...tz].join('\n\n');
}

/** A calendar visible where the hover is: the agreement's own first, then the file's and imported ones. */
function calendarNamed(w: Where, name: string): A.Calendar | undefined {
  const own = w.agreement?.calendars.find((c) => c.name?.text === name);
  return own ?? (w.analysis.model.calendars.get(name)?.node as A.Calendar | undefined);
}

function windowText(win: A.Window): string {
  const days = win.from ? `${win.from.day}${win.to ? '-' + win.to.day : ''}` : '';
  const times = win.start && win.end ? `${win.start.text}-${win.end.text}` : '';
  return [days, times].filter(Boolean).join(' ');
}

/** `Mon-Fri 08:00-18:00`, `24x7`, or `Office (Mon-Fri 08:00-18:00)` for a calendar that names another. */
function hoursOf(w: Where, cal: A.Calendar, seen: Set<A.Calendar>): string | undefined {
  const s = cal.schedule;
  if (!s) return undefined;
  if (s.form === 'always') return s.text || '24x7';
  if (s.form === 'windows') return s.windows.map(windowText).filter(Boolean).join(', ') || undefined;
  seen.add(cal);
  const target = calendarNamed(w, s.ref.text);
  const inner = target && !seen.has(target) ? hoursOf(w, target, seen) : undefined;
  return inner ? `${s.ref.text} (${inner})` : s.ref.text;
}

/** The calendar's time zone, or that of the calendar it names. */
function timezoneOf(w: Where, cal: A.Calendar, seen: Set<A.Calendar>): string | undefined {
  if (cal.timezone) return cal.timezone.value;
  if (cal.schedule?.form !== 'ref') return undefined;
  seen.add(cal);
  const target = calendarNamed(w, cal.schedule.ref.text);
  return target && !seen.has(target) ? timezoneOf(w, target, seen) : undefined;
}

function describeService(w: Where, svc: ServiceModel): string {
  const sf = w.analysis.facts.service(svc);
  const lines = [`${heading('service', svc.name ?? '')}${titleOf(svc.node)}`];
  const facts: string[] = [];
  facts.push(
    svc.support
      ? t('features.hover.service.support', { calendar: calendarLabel(w, svc), hours: formatHours(sf.support.weekly.coveredMinutesPerWeek()) })
      : t('features.hover.service.noSupport'),
  );
  const budget = sf.budget;
  if (budget) {
    facts.push(
      t('features.hover.service.availability', {
        percent: formatPercent(budget.percent),
        period: periodWord(budget.period),
        budget: formatDuration(budget.minutes),
      }),
    );
  }
  const top = svc.priorities[0];
  facts.push(
    top
      ? t('features.hover.service.priorities', { count: svc.priorities.length, top: top.name?.text ?? '?' })
      : t('features.hover.service.noPriorities'),
  );
  facts.push(
    t(
      svc.emergency
        ? 'features.hover.service.emergency'
        : sf.alwaysSupported
          ? 'features.hover.service.noEmergencyAlways'
          : 'features.hover.service.noEmergency',
    ),
  );
  if (svc.kpis.length) facts.push(t('features.hover.service.kpis', { kpis: svc.kpis.map((k) => `\`${k.name?.text ?? '?'}\``).join(', ') }));
  lines.push(facts.join('\n'));
  return lines.join('\n\n');
}

function describePriority(w: Where, p: A.Priority): string | undefined {
  const svc = w.analysis.model.agreements.flatMap((a) => a.services).find((s) => s.priorities.includes(p));
  const lines = [`${heading('priority', p.name?.text ?? '')}${titleOf(p)}`];
  if (svc) {
    const i = svc.priorities.indexOf(p);
    const params = { n: i + 1, count: svc.priorities.length, service: svc.name ?? '' };
    lines.push(t(i === 0 ? 'features.hover.priority.top' : 'features.hover.priority.nth', params));
    const sf = w.analysis.facts.service(svc);
    const times: string[] = [];
    for (const kind of ['Respond', 'Resolve'] as const) {
      const c = priorityClause(p, kind);
      if (!c?.duration) continue;
      const nominal = sf.nominal(c.duration);
      const worst = sf.worstCase(c.duration);
      const params = {
        duration: c.duration.text,
        as: c.as ? t('features.hover.priority.as', { kind: c.as.value }) : '',
        nominal: formatMinutes(nominal),
        worst: worst > nominal ? t('features.hover.priority.worst', { worst: formatHours(worst) }) : '',
      };
      times.push(t(kind === 'Respond' ? 'features.hover.priority.respond' : 'features.hover.priority.resolve', params));
    }
    const clock = priorityClause(p, 'Clock');
    if (clock?.from) times.push(t('features.hover.priority.clock', { from: clock.from.value }));
    if (times.length) lines.push(times.join('\n'));
  }
  return lines.join('\n\n');
}

function obligationLine(o: A.Obligation): string {
  const name = o.name ? `\`${o.name.text}\`: ` : '';
  const kind = o.as ? t(o.as.value === 'result' ? 'features.hover.obligation.result' : 'features.hover.obligation.effort') : '';
  return `${name}${o.text ? `"${o.text.value}"` : t('features.hover.obligation.noText')}${kind}${timingText(o.timing)}`;
}

function timingText(timing: A.Timing | undefined): string {
  if (!timing) return '';
  if (timing.kind === 'Every') return timing.period ? t('features.hover.timing.every', { period: periodWord(timing.period.value) }) : '';
  if (timing.kind === 'Within') return timing.duration ? t('features.hover.timing.within', { duration: timing.duration.text }) : '';
  return timing.date ? t('features.hover.timing.by', { date: timing.date.text }) : '';
}

function describeObligation(w: Where, o: A.Obligation): string {
  const lines = [
    t('features.hover.obligation.heading', { kind: kindWord('obligation'), name: o.name?.text ?? '', party: o.party?.text ?? '?' }),
    obligationLine({ ...o, name: undefined }),
  ];
  if (o.as) lines.push(t(o.as.value === 'result' ? 'features.hover.obligation.resultNote' : 'features.hover.obligation.effortNote'));
  const dependents = w.analysis.model.agreements
    .flatMap((a) => a.services)
    .filter((s) => s.dependsOn.some((d) => d.obligation?.text === o.name?.text) && s.agreement.obligations.includes(o));
  if (dependents.length) {
    const services = dependents.map((s) => `\`${s.name ?? ''}\``).join(', ');
    lines.push(t('features.hover.obligation.dependents', { count: dependents.length, services }));
  }
  return lines.join('\n\n');
}

function describeKpi(w: Where, k: A.Kpi): string {
  const lines = [`${heading('kpi', k.name?.text ?? '')}${titleOf(k)}`];
  const items: string[] = [];
  for (const i of k.items) {
    if (i.kind === 'KpiFor' && i.service) items.push(t('features.hover.kpi.for', { service: i.service.text }));
    if (i.kind === 'Target' && i.value) {
      const target = t(i.period ? 'features.hover.kpi.targetPer' : 'features.hover.kpi.target', {
        direction: i.direction?.value === 'at least' ? 'least' : i.direction?.value === 'at most' ? 'most' : 'none',
        value: textOf(w, i.value.span),
        period: i.period ? periodWord(i.period.value) : undefined,
      });
      items.push(target);
    }
    if (i.kind === 'KpiMeasuredBy' && i.source) items.push(t('features.hover.kpi.measuredBy', { source: i.source.value }));
    if (i.kind === 'ReportedBy') {
      const params = { from: i.from?.text ?? '?', to: i.to?.text ?? '?', period: i.period ? periodWord(i.period.value) : undefined };
      items.push(t(i.period ? 'features.hover.kpi.reportedEvery' : 'features.hover.kpi.reported', params));
    }
  }
  if (items.length) lines.push(items.join('\n'));
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------
// Findings

/** The findings at a position: one line each (rule id and message), and their details for below. */
function findingsAt(analysis: Analysis, offset: number): (HoverResult & { details: string }) | undefined {
  const here = analysis.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (here.length === 0) return undefined;
  const lines = [...new Set(here.map((f) => `- **${f.ruleId}** ${oneLine(f.message)}`))];
  const details = [...new Set(here.map((f) => f.ruleId))].map((id) => {
    const rule = findRule(id);
    const name = here.find((f) => f.ruleId === id)!.ruleName;
    const why = rule ? ` — ${rule.why}` : '';
    const fixes = [...new Set(here.filter((f) => f.ruleId === id).flatMap((f) => f.fixes.map((x) => x.title)))];
    const fixText = fixes.length ? ` ${t('features.hover.fixes', { count: fixes.length, fixes: fixes.map((x) => `*${x}*`).join('; ') })}` : '';
    return `- \`${id} ${name}\`${why} [${t('features.hover.docs')}](${docsUrl(id)})${fixText}`;
  });
  const span = { start: Math.min(...here.map((f) => f.span.start)), end: Math.max(...here.map((f) => f.span.end)) };
  return { span, markdown: lines.join('\n'), details: `**${t('features.hover.details')}**\n\n${details.join('\n')}` };
}

/** A message on one line (a finding's message may wrap its related details). */
function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
