import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { thresholdAvailabilityFixes, availabilityPromises, promiseText } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL101',
  name: 'perfect-availability',
  family: 'over-promising',
  severity: 'error',
  tags: ['over-promising', 'availability'],
  options: {},
  check(ctx) {
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      if (percent.value !== 100) continue;
      ctx.report({
        span: percent.span,
        message: t('rules.PL101.message', { promise: promiseText(availability), downtime: formatMinutes(0) }),
        fixes: thresholdAvailabilityFixes(sf),
      });
    }
  },
});
