import { defineRule, type Fix, type RuleContext } from '../types';
import type * as A from '../../syntax/ast';
import { appendToBlock, placeholder, quoted, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

/** `measured by "…"` with the description of the measurement as a placeholder. */
function measuredBy(): string {
  return `measured by ${quoted(placeholder(t('rules.PL110.fix.source')))}`;
}

/** Adds `measured by` right after `per <period>` of the availability clause. */
function availabilityFix(a: A.Availability): Fix | undefined {
  if (!a.period) return undefined;
  const at = a.period.span.end;
  return { title: t('rules.PL110.fix.measuredBy'), edits: [withPlaceholders({ span: { start: at, end: at }, newText: ' ' + measuredBy() })] };
}

/** Adds a `measured by` line at the end of the KPI's block. */
function kpiFix(ctx: RuleContext, kpi: A.Kpi): Fix | undefined {
  const edit = kpi.body && appendToBlock(ctx.text, kpi.body, [measuredBy()]);
  return edit ? { title: t('rules.PL110.fix.measuredBy'), edits: [withPlaceholders(edit)] } : undefined;
}

export default defineRule({
  id: 'PL110',
  name: 'unmeasured-promise',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'availability', 'kpi'],
  options: {},
  check(ctx) {
    for (const agreement of ctx.model.agreements) {
      for (const svc of agreement.services) {
        const a = svc.availability;
        if (a && !a.options.some((o) => o.kind === 'MeasuredBy')) {
          const fix = availabilityFix(a);
          ctx.report({
            span: a.keyword,
            message: t('rules.PL110.availability', { service: svc.name ?? t('rules.common.thisService') }),
            fixes: fix ? [fix] : undefined,
          });
        }
      }
      for (const kpi of agreement.kpis) {
        if (kpi.items.some((i) => i.kind === 'KpiMeasuredBy')) continue;
        const fix = kpiFix(ctx, kpi);
        ctx.report({
          span: kpi.name?.span ?? kpi.keyword,
          message: t('rules.PL110.kpi', { named: yesNo(kpi.name), name: kpi.name?.text ?? '' }),
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
