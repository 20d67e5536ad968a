import { formatMinutes, formatNumber } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityPromises, promiseText } from './common';

/** Relative difference above which `max downtime` and the percentage disagree. */
const TOLERANCE = 0.1;

/** Minutes below which a difference is binary rounding noise (99.7% of a month is 129.6 minutes, 10% of that 12.96). */
const EPSILON = 1e-9;

export default defineRule({
  id: 'PL106',
  name: 'inconsistent-downtime',
  family: 'over-promising',
  severity: 'warning',
  description: '`max downtime` differs from the downtime budget implied by the percentage by more than 10%.',
  why: 'Two numbers for the same promise invite a dispute about which one counts.',
  tags: ['over-promising', 'availability'],
  options: {},
  check(ctx) {
    for (const { sf, availability } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      for (const o of availability.options) {
        if (o.kind !== 'MaxDowntime' || !o.duration) continue;
        const max = sf.nominal(o.duration);
        const diff = Math.abs(max - budget.minutes);
        if (budget.minutes === 0 ? max === 0 : diff <= TOLERANCE * budget.minutes + EPSILON) continue;
        const ratio = max / budget.minutes;
        const share =
          budget.minutes === 0 ? '' : ratio >= 2 ? ` (${formatNumber(ratio, 1)} times as much)` : ` (${formatNumber(diff / budget.minutes * 100, 1)}% ${max > budget.minutes ? 'more' : 'less'})`;
        ctx.report({
          span: o.duration.span,
          message: `\`max downtime ${o.duration.text}\` (${formatMinutes(max)}) differs from the ${formatMinutes(budget.minutes)} that ${promiseText(availability)} allows${share}; state one number`,
          related: [{ file: ctx.file, span: availability.percent!.span, message: `${promiseText(availability)} allows ${formatMinutes(budget.minutes)} of downtime` }],
        });
      }
    }
  },
});
