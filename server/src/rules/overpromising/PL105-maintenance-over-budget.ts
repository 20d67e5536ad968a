import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { availabilityPromises, maintenanceDowntime, promiseText } from './common';
import { t } from '../../i18n/index';
import { periodWord } from '../messages';
import type * as A from '../../syntax/ast';
import type { Fix } from '../types';

/** Adds `excluding maintenance` after the availability clause's last part. */
function excludingFix(a: A.Availability): Fix[] | undefined {
  const last = a.options[a.options.length - 1]?.span ?? a.period?.span;
  if (!last) return undefined;
  return [{ title: t('rules.PL105.fix.excluding'), edits: [{ span: { start: last.end, end: last.end }, newText: ' excluding maintenance' }] }];
}

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
        fixes: excludingFix(availability),
      });
    }
  },
});
