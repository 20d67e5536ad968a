import { formatDuration, formatMinutes } from '../../semantics/format';
import { defineRule, type Fix } from '../types';
import { resolveAvailabilityFixes, availabilityPromises, promiseText, resultResolve } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL103',
  name: 'budget-below-resolution',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'availability', 'priorities'],
  options: {},
  check(ctx) {
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      const top = resultResolve(sf);
      if (!top || budget.minutes >= top.minutes) continue;
      const name = top.priority.name?.text ?? t('rules.common.topPriority');
      const subject = top.priority.name ? t('rules.PL103.priority', { priority: name }) : name;
      const title = t('rules.PL103.fix.effort', { priority: name });
      const effort: Fix = top.resolve.as
        ? { title, edits: [{ span: top.resolve.as.span, newText: 'as effort' }] }
        : {
            title,
            edits: [{ span: { start: top.resolve.duration.span.end, end: top.resolve.duration.span.end }, newText: ' as effort' }],
          };
      ctx.report({
        span: percent.span,
        message: t('rules.PL103.message', {
          promise: promiseText(availability),
          downtime: formatMinutes(budget.minutes),
          priority: subject,
          duration: formatDuration(top.minutes),
          minutes: formatMinutes(top.minutes),
        }),
        related: [
          {
            file: ctx.file,
            span: top.resolve.span,
            message: t('rules.PL103.resolvedWithin', { priority: name, duration: top.resolve.duration.text, minutes: formatMinutes(top.minutes) }),
          },
        ],
        fixes: [...resolveAvailabilityFixes(sf), effort],
      });
    }
  },
});
