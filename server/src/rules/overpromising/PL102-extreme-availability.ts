import { formatMinutes, formatPercent } from '../../semantics/format';
import { defineRule } from '../types';
import { thresholdAvailabilityFixes, availabilityPromises, promiseText, EXTREME_AVAILABILITY } from './common';
import { t } from '../../i18n/index';

export default defineRule<{ threshold: number }>({
  id: 'PL102',
  name: 'extreme-availability',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'availability'],
  options: {
    threshold: { type: 'percent', default: EXTREME_AVAILABILITY },
  },
  check(ctx) {
    const threshold = ctx.options.threshold;
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      if (percent.value < threshold || percent.value >= 100) continue;
      const budget = sf.budget!;
      ctx.report({
        span: percent.span,
        message: t('rules.PL102.message', { promise: promiseText(availability), downtime: formatMinutes(budget.minutes), threshold: formatPercent(threshold) }),
        fixes: thresholdAvailabilityFixes(sf, threshold),
      });
    }
  },
});
