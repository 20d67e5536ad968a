import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityFixes, availabilityPromises, promiseText } from './common';

export default defineRule({
  id: 'PL101',
  name: 'perfect-availability',
  family: 'over-promising',
  severity: 'error',
  description: 'An availability of 100%: a promise of no downtime at all.',
  why: 'Nothing runs 100% of the time; a promise that is broken by design weakens trust more than a modest one.',
  tags: ['over-promising', 'availability'],
  options: {},
  check(ctx) {
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      if (percent.value !== 100) continue;
      ctx.report({
        span: percent.span,
        message: `${promiseText(availability)} allows ${formatMinutes(0)} of downtime: a single incident, update or restart breaks the promise`,
        fixes: availabilityFixes(ctx.facts, sf),
      });
    }
  },
});
