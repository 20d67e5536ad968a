import { defineRule } from '../types';
import { describeDuration, priorityLabel, topResolve } from './common';

export default defineRule({
  id: 'PL208',
  name: 'late-escalation',
  family: 'emergencies',
  severity: 'warning',
  description: "The first escalation level above 1 starts after the top priority's resolve time.",
  why: 'When the first escalation comes after the resolve time, the promise is already broken before anyone with more authority hears of it.',
  tags: ['emergencies', 'escalation'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const e = svc.escalation;
        if (!e) continue;
        const sf = ctx.facts.service(svc);
        const resolve = topResolve(sf);
        if (!resolve) continue;
        const above = e.levels.filter((l) => l.number && l.number.value > 1 && l.after);
        if (above.length === 0) continue;
        const first = above.reduce((best, l) => (l.number!.value < best.number!.value ? l : best));
        const minutes = sf.nominal(first.after!);
        if (minutes <= resolve.minutes) continue;
        ctx.report({
          span: first.after!.span,
          message: `level ${first.number!.text} starts after ${describeDuration(first.after!, minutes)}, but ${priorityLabel(resolve.priority)} must be resolved within ${describeDuration(resolve.duration, resolve.minutes)}: the promise is broken before anyone escalates`,
          related: [{ file: ctx.file, span: resolve.clause.span, message: `${priorityLabel(resolve.priority)}'s resolve time` }],
        });
      }
    }
  },
});
