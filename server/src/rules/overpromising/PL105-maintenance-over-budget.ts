import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityPromises, maintenanceDowntime, promiseText } from './common';

export default defineRule({
  id: 'PL105',
  name: 'maintenance-over-budget',
  family: 'over-promising',
  severity: 'warning',
  description: 'Maintenance counts against availability and takes more time per period than the downtime budget allows.',
  why: 'Planned maintenance alone would break the availability promise, before a single incident has happened.',
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
        message: `maintenance takes ${formatMinutes(m.perWeek)} a week, ${formatMinutes(m.perPeriod)} per ${period.value}, but ${promiseText(availability)} allows ${formatMinutes(budget.minutes)} of downtime; add \`excluding maintenance\` or plan less maintenance`,
        related: [{ file: ctx.file, span: availability.span, message: 'maintenance counts as downtime here (no `excluding maintenance`)' }],
      });
    }
  },
});
