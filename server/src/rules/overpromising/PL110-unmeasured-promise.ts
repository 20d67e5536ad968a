import { defineRule } from '../types';

export default defineRule({
  id: 'PL110',
  name: 'unmeasured-promise',
  family: 'over-promising',
  severity: 'warning',
  description: 'An availability or a KPI has no `measured by`.',
  why: 'A promise without an agreed measurement cannot be checked: when it matters, both parties bring their own numbers.',
  tags: ['over-promising', 'availability', 'kpi'],
  options: {},
  check(ctx) {
    for (const agreement of ctx.model.agreements) {
      for (const svc of agreement.services) {
        const a = svc.availability;
        if (a && !a.options.some((o) => o.kind === 'MeasuredBy')) {
          ctx.report({
            span: a.keyword,
            message: `the availability of ${svc.name ?? 'this service'} has no \`measured by\`: say whose measurement counts`,
          });
        }
      }
      for (const kpi of agreement.kpis) {
        if (kpi.items.some((i) => i.kind === 'KpiMeasuredBy')) continue;
        ctx.report({
          span: kpi.name?.span ?? kpi.keyword,
          message: `${kpi.name ? `KPI ${kpi.name.text}` : 'this KPI'} has no \`measured by\`: say whose measurement counts`,
        });
      }
    }
  },
});
