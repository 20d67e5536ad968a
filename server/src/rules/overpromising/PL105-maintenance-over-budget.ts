import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityPromises, maintenanceDowntime, promiseText } from './common';
import { t } from '../../i18n/index';
import { periodWord } from '../messages';

export default defineRule({
  id: 'PL105',
  name: 'maintenance-over-budget',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'availability', 'maintenance'],
  options: {},
  check(ctx) {
    for (const { sf, availability, period } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      const m = maintenanceDowntime(ctx.facts, sf);
      const clause = sf.svc.maintenance;
      if (!m || !clause?.schedule || m.perPeriod <= budget.minutes) continue;
      ctx.report({
        span: clause.schedule.span,
        message: t('rules.PL105.message', {
          perWeek: formatMinutes(m.perWeek),
          perPeriod: formatMinutes(m.perPeriod),
          period: periodWord(period.value),
          promise: promiseText(availability),
          budget: formatMinutes(budget.minutes),
        }),
        related: [{ file: ctx.file, span: availability.span, message: t('rules.PL105.countsHere') }],
      });
    }
  },
});
