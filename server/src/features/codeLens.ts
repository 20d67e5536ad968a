// Code lens: one line above each agreement that sums it up — what each party
// owes (LANGUAGE.md §5 summary counts) and the findings inside it.

import type { Analysis } from '../engine/analyze';
import type { AgreementModel } from '../semantics/model';
import { summaryCounts } from '../semantics/facts';
import type { Finding, Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';
import { t, type MessageKey } from '../i18n';

export interface CodeLensOut {
  span: { start: number; end: number };
  title: string;
  command?: { id: string; arguments?: unknown[] };
}

/** "2 warnings": a count of findings of one severity. */
function severityCount(severity: Severity, count: number): string {
  return t(`features.lens.severity.${severity}` as MessageKey, { count });
}

export function codeLenses(analysis: Analysis): CodeLensOut[] {
  return analysis.model.agreements.map((a) => ({ span: a.node.keyword, title: lensTitle(a, findingsIn(analysis, a)) }));
}

function findingsIn(analysis: Analysis, a: AgreementModel): Finding[] {
  const { start, end } = a.node.span;
  return analysis.findings.filter((f) => f.span.start >= start && f.span.end <= end);
}

/** "Acme owes 4 · Utrecht owes 2 · 1 finding (1 warning)": provider first, then customer, then others. */
export function lensTitle(a: AgreementModel, findings: readonly Finding[]): string {
  const counts = summaryCounts(a);
  const order = [a.provider?.name, a.customer?.name].filter((n): n is string => !!n);
  for (const n of counts.keys()) if (!order.includes(n)) order.push(n);
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
