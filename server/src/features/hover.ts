// Hover: what the thing under the cursor means, in plain words and numbers.
//
// Keywords get their explanation (keywords.ts); availability percentages their
// downtime budget; durations their nominal and worst-case length; schedules
// and calendars their cover and longest gap; names a summary of what they
// declare. Every number comes from the analysis' Facts (LANGUAGE.md §5) and is
// formatted by semantics/format, so hovers agree with rule messages. When the
// position lies inside findings, each finding's rule, why and docs link follow.

import type { IToken } from 'chevrotain';
import type * as A from '../syntax/ast';
import { nodesAt } from '../syntax/walk';
import type { Analysis } from '../engine/analyze';
import type { AgreementModel, Declaration, ServiceModel } from '../semantics/model';
import { priorityClause, summaryCounts, termRange, type ResolvedSchedule } from '../semantics/facts';
import { formatDuration, formatGapSpan, formatHours, formatMinutes, formatPercent } from '../semantics/format';
import { longestGap } from '../semantics/schedule';
import { downtimeBudget, MINUTES_PER_DAY, nominalMinutes, PERIOD_DAYS } from '../semantics/time';
import { findRule } from '../rules/registry';
import { docsUrl } from '../rules/docs';
import { explainKeyword } from './keywords';

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

export function hover(analysis: Analysis, offset: number): HoverResult | undefined {
  const where = locate(analysis, offset);
  const main = explainAt(where);
  const findings = findingsAt(analysis, offset);
  if (!main && !findings) return undefined;
  const markdown = [main?.markdown, findings?.markdown].filter(Boolean).join('\n\n---\n\n');
  return { span: main?.span ?? findings!.span, markdown };
}

// ---------------------------------------------------------------------------
// Position

/** The token at `offset`: the one containing it, else the one ending right there. */
export function tokenAt(tokens: readonly IToken[], offset: number): IToken | undefined {
  let ending: IToken | undefined;
  for (const t of tokens) {
    const end = t.endOffset! + 1;
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
  return { start: t.startOffset, end: t.endOffset! + 1 };
}

function innermost<K extends string>(chain: Node[], kind: K): Node | undefined {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.kind === kind) return chain[i];
  return undefined;
}

// ---------------------------------------------------------------------------
// What is under the cursor

function explainAt(w: Where): HoverResult | undefined {
  const t = w.token;
  if (!t) return undefined;
  const type = t.tokenType.name;

  if (type === 'Identifier') return explainName(w, spanOf(t));

  const availability = innermost(w.chain, 'Availability') as A.Availability | undefined;
  const inValue = (n?: { span: A.Span }) => n && n.span.start <= w.offset && w.offset < n.span.end;
  if (availability && (inValue(availability.percent) || inValue(availability.period))) {
    const md = availabilityMarkdown(w, availability);
    if (md) return { span: { start: availability.percent?.span.start ?? t.startOffset, end: availability.period?.span.end ?? t.endOffset! + 1 }, markdown: md };
  }

  const duration = innermost(w.chain, 'Duration') as A.Duration | undefined;
  if (duration) return { span: duration.span, markdown: durationMarkdown(w, duration) };

  const schedule = innermost(w.chain, 'Schedule') as A.Schedule | undefined;
  if (schedule && schedule.form !== 'ref') {
    const resolved = w.analysis.facts.schedule(schedule, w.agreement);
    const label = textOf(w, schedule.span);
    return { span: schedule.span, markdown: `**Schedule \`${label}\`**\n\n${scheduleLines(w, resolved).join('\n\n')}` };
  }

  if (t.tokenType.CATEGORIES?.some((c) => c.name === 'Keyword')) {
    const clause = [...w.chain].reverse().find((n) => 'keyword' in n);
    const explained = explainKeyword(t.image, clause?.kind);
    if (explained) return { span: spanOf(t), markdown: `**${explained.title}**\n\n${explained.body}` };
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
  const over = perWeek === undefined ? '' : ` of support time (${formatHours(perWeek)} of support per week)`;
  const lines = [
    `**Availability ${formatPercent(percent)} per ${period}${duringSupport ? ' during support' : ''}**`,
    `${formatPercent(percent)} per ${period} allows **${formatDuration(budget(period))}** of downtime per ${period}${over}: ` +
      `(100 − ${formatPercent(percent)}) × ${PERIOD_DAYS[period]} days${perWeek === undefined ? '' : ' of support time'}.`,
    ['| per | allowed downtime |', '| --- | ---: |', ...PERIODS.map((p) => `| ${p === period ? `**${p}**` : p} | ${formatDuration(budget(p))} |`)].join('\n'),
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
    const note = d.business ? '\n\nNot tied to a service, so there are no support hours to count in: a business day counts as a whole day here.' : '';
    return `**${written} = ${formatMinutes(nominal)}${longForm(nominal)}**${note}`;
  }
  const sf = w.analysis.facts.service(w.service);
  const nominal = sf.nominal(d);
  if (!d.business) return `**${written} = ${formatMinutes(nominal)}${longForm(nominal)}**`;
  const worst = sf.worstCase(d);
  const lines = [`**${written} = ${formatMinutes(nominal)} of support time**`];
  if (!w.service.support) {
    lines.push(`Service \`${w.service.name ?? ''}\` has no \`support\` clause, so business time runs round the clock.`);
  } else {
    const cal = calendarLabel(w, w.service);
    lines.push(
      worst > nominal
        ? `Worst case **${formatHours(worst)}** on the clock (${cal}): business time stands still outside support hours.`
        : `Worst case ${formatHours(worst)} on the clock (${cal}): support never stops.`,
    );
    if (d.unit === 'day') lines.push(`One business day is the longest daily support window: ${formatMinutes(sf.businessDayMinutes)}.`);
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
  if (!s) return 'no support';
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
  const lines = [`**${formatHours(weekly.coveredMinutesPerWeek())}** of cover per week.`];
  if (r.always || weekly.isAlways()) lines.push('Round the clock: no gaps.');
  else {
    const dated = r.holidays && r.holidays.size > 0;
    const gap = longestGap([{ weekly, holidays: r.holidays }], dated ? termRange(w.agreement, w.analysis.facts.todayDate) : undefined, r.holidayNames);
    lines.push(`Longest gap: **${formatHours(gap.minutes)}** (${formatGapSpan(gap)}).`);
  }
  if (r.country) {
    lines.push(
      r.holidays
        ? `Public holidays of ${r.country} give no cover${w.agreement?.effective?.from?.valid ? ' (over the agreement\'s term)' : ''}.`
        : `Public holidays of "${r.country}" are not known, so they are ignored.`,
    );
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
    if (ref) return { span, markdown: `**${ref.kind} \`${ref.name}\`** (not declared)\n\n${ref.problem ?? ''}`.trim() };
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
  const lines = [`**party \`${d.name}\`**${titleOf(node)}`];
  for (const a of w.analysis.model.agreements) {
    const role = a.provider?.name === d.name ? 'provider' : a.customer?.name === d.name ? 'customer' : undefined;
    const explicit = a.obligations.filter((o) => o.party?.text === d.name);
    if (!role && explicit.length === 0) continue;
    const owes = summaryCounts(a).get(d.name) ?? 0;
    const title = a.node.title ? `"${a.node.title.value}"` : 'the agreement';
    const extra = owes - explicit.length;
    const how = extra > 0 ? ` (${explicit.length} explicit, ${extra} from services and reported KPIs)` : '';
    lines.push(`${role ? `${capital(role)} in` : 'In'} ${title}: owes **${owes}** obligation${owes === 1 ? '' : 's'}${how}.`);
    if (explicit.length) lines.push(explicit.map((o) => `- ${obligationLine(o)}`).join('\n'));
  }
  if (node.contacts.length) lines.push(`Contacts:\n${node.contacts.filter((c) => c.name).map((c) => `- ${contactLine(c)}`).join('\n')}`);
  return lines.join('\n\n');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function contactLine(c: A.Contact): string {
  const fields = c.fields.filter((f) => f.value).map((f) => `${f.field} ${f.value!.value}`);
  return `\`${c.name?.text ?? ''}\`${c.title ? ` "${c.title.value}"` : ''}${fields.length ? ` — ${fields.join(', ')}` : ''}`;
}

function describeContact(d: Declaration): string {
  const c = d.node as A.Contact;
  const lines = [`**contact \`${d.name}\`**${titleOf(c)}`, `Contact of party \`${d.party?.name ?? '?'}\`.`];
  const fields = c.fields.filter((f) => f.value).map((f) => `- ${f.field}: ${f.value!.value}`);
  lines.push(fields.length ? fields.join('\n') : 'No phone, e-mail or role given.');
  return lines.join('\n\n');
}

function describeCalendar(w: Where, d: Declaration): string {
  const cal = d.node as A.Calendar;
  const resolved = w.analysis.facts.calendar(cal, w.agreement);
  const written = cal.schedule && d.file === w.analysis.file ? ` — ${textOf(w, cal.schedule.span)}` : '';
  const tz = cal.timezone ? [`Time zone: ${cal.timezone.value}.`] : [];
  return [`**calendar \`${d.name}\`**${written}`, ...scheduleLines(w, resolved), ...tz].join('\n\n');
}

function describeService(w: Where, svc: ServiceModel): string {
  const sf = w.analysis.facts.service(svc);
  const lines = [`**service \`${svc.name ?? ''}\`**${titleOf(svc.node)}`];
  const facts: string[] = [];
  facts.push(svc.support ? `- support: ${calendarLabel(w, svc)} (${formatHours(sf.support.weekly.coveredMinutesPerWeek())} per week)` : '- no support hours');
  const budget = sf.budget;
  if (budget) facts.push(`- availability ${formatPercent(budget.percent)} per ${budget.period}: ${formatDuration(budget.minutes)} of downtime per ${budget.period}`);
  facts.push(`- ${svc.priorities.length} priorit${svc.priorities.length === 1 ? 'y' : 'ies'}${svc.priorities.length ? ` (top: \`${svc.priorities[0]!.name?.text ?? '?'}\`)` : ''}`);
  facts.push(svc.emergency ? '- emergency clause: yes' : sf.alwaysSupported ? '- emergency clause: none (support is round the clock)' : '- emergency clause: **none**');
  if (svc.kpis.length) facts.push(`- KPIs: ${svc.kpis.map((k) => `\`${k.name?.text ?? '?'}\``).join(', ')}`);
  lines.push(facts.join('\n'));
  return lines.join('\n\n');
}

function describePriority(w: Where, p: A.Priority): string | undefined {
  const svc = w.analysis.model.agreements.flatMap((a) => a.services).find((s) => s.priorities.includes(p));
  const lines = [`**priority \`${p.name?.text ?? ''}\`**${titleOf(p)}`];
  if (svc) {
    const i = svc.priorities.indexOf(p);
    lines.push(`Priority ${i + 1} of ${svc.priorities.length} of service \`${svc.name ?? ''}\`${i === 0 ? ' — the top priority (most urgent)' : ''}.`);
    const sf = w.analysis.facts.service(svc);
    const times: string[] = [];
    for (const kind of ['Respond', 'Resolve'] as const) {
      const c = priorityClause(p, kind);
      if (!c?.duration) continue;
      const nominal = sf.nominal(c.duration);
      const worst = sf.worstCase(c.duration);
      const as = c.as ? ` as ${c.as.value}` : '';
      times.push(`- ${kind.toLowerCase()} within ${c.duration.text}${as}: ${formatMinutes(nominal)}${worst > nominal ? ` (worst case ${formatHours(worst)} on the clock)` : ''}`);
    }
    const clock = priorityClause(p, 'Clock');
    if (clock?.from) times.push(`- clock from ${clock.from.value}`);
    if (times.length) lines.push(times.join('\n'));
  }
  return lines.join('\n\n');
}

function obligationLine(o: A.Obligation): string {
  const name = o.name ? `\`${o.name.text}\`: ` : '';
  const kind = o.as ? ` (${o.as.value === 'result' ? 'result obligation' : 'effort obligation'})` : '';
  return `${name}${o.text ? `"${o.text.value}"` : '(no text)'}${kind}${timingText(o.timing)}`;
}

function timingText(t: A.Timing | undefined): string {
  if (!t) return '';
  if (t.kind === 'Every') return t.period ? `, every ${t.period.value}` : '';
  if (t.kind === 'Within') return t.duration ? `, within ${t.duration.text}` : '';
  return t.date ? `, by ${t.date.text}` : '';
}

function describeObligation(w: Where, o: A.Obligation): string {
  const lines = [`**obligation \`${o.name?.text ?? ''}\`** of \`${o.party?.text ?? '?'}\``, obligationLine({ ...o, name: undefined })];
  if (o.as) lines.push(o.as.value === 'result' ? 'A result obligation (*resultaatverplichting*): the outcome itself is promised.' : 'An effort obligation (*inspanningsverplichting*): best effort is promised, not the outcome.');
  const dependents = w.analysis.model.agreements
    .flatMap((a) => a.services)
    .filter((s) => s.dependsOn.some((d) => d.obligation?.text === o.name?.text) && s.agreement.obligations.includes(o));
  if (dependents.length) lines.push(`Service${dependents.length > 1 ? 's' : ''} ${dependents.map((s) => `\`${s.name ?? ''}\``).join(', ')} depend${dependents.length > 1 ? '' : 's'} on it.`);
  return lines.join('\n\n');
}

function describeKpi(w: Where, k: A.Kpi): string {
  const lines = [`**KPI \`${k.name?.text ?? ''}\`**${titleOf(k)}`];
  const items: string[] = [];
  for (const i of k.items) {
    if (i.kind === 'KpiFor' && i.service) items.push(`- for service \`${i.service.text}\``);
    if (i.kind === 'Target' && i.value) items.push(`- target ${i.direction?.value ?? ''} ${textOf(w, i.value.span)}${i.period ? ` per ${i.period.value}` : ''}`.replace('  ', ' '));
    if (i.kind === 'KpiMeasuredBy' && i.source) items.push(`- measured by "${i.source.value}"`);
    if (i.kind === 'ReportedBy') items.push(`- reported by \`${i.from?.text ?? '?'}\` to \`${i.to?.text ?? '?'}\`${i.period ? ` every ${i.period.value}` : ''}`);
  }
  if (items.length) lines.push(items.join('\n'));
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------
// Findings

function findingsAt(analysis: Analysis, offset: number): HoverResult | undefined {
  const here = analysis.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
  if (here.length === 0) return undefined;
  const lines = here.map((f) => {
    const rule = findRule(f.ruleId);
    const why = rule ? ` — ${rule.why}` : '';
    return `**\`${f.ruleId} ${f.ruleName}\`**${why} [Docs](${docsUrl(f.ruleId)})`;
  });
  const span = { start: Math.min(...here.map((f) => f.span.start)), end: Math.max(...here.map((f) => f.span.end)) };
  return { span, markdown: [...new Set(lines)].join('\n\n') };
}
