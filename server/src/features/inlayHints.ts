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
import { t } from '../i18n';
import { periodWord } from './hover';

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
  const params = { percent: formatPercent(budget.percent), period: periodWord(budget.period), budget: formatDuration(budget.minutes) };
  return {
    offset: a.period.span.end,
    label: t('features.inlay.budget', params),
    tooltip: t(budget.duringSupport ? 'features.inlay.budgetTooltipOfSupport' : 'features.inlay.budgetTooltip', params),
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
    tooltip:
      worst > nominal
        ? t('features.inlay.worstCase', { written: d.text, nominal: formatMinutes(nominal), worst: formatHours(worst) })
        : undefined,
  };
}
