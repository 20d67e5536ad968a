import { defineRule } from '../types';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

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
          ctx.report({
            span: a.keyword,
            message: t('rules.PL110.availability', { service: svc.name ?? t('rules.common.thisService') }),
          });
        }
      }
      for (const kpi of agreement.kpis) {
        if (kpi.items.some((i) => i.kind === 'KpiMeasuredBy')) continue;
        ctx.report({
          span: kpi.name?.span ?? kpi.keyword,
          message: t('rules.PL110.kpi', { named: yesNo(kpi.name), name: kpi.name?.text ?? '' }),
        });
      }
    }
  },
});
