import type * as A from '../../syntax/ast';
import { defineRule } from '../types';
import { t as tr } from '../../i18n/index';

function valueIsZero(v: A.Target['value']): boolean {
  if (!v) return false;
  return v.kind === 'Duration' ? v.amount === 0 : v.value === 0;
}

export default defineRule({
  id: 'PL109',
  name: 'perfect-kpi',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'kpi'],
  options: {},
  check(ctx) {
    for (const agreement of ctx.model.agreements) {
      for (const kpi of agreement.kpis) {
        const name = kpi.name?.text ?? tr('rules.common.thisKpi');
        for (const t of kpi.items) {
          if (t.kind !== 'Target' || !t.direction || !t.value) continue;
          const perfect =
            t.direction.value === 'at least' ? t.value.kind === 'Percent' && t.value.value === 100 : valueIsZero(t.value);
          if (!perfect) continue;
          ctx.report({
            span: t.value.span,
            message: tr('rules.PL109.message', {
              kpi: name,
              target: `${t.direction.value} ${t.value.text}`,
              direction: t.direction.value === 'at least' ? 'atLeast' : 'atMost',
            }),
          });
        }
      }
    }
  },
});
