import type * as A from '../../syntax/ast';
import { defineRule } from '../types';

function valueIsZero(v: A.Target['value']): boolean {
  if (!v) return false;
  return v.kind === 'Duration' ? v.amount === 0 : v.value === 0;
}

export default defineRule({
  id: 'PL109',
  name: 'perfect-kpi',
  family: 'over-promising',
  severity: 'warning',
  description: 'A KPI target of `at least 100%` or `at most 0`.',
  why: 'A target that allows not a single miss is missed the first time anything goes wrong, and then says nothing about how well the service runs.',
  tags: ['over-promising', 'kpi'],
  options: {},
  check(ctx) {
    for (const agreement of ctx.model.agreements) {
      for (const kpi of agreement.kpis) {
        const name = kpi.name?.text ?? 'this KPI';
        for (const t of kpi.items) {
          if (t.kind !== 'Target' || !t.direction || !t.value) continue;
          const perfect =
            t.direction.value === 'at least' ? t.value.kind === 'Percent' && t.value.value === 100 : valueIsZero(t.value);
          if (!perfect) continue;
          const what = t.direction.value === 'at least' ? 'not a single miss' : 'not a single occurrence';
          ctx.report({
            span: t.value.span,
            message: `${name} targets \`${t.direction.value} ${t.value.text}\`: ${what} is allowed, so one exception fails the KPI; set a target that can be kept`,
          });
        }
      }
    }
  },
});
