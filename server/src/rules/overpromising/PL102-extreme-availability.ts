import { formatMinutes, formatPercent } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityFixes, availabilityPromises, promiseText, EXTREME_AVAILABILITY } from './common';

export default defineRule<{ threshold: number }>({
  id: 'PL102',
  name: 'extreme-availability',
  family: 'over-promising',
  severity: 'warning',
  description: 'An availability at or above the threshold (default 99.99%) but below 100%.',
  why: 'A few minutes of downtime a month leave no room for a single real incident; such a promise is kept by luck, not by design.',
  tags: ['over-promising', 'availability'],
  options: {
    threshold: { type: 'percent', default: EXTREME_AVAILABILITY, description: 'Availability (in percent) from which a promise counts as extreme.' },
  },
  check(ctx) {
    const threshold = ctx.options.threshold;
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      if (percent.value < threshold || percent.value >= 100) continue;
      const budget = sf.budget!;
      ctx.report({
        span: percent.span,
        message: `${promiseText(availability)} allows only ${formatMinutes(budget.minutes)} of downtime, at or above the ${formatPercent(threshold)} that few services can keep`,
        fixes: availabilityFixes(ctx.facts, sf, threshold),
      });
    }
  },
});
