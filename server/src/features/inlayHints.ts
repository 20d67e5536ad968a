// Inlay hints: the few numbers worth seeing without hovering.
//
// - after an availability clause's period: the downtime budget, `≈ 43.2 min/month`;
// - after a business duration inside a service (priorities, maintenance
//   notice, escalation levels, emergency and credits of that service): its
//   nominal length, `= 600 min`, with the worst-case wall-clock length in the
//   tooltip when it differs.
// Plain durations (`4 hours`) get none: their length is what is written.

import type * as A from '../syntax/ast';
import { descendants } from '../syntax/walk';
import type { Analysis } from '../engine/analyze';
import type { AgreementModel, ServiceModel } from '../semantics/model';
import { formatDuration, formatHours, formatMinutes, formatPercent } from '../semantics/format';

export interface InlayHintOut {
  offset: number;
  label: string;
  tooltip?: string;
}

export function inlayHints(analysis: Analysis, range?: { start: number; end: number }): InlayHintOut[] {
  const out: InlayHintOut[] = [];
  for (const agreement of analysis.model.agreements) {
    for (const svc of agreement.services) {
      const budget = budgetHint(analysis, svc);
      if (budget) out.push(budget);
      for (const root of blocksOf(agreement, svc)) {
        for (const n of descendants(root)) {
          if (n.kind === 'Duration') {
            const hint = durationHint(analysis, svc, n as unknown as A.Duration);
            if (hint) out.push(hint);
          }
        }
      }
    }
  }
  const inRange = (h: InlayHintOut) => !range || (h.offset >= range.start && h.offset <= range.end);
  return out.filter(inRange).sort((a, b) => a.offset - b.offset);
}

/** The service block and the agreement blocks that name the service (`escalation for X` …). */
function blocksOf(agreement: AgreementModel, svc: ServiceModel): object[] {
  const named = [...agreement.escalations, ...agreement.emergencies, ...agreement.credits].filter((b) => svc.name && b.service?.text === svc.name);
  return [svc.node, ...named];
}

function budgetHint(analysis: Analysis, svc: ServiceModel): InlayHintOut | undefined {
  const a = svc.availability;
  const budget = analysis.facts.service(svc).budget;
  if (!a?.period || !budget) return undefined;
  const over = budget.duringSupport ? ' of support time' : '';
  return {
    offset: a.period.span.end,
    label: `≈ ${formatDuration(budget.minutes)}/${budget.period}`,
    tooltip: `${formatPercent(budget.percent)} per ${budget.period} allows ${formatDuration(budget.minutes)} of downtime per ${budget.period}${over}`,
  };
}

function durationHint(analysis: Analysis, svc: ServiceModel, d: A.Duration): InlayHintOut | undefined {
  if (!d.business) return undefined;
  const sf = analysis.facts.service(svc);
  const nominal = sf.nominal(d);
  const worst = sf.worstCase(d);
  return {
    offset: d.span.end,
    label: `= ${formatMinutes(nominal)}`,
    tooltip: worst > nominal ? `${d.text} = ${formatMinutes(nominal)} of support time; worst case ${formatHours(worst)} on the clock` : undefined,
  };
}
