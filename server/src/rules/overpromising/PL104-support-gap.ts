import { article, formatGap, formatHours, formatMinutes } from '../../semantics/format';
import { defineRule, type Related } from '../types';
import { availabilityFixes, availabilityPromises, uncoveredGap } from './common';

export default defineRule({
  id: 'PL104',
  name: 'support-gap',
  family: 'over-promising',
  severity: 'warning',
  description:
    "Availability is not `during support`, support is not 24x7, and the longest stretch covered neither by support nor by an emergency clause's `reachable` schedule is longer than the downtime budget.",
  why: 'An outage that starts when nobody can be reached lasts until someone is back; round-the-clock availability served by an office-hours desk is broken by design.',
  tags: ['over-promising', 'availability', 'support'],
  options: {},
  check(ctx) {
    for (const { sf, period, percent } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      const gap = uncoveredGap(sf);
      if (!gap || gap.minutes <= budget.minutes) continue;
      const support = sf.svc.support;
      const who = support ? 'support' : 'without a `support` clause, the service';
      const related: Related[] = support
        ? [{ file: ctx.file, span: support.span, message: `support covers ${formatHours(sf.support.weekly.coveredMinutesPerWeek())} a week` }]
        : [];
      ctx.report({
        span: percent.span,
        message: `${who} leaves ${article(formatGap(gap))} ${formatGap(gap)} with no emergency cover; the budget is ${formatMinutes(budget.minutes)} per ${period.value}`,
        related,
        fixes: availabilityFixes(ctx.facts, sf),
      });
    }
  },
});
