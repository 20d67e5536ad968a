import { formatDuration, formatMinutes } from '../../semantics/format';
import { defineRule, type Fix } from '../types';
import { availabilityFixes, availabilityPromises, promiseText, resultResolve } from './common';

export default defineRule({
  id: 'PL103',
  name: 'budget-below-resolution',
  family: 'over-promising',
  severity: 'warning',
  description: "The downtime budget per period is smaller than the nominal resolve time of the service's top priority.",
  why: 'One incident handled within the agreed resolve time already breaks the availability promise: the two promises contradict each other.',
  tags: ['over-promising', 'availability', 'priorities'],
  options: {},
  check(ctx) {
    for (const { sf, availability, percent } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      const top = resultResolve(sf);
      if (!top || budget.minutes >= top.minutes) continue;
      const name = top.priority.name?.text ?? 'the top priority';
      const effort: Fix = top.resolve.as
        ? { title: `State ${name}'s resolve time \`as effort\``, edits: [{ span: top.resolve.as.span, newText: 'as effort' }] }
        : {
            title: `State ${name}'s resolve time \`as effort\``,
            edits: [{ span: { start: top.resolve.duration.span.end, end: top.resolve.duration.span.end }, newText: ' as effort' }],
          };
      ctx.report({
        span: percent.span,
        message: `${promiseText(availability)} allows ${formatMinutes(budget.minutes)} of downtime, but ${name} may take ${formatDuration(top.minutes)} to resolve (${formatMinutes(top.minutes)})`,
        related: [{ file: ctx.file, span: top.resolve.span, message: `${name} is resolved within ${top.resolve.duration.text} (${formatMinutes(top.minutes)})` }],
        fixes: [...availabilityFixes(ctx.facts, sf), effort],
      });
    }
  },
});
