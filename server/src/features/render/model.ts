// Builds the document model of a rendered agreement file from its Analysis:
// per agreement the key facts, the trust scorecard, the parties, every
// service (availability, support, weekly cover, priorities, escalation,
// emergencies, credits), measurement and reporting, the obligations of both
// parties side by side, and termination, change and review.
//
// Every number comes from semantics/ (Facts, ServiceFacts, coverage) and is
// formatted by semantics/format; every word comes from the `render` catalogue.

import * as path from 'node:path';
import type * as A from '../../syntax/ast';
import type { Analysis } from '../../engine/analyze';
import { getLocale, t } from '../../i18n/index';
import { priorityClause, summaryCounts, type ServiceFacts } from '../../semantics/facts';
import type { AgreementModel, Declaration, ServiceModel } from '../../semantics/model';
import { weekCoverage } from '../../semantics/coverage';
import { formatDuration, formatHours, formatNumber, formatPercent } from '../../semantics/format';
import { findRule } from '../../rules/registry';
import type { Family, Finding, Severity } from '../../rules/types';
import { SEVERITIES } from '../../rules/types';
import { chartLines, type CoverageChart } from './chart';
import type { Anchor, Block, Cell, Inline, Inlines, RenderedDocument, Row, Section } from './doc';
import { txt } from './doc';
import { dateWords, durationWords, everyPeriod, gapWords, perPeriod, scheduleWords } from './words';

const FAMILIES: readonly Family[] = ['over-promising', 'emergencies', 'balance', 'structure'];

/** A clause an element shows: the target of the scorecard's links. */
interface Clause {
  id: string;
  span: A.Span;
  label: string;
}

class Builder {
  readonly clauses: Clause[] = [];
  private readonly ids = new Set<string>();

  constructor(readonly analysis: Analysis) {}

  /** A unique element id from readable parts. */
  id(...parts: Array<string | number | undefined>): string {
    const base = parts
      .filter((p) => p !== undefined && p !== '')
      .map((p) => String(p).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, ''))
      .filter(Boolean)
      .join('-')
      .toLowerCase();
    let id = base || 'clause';
    for (let k = 2; this.ids.has(id); k++) id = `${base}-${k}`;
    this.ids.add(id);
    return id;
  }

  /** Registers an element that shows a clause of this file; returns its anchor. */
  clause(span: A.Span | undefined, label: string, ...idParts: Array<string | number | undefined>): Anchor {
    const id = this.id(...idParts);
    if (!span) return { id };
    this.clauses.push({ id, span, label });
    return { id, src: span };
  }

  /** The innermost registered clause containing `span` (the one a finding concerns). */
  clauseFor(span: A.Span, within: A.Span): Clause | undefined {
    let best: Clause | undefined;
    for (const c of this.clauses) {
      if (c.span.start < within.start || c.span.end > within.end) continue;
      if (c.span.start <= span.start && span.start < Math.max(c.span.end, c.span.start + 1)) {
        if (!best || c.span.end - c.span.start <= best.span.end - best.span.start) best = c;
      }
    }
    return best;
  }

  /** A declaration's span, only when it lies in the rendered file (offsets of other files mean nothing here). */
  localSpan(d: Declaration | undefined, node?: { span: A.Span }): A.Span | undefined {
    if (!d || d.file !== this.analysis.file) return undefined;
    return (node ?? d.node).span;
  }
}

/** "Workplace › Priorities › P1": where a clause appears, as the reader finds it. */
function crumbs(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => !!p).join(' › ');
}

// ---------------------------------------------------------------------------
// Parties and contacts

function partyTitle(b: Builder, name: string | undefined): string {
  if (!name) return t('render.facts.notStated');
  const d = b.analysis.model.parties.get(name);
  const title = (d?.node as A.Party | undefined)?.title?.value;
  return title ? `${title} (${name})` : name;
}

function shortParty(b: Builder, name: string | undefined): string {
  if (!name) return t('render.facts.notStated');
  const title = ((b.analysis.model.parties.get(name)?.node as A.Party | undefined)?.title?.value ?? '').trim();
  return title || name;
}

function contactField(c: A.Contact | undefined, field: A.ContactFieldName): string | undefined {
  return c?.fields.find((f) => f.field === field)?.value?.value;
}

interface ResolvedContact {
  contact?: A.Contact;
  party?: string;
  label: string;
}

function resolveContact(b: Builder, ref: A.ContactRef | undefined): ResolvedContact {
  if (!ref?.contact) return { label: t('render.facts.notStated') };
  const target = b.analysis.facts.targetAt(ref.contact.span);
  const contact = target?.node.kind === 'Contact' ? (target.node as A.Contact) : undefined;
  const partyName = target?.party?.name ?? ref.party?.text;
  const title = contact?.title?.value;
  const who = title ? `${title} (${ref.contact.text})` : ref.contact.text;
  const label = partyName ? t('render.contact.of', { who, party: shortParty(b, partyName) }) : who;
  return { contact, party: partyName, label };
}

function partiesSection(b: Builder, a: AgreementModel, prefix: string): Section {
  const children: Block[] = [];
  const roles: Array<[Declaration | undefined, A.Name | undefined, 'provider' | 'customer']> = [
    [a.provider, a.providerClause?.party, 'provider'],
    [a.customer, a.customerClause?.party, 'customer'],
  ];
  for (const [decl, name, role] of roles) {
    if (!name) continue;
    const roleWord = t(`render.parties.role.${role}`);
    if (!decl) {
      children.push({ kind: 'paragraph', content: [txt(t('render.parties.unknown', { name: name.text }))] });
      continue;
    }
    const party = decl.node as A.Party;
    const title = party.title?.value ?? decl.name;
    const anchor = b.clause(b.localSpan(decl), title, prefix, 'party', decl.name);
    const rows: Row[] = party.contacts.map((c) => ({
      ...(b.analysis.file === decl.file ? { src: c.span } : {}),
      cells: [
        { content: [txt(c.title?.value ?? c.name?.text ?? '')] },
        { content: [txt(contactField(c, 'role') ?? '')] },
        { content: [{ text: contactField(c, 'phone') ?? '', keep: true }] },
        { content: [txt(contactField(c, 'email') ?? '')] },
      ],
    }));
    const sub: Block[] = rows.length
      ? [
          {
            kind: 'table',
            caption: t('render.contacts.caption', { party: title }),
            columns: [
              { label: t('render.contacts.name') },
              { label: t('render.contacts.role') },
              { label: t('render.contacts.phone') },
              { label: t('render.contacts.email') },
            ],
            rowHeaders: true,
            rows,
          },
        ]
      : [{ kind: 'paragraph', content: [txt(t('render.parties.noContacts'))] }];
    children.push({ kind: 'section', ...anchor, title: [txt(t('render.parties.heading', { title: `${title} (${decl.name})`, role: roleWord }))], children: sub });
  }
  return { kind: 'section', id: b.id(prefix, 'parties'), title: [txt(t('render.parties.title'))], children };
}

// ---------------------------------------------------------------------------
// Services

function serviceLabel(svc: ServiceModel): string {
  const title = svc.node.title?.value;
  const name = svc.name ?? '';
  return title ? t('render.service.heading', { title, name }) : name || t('render.facts.notStated');
}

function budgetWords(sf: ServiceFacts): string | undefined {
  const budget = sf.budget;
  if (!budget) return undefined;
  return t('render.budget.per', { budget: formatDuration(budget.minutes), period: perPeriod(budget.period) });
}

function supportWords(sf: ServiceFacts): string {
  if (!sf.svc.support) return t('render.support.none');
  const parts = [scheduleWords(sf.support.weekly)];
  const zone = sf.support.calendar?.timezone?.value;
  if (zone) parts.push(t('render.support.timezone', { zone }));
  if (sf.support.country) {
    const inTerm = sf.support.holidays ? [...sf.support.holidays].filter((d) => d >= sf.range.from && d <= sf.range.to).length : undefined;
    parts.push(
      inTerm === undefined
        ? t('render.support.holidays', { country: sf.support.country })
        : t('render.support.holidaysInTerm', { country: sf.support.country, n: inTerm }),
    );
  }
  return parts.join(', ');
}

function availabilityLines(sf: ServiceFacts): Inlines[] {
  const a = sf.svc.availability;
  const budget = sf.budget;
  if (!a || !budget) return [[txt(t('render.availability.none'))]];
  const lines: Inlines[] = [
    [
      {
        text: t('render.availability.promise', {
          percent: formatPercent(budget.percent),
          period: perPeriod(budget.period),
          budget: budgetWords(sf) ?? '',
        }),
        strong: true,
      },
    ],
  ];
  if (budget.duringSupport) lines.push([txt(t('render.availability.duringSupport', { hours: formatHours(sf.support.weekly.coveredMinutesPerWeek()) }))]);
  const measured = a.options.find((o): o is Extract<A.AvailOption, { kind: 'MeasuredBy' }> => o.kind === 'MeasuredBy');
  lines.push([txt(measured?.source ? t('render.availability.measuredBy', { source: measured.source.value }) : t('render.availability.notMeasured'))]);
  const max = a.options.find((o): o is Extract<A.AvailOption, { kind: 'MaxDowntime' }> => o.kind === 'MaxDowntime');
  if (max?.duration) lines.push([txt(t('render.availability.maxDowntime', { duration: durationWords(max.duration) }))]);
  const counted = a.options.find((o): o is Extract<A.AvailOption, { kind: 'DowntimeCountedFrom' }> => o.kind === 'DowntimeCountedFrom');
  if (counted?.from) lines.push([txt(t('render.availability.countedFrom', { from: counted.from.value }))]);
  return lines;
}

function maintenanceLines(sf: ServiceFacts, maintenance: ReturnType<typeof weekCoverage>['maintenance']): Inlines[] {
  const m = sf.svc.maintenance;
  if (!m) return [[txt(t('render.maintenance.none'))]];
  const hours = scheduleWords(maintenance);
  const first = m.notice ? t('render.maintenance.when', { hours, notice: durationWords(m.notice) }) : t('render.maintenance.noNotice', { hours });
  const lines: Inlines[] = [[txt(first)]];
  if (sf.svc.availability) {
    const excluded = sf.svc.availability.options.some((o) => o.kind === 'ExcludingMaintenance');
    lines.push([txt(excluded ? t('render.maintenance.excluded') : t('render.maintenance.counted'))]);
  }
  return lines;
}

function capacityLines(b: Builder, svc: ServiceModel): Inlines[] | undefined {
  const c = svc.capacity;
  if (!c?.text) return undefined;
  return [[txt(c.buyer ? t('render.capacity.text', { text: c.text.value, buyer: shortParty(b, c.buyer.text) }) : t('render.capacity.noBuyer', { text: c.text.value }))]];
}

function dependsLines(b: Builder, svc: ServiceModel): Inlines[] | undefined {
  const lines = svc.dependsOn
    .filter((d) => d.obligation)
    .map((d): Inlines => {
      const target = b.analysis.facts.targetAt(d.obligation!.span);
      const o = target?.node.kind === 'Obligation' ? (target.node as A.Obligation) : undefined;
      if (!o) return [txt(t('render.dependsOn.unknown', { name: d.obligation!.text }))];
      return [txt(t('render.dependsOn.item', { name: d.obligation!.text, text: o.text?.value ?? '', party: shortParty(b, o.party?.text) }))];
    });
  return lines.length ? lines : undefined;
}

function kindText(kind: A.ObligationKind | undefined): Inline {
  const value = kind?.value ?? 'none';
  return { text: t('render.kind', { kind: value }), badge: value === 'result' ? 'result' : value === 'effort' ? 'effort' : 'neutral' };
}

function timedText(sf: ServiceFacts, d: A.Duration | undefined): string {
  if (!d) return t('render.facts.notStated');
  const written = durationWords(d);
  if (!d.business) return written;
  const worst = sf.worstCase(d);
  return worst > sf.nominal(d) ? t('render.priorities.business', { duration: written, worst: formatDuration(worst) }) : written;
}

function prioritiesBlock(b: Builder, sf: ServiceFacts, prefix: string): Block[] {
  const svc = sf.svc;
  if (svc.priorities.length === 0) return [{ kind: 'paragraph', content: [txt(t('render.priorities.none'))] }];
  const rows: Row[] = svc.priorities.map((p) => {
    const respond = priorityClause(p, 'Respond');
    const resolve = priorityClause(p, 'Resolve');
    const clock = priorityClause(p, 'Clock');
    const kinds: Inlines =
      respond?.as && resolve?.as && respond.as.value !== resolve.as.value
        ? [txt(t('render.kind.both', { respond: t('render.kind', { kind: respond.as.value }), resolve: t('render.kind', { kind: resolve.as.value }) }))]
        : [kindText(resolve?.as ?? respond?.as)];
    return {
      ...b.clause(p.span, crumbs(svc.name, `${t('render.priorities.priority')} ${p.name?.text ?? ''}`), prefix, 'priority', p.name?.text),
      cells: [
        { content: [txt(p.name?.text ?? '')] },
        { content: [txt(p.title?.value ?? '')] },
        { content: [txt(timedText(sf, respond?.duration))] },
        { content: [txt(timedText(sf, resolve?.duration))] },
        { content: [txt(t('render.clock', { from: clock?.from?.value ?? 'none' }))] },
        { content: kinds },
      ],
    };
  });
  return [
    {
      kind: 'table',
      caption: t('render.priorities.caption', { service: svc.node.title?.value ?? svc.name ?? '' }),
      columns: [
        { label: t('render.priorities.priority') },
        { label: t('render.priorities.description') },
        { label: t('render.priorities.respond') },
        { label: t('render.priorities.resolve') },
        { label: t('render.priorities.clock') },
        { label: t('render.priorities.kind') },
      ],
      rowHeaders: true,
      rows,
      className: 'priorities',
    },
  ];
}

function escalationBlock(b: Builder, svc: ServiceModel, prefix: string): Block[] {
  const e = svc.escalation;
  if (!e) return [{ kind: 'paragraph', content: [txt(t('render.escalation.none'))] }];
  const rows: Row[] = e.levels.map((l) => {
    const who = resolveContact(b, l.contact);
    const phone = contactField(who.contact, 'phone');
    const email = contactField(who.contact, 'email');
    const after = l.after ? (l.after.amount === 0 ? t('render.escalation.start') : durationWords(l.after)) : t('render.facts.notStated');
    return {
      ...b.clause(l.span, crumbs(svc.name, t('render.escalation.title'), `${t('render.escalation.level')} ${l.number?.text ?? ''}`), prefix, 'level', l.number?.text),
      cells: [
        { content: [txt(l.number?.text ?? '')] },
        { content: [txt(who.label)] },
        { content: [txt(after)] },
        { content: [{ text: phone ?? '', keep: true }, txt(phone && email ? ', ' : ''), txt(email ?? '')] },
      ],
    };
  });
  return [
    {
      kind: 'table',
      ...b.clause(e.span, crumbs(svc.name, t('render.escalation.title')), prefix, 'escalation'),
      caption: t('render.escalation.caption', { service: svc.node.title?.value ?? svc.name ?? '' }),
      columns: [{ label: t('render.escalation.level') }, { label: t('render.escalation.who') }, { label: t('render.escalation.after') }, { label: t('render.escalation.reach') }],
      rowHeaders: true,
      rows,
    },
  ];
}

function emergencyBlock(b: Builder, sf: ServiceFacts, prefix: string): Block[] {
  const e = sf.svc.emergency;
  if (!e) {
    const text = sf.alwaysSupported ? t('render.emergency.covered24x7') : t('render.emergency.none');
    return [{ kind: 'paragraph', content: [txt(text)] }];
  }
  const items: Array<{ content: Inlines } & Anchor> = [];
  for (const r of e.items) {
    if (r.kind === 'Reachable') {
      const schedule = b.analysis.facts.schedule(r.schedule, sf.svc.agreement).weekly;
      const who = resolveContact(b, r.contact);
      const channel = r.channel?.value ?? 'phone';
      let how: string;
      if (channel === 'phone') {
        const phone = contactField(who.contact, 'phone');
        how = phone ? t('render.emergency.how.phone', { who: who.label, phone }) : t('render.emergency.how.noPhone', { who: who.label });
      } else if (channel === 'email') {
        const address = contactField(who.contact, 'email');
        how = address ? t('render.emergency.how.email', { who: who.label, address }) : t('render.emergency.how.noEmail', { who: who.label });
      } else {
        how = t('render.emergency.how.other', { who: who.label, channel });
      }
      const outside = schedule.minus(sf.support.weekly);
      const text = schedule.isAlways()
        ? t('render.emergency.always', { how })
        : outside.isEmpty()
          ? t('render.emergency.within', { hours: scheduleWords(schedule), how })
          : t('render.emergency.outside', { hours: scheduleWords(outside), how });
      items.push({ src: r.span, content: [txt(text)] });
    } else if (r.kind === 'EmergencyRespond') {
      items.push({ src: r.span, content: [{ text: r.duration ? t('render.emergency.respond', { duration: durationWords(r.duration) }) : t('render.emergency.noRespond'), strong: true }] });
    } else if (r.kind === 'Precondition' && r.text) {
      items.push({ src: r.span, content: [txt(t('render.emergency.precondition', { text: r.text.value }))] });
    } else if (r.kind === 'Afterwards' && r.text) {
      items.push({ src: r.span, content: [txt(t('render.emergency.afterwards', { text: r.text.value }))] });
    }
  }
  if (!e.items.some((i) => i.kind === 'EmergencyRespond')) items.push({ content: [txt(t('render.emergency.noRespond'))] });
  return [{ kind: 'list', ...b.clause(e.span, crumbs(sf.svc.name, t('render.emergency.title')), prefix, 'emergency'), className: 'emergency', items }];
}

function creditsBlock(b: Builder, svc: ServiceModel, prefix: string): Block[] {
  const c = svc.credits;
  if (!c) return [{ kind: 'paragraph', content: [txt(t('render.credits.none'))] }];
  const anchor = b.clause(c.span, crumbs(svc.name, t('render.credits.title')), prefix, 'credits');
  const rows: Row[] = c.items
    .filter((i): i is A.Below => i.kind === 'Below')
    .map((i) => ({
      src: i.span,
      cells: [
        { content: [txt(i.threshold ? formatPercent(i.threshold.value) : t('render.facts.notStated'))] },
        { content: [txt(i.credit ? formatPercent(i.credit.value) : t('render.facts.notStated'))] },
      ],
    }));
  const blocks: Block[] = [];
  if (rows.length) {
    blocks.push({
      kind: 'table',
      ...anchor,
      caption: t('render.credits.caption', { service: svc.node.title?.value ?? svc.name ?? '' }),
      columns: [{ label: t('render.credits.below'), numeric: true }, { label: t('render.credits.credit'), numeric: true }],
      rowHeaders: true,
      rows,
      className: 'compact',
    });
  }
  const notes: Array<{ content: Inlines } & Anchor> = [];
  for (const i of c.items) {
    if (i.kind === 'Cap' && i.percent) notes.push({ src: i.span, content: [txt(t('render.credits.cap', { percent: formatPercent(i.percent.value) }))] });
    if (i.kind === 'Claim' && i.duration) notes.push({ src: i.span, content: [txt(t('render.credits.claim', { duration: durationWords(i.duration) }))] });
    if (i.kind === 'SoleRemedy') notes.push({ src: i.span, content: [txt(t('render.credits.sole'))] });
  }
  if (notes.length) blocks.push({ kind: 'list', ...(rows.length ? {} : anchor), items: notes });
  return blocks;
}

interface ServiceSummary {
  svc: ServiceModel;
  sf: ServiceFacts;
  id: string;
}

function serviceSection(b: Builder, svc: ServiceModel, prefix: string, summaries: ServiceSummary[]): Section {
  const sf = b.analysis.facts.service(svc);
  const coverage = weekCoverage(b.analysis.facts, sf);
  const label = serviceLabel(svc);
  const anchor = b.clause(svc.node.span, svc.name ?? label, prefix, 'service', svc.name);
  const sp = `${prefix}-${svc.name ?? 'service'}`;
  summaries.push({ svc, sf, id: anchor.id! });

  const children: Block[] = [];
  if (svc.node.title?.value) children.push({ kind: 'paragraph', content: [txt(t('render.service.delivered', { description: svc.node.title.value }))], className: 'lead' });

  const facts: Array<{ label: string; value: Inlines[] } & Anchor> = [];
  facts.push({ label: t('render.service.availability'), value: availabilityLines(sf), ...(svc.availability ? b.clause(svc.availability.span, crumbs(svc.name, t('render.service.availability')), sp, 'availability') : {}) });
  facts.push({ label: t('render.service.support'), value: [[txt(supportWords(sf))]], ...(svc.support ? b.clause(svc.support.span, crumbs(svc.name, t('render.service.support')), sp, 'support') : {}) });
  facts.push({ label: t('render.service.maintenance'), value: maintenanceLines(sf, coverage.maintenance), ...(svc.maintenance ? b.clause(svc.maintenance.span, crumbs(svc.name, t('render.service.maintenance')), sp, 'maintenance') : {}) });
  const capacity = capacityLines(b, svc);
  if (capacity && svc.capacity) facts.push({ label: t('render.service.capacity'), value: capacity, ...b.clause(svc.capacity.span, crumbs(svc.name, t('render.service.capacity')), sp, 'capacity') });
  const depends = dependsLines(b, svc);
  if (depends) facts.push({ label: t('render.service.dependsOn'), value: depends, ...b.clause(svc.dependsOn[0]!.span, crumbs(svc.name, t('render.service.dependsOn')), sp, 'depends') });
  children.push({ kind: 'section', title: [txt(t('render.service.terms'))], children: [{ kind: 'facts', rows: facts }] });

  const gap = coverage.longestGap;
  const lines = chartLines(coverage, gap ? gapWords(gap) : undefined);
  const dated = sf.gap(true);
  if ('from' in dated && gap && dated.minutes > gap.minutes) lines.push(t('render.chart.longestDated', { gap: gapWords(dated) }));
  const chart: CoverageChart = { id: b.id(sp, 'chart'), service: svc.node.title?.value ?? svc.name ?? '', coverage, lines };
  children.push({ kind: 'section', title: [txt(t('render.chart.title'))], children: [{ kind: 'chart', chart }] });

  children.push({ kind: 'section', title: [txt(t('render.priorities.title'))], children: [...prioritiesBlock(b, sf, sp), ...(svc.priorities.length ? [{ kind: 'note', content: [txt(t('render.kind.explain'))] } as Block] : [])] });
  children.push({ kind: 'section', title: [txt(t('render.escalation.title'))], children: escalationBlock(b, svc, sp) });
  children.push({ kind: 'section', title: [txt(t('render.emergency.title'))], children: emergencyBlock(b, sf, sp) });
  children.push({ kind: 'section', title: [txt(t('render.credits.title'))], children: creditsBlock(b, svc, sp) });
  return { kind: 'section', ...anchor, className: 'service', title: [txt(label)], children };
}

// ---------------------------------------------------------------------------
// KPIs, obligations, terms

function kpiSection(b: Builder, a: AgreementModel, prefix: string): Section {
  const rows: Row[] = a.kpis.map((k) => {
    const forService = k.items.find((i): i is A.KpiFor => i.kind === 'KpiFor')?.service?.text;
    const svc = a.services.find((s) => s.name === forService);
    const target = k.items.find((i): i is A.Target => i.kind === 'Target');
    const measured = k.items.find((i): i is A.KpiMeasuredBy => i.kind === 'KpiMeasuredBy');
    const reported = k.items.filter((i): i is A.ReportedBy => i.kind === 'ReportedBy');
    let targetText = t('render.facts.notStated');
    if (target?.value) {
      const v = target.value;
      const value = v.kind === 'Percent' ? formatPercent(v.value) : v.kind === 'Duration' ? durationWords(v) : formatNumber(v.value);
      targetText = t('render.kpis.direction', {
        direction: target.direction?.value === 'at most' ? 'most' : 'least',
        value,
        period: target.period ? perPeriod(target.period.value) : '',
      }).trim();
    }
    return {
      ...b.clause(k.span, crumbs(t('render.kpis.title'), k.name?.text ?? k.title?.value), prefix, 'kpi', k.name?.text),
      cells: [
        { content: [txt(k.title?.value ?? k.name?.text ?? '')], details: k.name ? [[txt(k.name.text)]] : undefined },
        { content: [txt(svc ? (svc.node.title?.value ?? svc.name ?? '') : (forService ?? ''))] },
        { content: [txt(targetText)] },
        { content: [txt(measured?.source?.value ?? t('render.facts.notStated'))] },
        {
          content: [
            txt(
              reported.length
                ? reported
                    .map((r) => t('render.kpis.report', { from: shortParty(b, r.from?.text), to: shortParty(b, r.to?.text), period: r.period ? everyPeriod(r.period.value) : '' }).trim())
                    .join(t('render.list.sep'))
                : t('render.facts.notStated'),
            ),
          ],
        },
      ],
    };
  });
  const children: Block[] = rows.length
    ? [
        {
          kind: 'table',
          caption: t('render.kpis.caption'),
          columns: [
            { label: t('render.kpis.kpi') },
            { label: t('render.kpis.service') },
            { label: t('render.kpis.target') },
            { label: t('render.kpis.measured') },
            { label: t('render.kpis.reported') },
          ],
          rowHeaders: true,
          rows,
        },
      ]
    : [{ kind: 'paragraph', content: [txt(t('render.kpis.none'))] }];
  return { kind: 'section', id: b.id(prefix, 'kpis'), title: [txt(t('render.kpis.title'))], children };
}

function timingText(o: A.Obligation): string {
  const tm = o.timing;
  if (!tm) return t('render.timing.none');
  if (tm.kind === 'Every') return tm.period ? everyPeriod(tm.period.value) : t('render.timing.none');
  if (tm.kind === 'Within') return tm.duration ? t('render.timing.within', { duration: durationWords(tm.duration) }) : t('render.timing.none');
  return tm.date ? t('render.timing.by', { date: dateWords(tm.date) }) : t('render.timing.none');
}

function obligationCell(b: Builder, o: A.Obligation | undefined, prefix: string): Cell {
  if (!o) return { content: [] };
  const anchor = b.clause(o.span, crumbs(t('render.obligations.title'), shortParty(b, o.party?.text), o.name?.text), prefix, 'obligation', o.name?.text);
  return {
    ...anchor,
    content: [txt(o.text?.value ?? '')],
    details: [[kindText(o.as), txt(` · ${timingText(o)}`)]],
  };
}

function obligationsSection(b: Builder, a: AgreementModel, prefix: string): Section {
  const order = [a.providerClause?.party?.text, a.customerClause?.party?.text].filter((n): n is string => !!n);
  for (const o of a.obligations) if (o.party && !order.includes(o.party.text)) order.push(o.party.text);
  const unique = [...new Set(order)];
  const byParty = unique.map((p) => a.obligations.filter((o) => o.party?.text === p));
  const depth = Math.max(0, ...byParty.map((l) => l.length));
  const children: Block[] = [{ kind: 'paragraph', content: [txt(t('render.obligations.intro'))] }];
  if (unique.length) {
    const rows: Row[] = [];
    for (let k = 0; k < depth; k++) rows.push({ cells: byParty.map((list) => obligationCell(b, list[k], prefix)) });
    if (depth === 0) rows.push({ cells: unique.map(() => ({ content: [txt(t('render.obligations.none'))] })) });
    else byParty.forEach((list, col) => list.length === 0 && (rows[0]!.cells[col] = { content: [txt(t('render.obligations.none'))] }));
    children.push({
      kind: 'table',
      caption: t('render.obligations.caption'),
      columns: unique.map((p, col) => ({ label: t('render.obligations.column', { party: shortParty(b, p), n: byParty[col]!.length }) })),
      rowHeaders: false,
      rows,
      className: 'side-by-side',
    });
    children.push({ kind: 'note', content: [txt(t('render.kind.explain'))] });
  }
  if (a.remedies.length) {
    children.push({
      kind: 'section',
      title: [txt(t('render.remedies.title'))],
      children: [
        {
          kind: 'list',
          items: a.remedies.map((r) => ({
            ...b.clause(r.span, t('render.remedies.title'), prefix, 'remedy'),
            content: [txt(t('render.remedies.item', { from: shortParty(b, r.from?.text), to: shortParty(b, r.to?.text), text: r.text?.value ?? '' }))],
          })),
        },
      ],
    });
  }
  return { kind: 'section', id: b.id(prefix, 'obligations'), title: [txt(t('render.obligations.title'))], children };
}

function termsSection(b: Builder, a: AgreementModel, prefix: string): Section {
  const items: Array<{ content: Inlines } & Anchor> = [];
  for (const term of a.terminations) {
    const party = shortParty(b, term.party?.text);
    items.push({
      ...b.clause(term.span, t('render.terms.title'), prefix, 'termination', term.party?.text),
      content: [txt(term.notice ? t('render.terms.termination', { party, notice: durationWords(term.notice) }) : t('render.terms.terminationNoNotice', { party }))],
    });
  }
  if (a.terminations.length === 0) items.push({ content: [txt(t('render.terms.noTermination'))] });
  const change = a.changes[0];
  if (change) {
    const notice = change.notice ? durationWords(change.notice) : 'none';
    const text =
      change.by?.kind === 'Name'
        ? t('render.terms.changeOne', { party: shortParty(b, change.by.text), notice })
        : t('render.terms.changeBoth', { notice });
    items.push({ ...b.clause(change.span, t('render.terms.title'), prefix, 'change'), content: [txt(text)] });
  } else items.push({ content: [txt(t('render.terms.noChange'))] });
  const review = a.reviews[0];
  if (review) {
    const period = review.period ? everyPeriod(review.period.value) : '';
    const text =
      review.by?.kind === 'Name'
        ? t('render.terms.reviewOne', { party: shortParty(b, review.by.text), period })
        : review.by
          ? t('render.terms.reviewBoth', { period })
          : t('render.terms.reviewNobody', { period });
    items.push({ ...b.clause(review.span, t('render.terms.title'), prefix, 'review'), content: [txt(text)] });
  } else items.push({ content: [txt(t('render.terms.noReview'))] });
  return { kind: 'section', id: b.id(prefix, 'terms'), title: [txt(t('render.terms.title'))], children: [{ kind: 'list', items }] };
}

// ---------------------------------------------------------------------------
// Scorecard

function familyOf(f: Finding): Family {
  return findRule(f.ruleId)?.family ?? 'structure';
}

function scorecard(b: Builder, a: AgreementModel, prefix: string, services: ServiceSummary[]): Section {
  const span = a.node.span;
  const findings = b.analysis.findings.filter((f) => f.file === b.analysis.file && f.span.start >= span.start && f.span.start < span.end);
  const children: Block[] = [];
  if (findings.length === 0) children.push({ kind: 'paragraph', className: 'verdict', content: [{ text: t('render.score.clean'), strong: true }] });
  else {
    const detail = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => t('render.score.severityCount', { severity, n }))
      .join(', ');
    children.push({ kind: 'paragraph', className: 'verdict', content: [{ text: t('render.score.summary', { n: findings.length, detail }), strong: true }] });
  }

  // Promises per service.
  if (services.length) {
    const rows: Row[] = services.map(({ svc, sf, id }) => {
      const coverage = weekCoverage(b.analysis.facts, sf);
      const gap = sf.gap(true);
      const budget = sf.budget;
      return {
        cells: [
          { content: [{ text: svc.name ?? '', href: id }] },
          { content: [txt(budget ? `${formatPercent(budget.percent)} ${perPeriod(budget.period)}` : t('render.score.noBudget'))] },
          { content: [txt(budget ? t('render.score.budget', { budget: formatDuration(budget.minutes), period: perPeriod(budget.period) }) : '—')] },
          { content: [txt(gap.minutes > 0 ? gapWords(gap) : t('render.score.noGap'))] },
          {
            content: [
              txt(
                svc.emergency
                  ? t('render.score.emergency.clause')
                  : sf.alwaysSupported || coverage.uncovered.isEmpty()
                    ? t('render.score.emergency.support')
                    : t('render.score.emergency.none'),
              ),
            ],
          },
        ],
      };
    });
    children.push({
      kind: 'table',
      caption: t('render.score.services'),
      columns: [
        { label: t('render.score.col.service') },
        { label: t('render.score.col.availability') },
        { label: t('render.score.col.budget') },
        { label: t('render.score.col.gap') },
        { label: t('render.score.col.emergency') },
      ],
      rowHeaders: true,
      rows,
    });
  }

  // Obligations per party.
  const counts = summaryCounts(a);
  const order = [a.provider?.name, a.customer?.name].filter((n): n is string => !!n);
  for (const n of counts.keys()) if (!order.includes(n)) order.push(n);
  if (order.length) {
    children.push({
      kind: 'table',
      caption: t('render.score.parties'),
      columns: [{ label: t('render.score.col.party') }, { label: t('render.score.col.obligations'), numeric: true }],
      rowHeaders: true,
      rows: order.map((n) => ({ cells: [{ content: [txt(shortParty(b, n))] }, { content: [txt(t('render.score.obligationCount', { n: counts.get(n) ?? 0 }))] }] })),
      className: 'compact',
    });
    children.push({ kind: 'note', content: [txt(t('render.score.partiesNote'))] });
  }

  // Findings per family: a tile each, then the findings of the families that have any.
  const severityDetail = (list: readonly Finding[]) =>
    SEVERITIES.map((s) => [s, list.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => t('render.score.severityCount', { severity, n }))
      .join(', ');
  const shown = FAMILIES.filter((family) => family !== 'structure' || findings.some((f) => familyOf(f) === family));
  children.splice(1, 0, {
    kind: 'figures',
    label: t('render.score.themes'),
    items: shown.map((family) => {
      const list = findings.filter((f) => familyOf(f) === family);
      return {
        value: formatNumber(list.length, 0),
        label: t(`render.score.family.${family}` as 'render.score.family.balance'),
        note: list.length ? severityDetail(list) : t('render.score.nothingShort'),
        tone: list.some((f) => f.severity === 'error') ? 'bad' : list.length ? 'warn' : 'ok',
      };
    }),
  });
  for (const family of shown) {
    const list = findings.filter((f) => familyOf(f) === family);
    if (list.length === 0) continue;
    const familyName = t(`render.score.family.${family}` as 'render.score.family.balance');
    const items = list.map((f) => {
      const clause = b.clauseFor(f.span, span);
      const content: Inlines = [{ text: t(`render.score.severity.${f.severity}` as 'render.score.severity.error'), badge: f.severity as Severity }, txt(' ')];
      content.push(clause ? { text: f.message, href: clause.id, target: clause.label, ticks: true } : { text: f.message, ticks: true });
      content.push({ text: ` (${f.ruleId})`, em: true });
      return { src: f.span, content };
    });
    const body: Block[] = [{ kind: 'list', className: 'findings', items }];
    children.push({
      kind: 'section',
      className: `family family-${family}`,
      title: [txt(t('render.score.familyCount', { family: familyName, n: list.length }))],
      children: body,
    });
  }
  return { kind: 'section', id: b.id(prefix, 'scorecard'), className: 'scorecard', title: [txt(t('render.score.title'))], children };
}

// ---------------------------------------------------------------------------
// The agreement and the document

function termText(a: AgreementModel): string {
  const e = a.effective;
  if (e?.from && e.until) return t('render.term.range', { from: dateWords(e.from), until: dateWords(e.until) });
  if (e?.from) return t('render.term.from', { from: dateWords(e.from) });
  return t('render.term.none');
}

function agreementSection(b: Builder, a: AgreementModel, index: number, several: boolean): Section {
  const prefix = several ? `a${index + 1}` : '';
  const title = a.node.title?.value || t('render.doc.untitled');
  const version = a.node.items.find((i): i is A.Version => i.kind === 'Version');
  const facts: Block = {
    kind: 'facts',
    rows: [
      { label: t('render.facts.provider'), value: [[txt(partyTitle(b, a.providerClause?.party?.text))]], ...(a.providerClause ? { src: a.providerClause.span } : {}) },
      { label: t('render.facts.customer'), value: [[txt(partyTitle(b, a.customerClause?.party?.text))]], ...(a.customerClause ? { src: a.customerClause.span } : {}) },
      { label: t('render.facts.version'), value: [[txt(version?.value?.value ?? t('render.facts.notStated'))]], ...(version ? { src: version.span } : {}) },
      { label: t('render.facts.term'), value: [[txt(termText(a))]], ...(a.effective ? b.clause(a.effective.span, t('render.facts.term'), prefix, 'term') : {}) },
    ],
  };
  const anchor = b.clause(a.node.span, title, prefix || 'agreement');
  const summaries: ServiceSummary[] = [];
  // Clauses are registered before the scorecard so its links can find them.
  const parties = partiesSection(b, a, prefix);
  const services: Section = {
    kind: 'section',
    id: b.id(prefix, 'services'),
    title: [txt(t('render.services.title'))],
    children: a.services.length ? a.services.map((s) => serviceSection(b, s, prefix, summaries)) : [{ kind: 'paragraph', content: [txt(t('render.services.none'))] }],
  };
  const kpis = kpiSection(b, a, prefix);
  const obligations = obligationsSection(b, a, prefix);
  const terms = termsSection(b, a, prefix);
  const score = scorecard(b, a, prefix, summaries);
  return {
    kind: 'section',
    ...anchor,
    eyebrow: t('render.doc.kind'),
    className: 'agreement',
    title: [txt(title)],
    children: [facts, score, parties, services, kpis, obligations, terms],
  };
}

/** The document model of an analysed file. */
export function buildDocument(analysis: Analysis): RenderedDocument {
  const b = new Builder(analysis);
  const file = path.basename(analysis.file);
  const agreements = analysis.model.agreements;
  const footer = t('render.doc.footer', { file });
  const lang = getLocale();
  if (agreements.length === 0) {
    const parties = analysis.parsed.file.parties.filter((p) => p.name);
    const calendars = analysis.parsed.file.calendars.filter((c) => c.name);
    const blocks: Block[] = [{ kind: 'paragraph', content: [txt(t('render.doc.register', { parties: parties.length, calendars: calendars.length }))] }];
    if (parties.length) {
      blocks.push({
        kind: 'section',
        title: [txt(t('render.doc.registerParties'))],
        children: [{ kind: 'list', items: parties.map((p) => ({ src: p.span, content: [txt(p.title?.value ? `${p.title.value} (${p.name!.text})` : p.name!.text)] })) }],
      });
    }
    if (calendars.length) {
      blocks.push({
        kind: 'section',
        title: [txt(t('render.doc.registerCalendars'))],
        children: [
          {
            kind: 'list',
            items: calendars.map((c) => ({ src: c.span, content: [{ text: `${c.name!.text}: `, strong: true }, txt(supportOfCalendar(b, c))] })),
          },
        ],
      });
    }
    return { lang, title: t('render.doc.registerTitle', { file }), blocks, footer: t('render.doc.footerRegister', { file }) };
  }
  if (agreements.length === 1) {
    const section = agreementSection(b, agreements[0]!, 0, false);
    return { lang, title: section.title.map((i) => i.text).join(''), eyebrow: section.eyebrow, blocks: [{ ...section, title: [], eyebrow: undefined }], footer };
  }
  return { lang, title: t('render.doc.several', { file }), blocks: agreements.map((a, k) => agreementSection(b, a, k, true)), footer };
}

function supportOfCalendar(b: Builder, c: A.Calendar): string {
  const resolved = b.analysis.facts.calendar(c);
  const parts = [scheduleWords(resolved.weekly)];
  const zone = c.timezone?.value;
  if (zone) parts.push(t('render.support.timezone', { zone }));
  if (resolved.country) parts.push(t('render.support.holidays', { country: resolved.country }));
  return parts.join(', ');
}
