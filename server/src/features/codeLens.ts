// Code lens: one line above each agreement that sums it up — what each party
// owes (LANGUAGE.md §5 summary counts) and the findings inside it.

import type { Analysis } from '../engine/analyze';
import type { AgreementModel } from '../semantics/model';
import { summaryCounts } from '../semantics/facts';
import type { Finding, Severity } from '../rules/types';
import { SEVERITIES } from '../rules/types';

export interface CodeLensOut {
  span: { start: number; end: number };
  title: string;
  command?: { id: string; arguments?: unknown[] };
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
  hint: ['hint', 'hints'],
};

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
  const parts = order.map((n) => `${n} owes ${counts.get(n) ?? 0}`);
  parts.push(findingsText(findings));
  return parts.join(' · ');
}

function findingsText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const bySeverity = SEVERITIES.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return n ? `${n} ${SEVERITY_WORDS[s][n === 1 ? 0 : 1]}` : '';
  }).filter(Boolean);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${bySeverity.join(', ')})`;
}
