// Code lens: one line above each agreement that sums it up — what each party
// owes (LANGUAGE.md §5 summary counts) and the findings inside it.

import type { Analysis } from '../engine/analyze';
import type { AgreementModel } from '../semantics/model';
import { summaryCounts } from '../semantics/facts';
import type { Finding, Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';
import { t, type MessageKey } from '../i18n';

/**
 * What clicking a lens does, in plain data; the language server turns it into
 * an editor command (see server/src/lsp/handlers/codeLens.ts).
 * - `problems`: show the Problems panel for this file;
 * - `references`: show `locations` (the obligations of a party) as references at `at`.
 */
export type LensAction =
  | { kind: 'problems' }
  | { kind: 'references'; at: number; locations: Array<{ file: string; span: { start: number; end: number } }> };

export interface CodeLensOut {
  span: { start: number; end: number };
  title: string;
  action?: LensAction;
}

/** "2 warnings": a count of findings of one severity. */
function severityCount(severity: Severity, count: number): string {
  return t(`features.lens.severity.${severity}` as MessageKey, { count });
}

/**
 * Above each agreement: one lens per party ("Acme owes 7", click: its
 * obligations as references) and one for the findings ("3 findings (…)",
 * click: the Problems panel of the file).
 */
export function codeLenses(analysis: Analysis): CodeLensOut[] {
  const findingsOf = findingsByAgreement(analysis);
  return analysis.model.agreements.flatMap((a) => {
    const span = a.node.keyword;
    const counts = summaryCounts(a);
    const owes = partyOrder(a, counts).map(
      (party): CodeLensOut => ({
        span,
        title: t('features.lens.owes', { party, count: counts.get(party) ?? 0 }),
        action: { kind: 'references', at: span.start, locations: obligationsOf(analysis.file, a, party) },
      }),
    );
    const findings = findingsOf.get(a) ?? [];
    return [...owes, { span, title: findingsText(findings), ...(findings.length ? { action: { kind: 'problems' as const } } : {}) }];
  });
}

/** Provider first, then customer, then any other party that owes something. */
function partyOrder(a: AgreementModel, counts: Map<string, number>): string[] {
  const order = [a.provider?.name, a.customer?.name].filter((n): n is string => !!n);
  for (const n of counts.keys()) if (!order.includes(n)) order.push(n);
  return [...new Set(order)];
}

/** Where a party's obligations are written (LANGUAGE.md §5 summary counts): its obligations, the provider's services, the KPIs it reports. */
export function obligationsOf(file: string, a: AgreementModel, party: string): Array<{ file: string; span: { start: number; end: number } }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const o of a.obligations) if (o.party?.text === party) spans.push(o.span);
  if (a.provider?.name === party) for (const s of a.services) spans.push(s.node.span);
  for (const k of a.kpis) for (const i of k.items) if (i.kind === 'ReportedBy' && i.from?.text === party) spans.push(i.span);
  return spans.sort((x, y) => x.start - y.start).map((span) => ({ file, span: { start: span.start, end: span.end } }));
}

/**
 * The findings inside each agreement's span, in the order of the findings,
 * bucketed in one pass: agreements sorted by start, each finding placed by a
 * binary search (filtering every finding per agreement is quadratic).
 */
function findingsByAgreement(analysis: Analysis): Map<AgreementModel, Finding[]> {
  const out = new Map<AgreementModel, Finding[]>();
  const agreements = [...analysis.model.agreements].sort((x, y) => x.node.span.start - y.node.span.start);
  if (agreements.length === 0) return out;
  for (const f of analysis.findings) {
    // The last agreement starting at or before the finding …
    let lo = 0;
    let hi = agreements.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (agreements[mid]!.node.span.start <= f.span.start) lo = mid;
      else hi = mid - 1;
    }
    // … and any earlier one that still encloses it (agreements do not overlap, so this is at most one step).
    for (let i = lo; i >= 0; i--) {
      const { start, end } = agreements[i]!.node.span;
      if (start > f.span.start) continue;
      if (f.span.end <= end) {
        const list = out.get(agreements[i]!);
        if (list) list.push(f);
        else out.set(agreements[i]!, [f]);
      } else if (i < lo) break;
    }
  }
  return out;
}

/** "Acme owes 4 · Utrecht owes 2 · 1 finding (1 warning)": provider first, then customer, then others. */
export function lensTitle(a: AgreementModel, findings: readonly Finding[]): string {
  const counts = summaryCounts(a);
  const order = partyOrder(a, counts);
  const parts = order.map((n) => t('features.lens.owes', { party: n, count: counts.get(n) ?? 0 }));
  parts.push(findingsText(findings));
  return parts.join(' · ');
}

function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return t('features.lens.noFindings');
  const bySeverity = SEVERITIES.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? severityCount(s, n) : '';
  }).filter(Boolean);
  return t('features.lens.findings', { count: findings.length, bySeverity: bySeverity.join(', ') });
}
