import { formatMinutes, formatNumber } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityPromises, promiseText } from './common';
import { t } from '../../i18n/index';

/** Relative difference above which `max downtime` and the percentage disagree. */
const TOLERANCE = 0.1;

/** Minutes below which a difference is binary rounding noise (99.7% of a month is 129.6 minutes, 10% of that 12.96). */
const EPSILON = 1e-9;

export default defineRule({
  id: 'PL106',
  name: 'inconsistent-downtime',
  family: 'over-promising',
  severity: 'warning',
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
        const ratio = budget.minutes === 0 ? 0 : max / budget.minutes;
        const share = budget.minutes === 0 ? 'none' : ratio >= 2 ? 'times' : max > budget.minutes ? 'more' : 'less';
        const promise = promiseText(availability);
        ctx.report({
          span: o.duration.span,
          message: t('rules.PL106.message', {
            max: o.duration.text,
            maxMinutes: formatMinutes(max),
            budget: formatMinutes(budget.minutes),
            promise,
            share,
            ratio: formatNumber(ratio, 1),
            percent: budget.minutes === 0 ? '0' : formatNumber((diff / budget.minutes) * 100, 1),
          }),
          related: [{ file: ctx.file, span: availability.percent!.span, message: t('rules.common.allows', { promise, downtime: formatMinutes(budget.minutes) }) }],
        });
      }
    }
  },
});
