import type * as A from '../../syntax/ast';
import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { allServices, priorityName, type TimedClause } from './common';

const VERB: Record<'Respond' | 'Resolve', string> = { Respond: 'respond', Resolve: 'resolve' };

export default defineRule({
  id: 'PL108',
  name: 'priority-inversion',
  family: 'over-promising',
  severity: 'warning',
  description: 'A more urgent priority has a longer respond or resolve time than a less urgent one (nominal).',
  why: 'When a minor issue is handled faster than a major one, the priorities say the opposite of what they mean.',
  tags: ['over-promising', 'priorities'],
  options: {},
  check(ctx) {
    for (const sf of allServices(ctx.facts)) {
      const ps = sf.svc.priorities;
      for (const kind of ['Respond', 'Resolve'] as const) {
        const timed = ps.map((p) => sf.timed(p, kind));
        // Each less urgent priority against every more urgent one before it; one finding per clause.
        for (let j = 1; j < ps.length; j++) {
          const later = timed[j];
          if (!later) continue;
          const slower: Array<{ p: A.Priority; t: TimedClause }> = [];
          for (let i = 0; i < j; i++) {
            const earlier = timed[i];
            if (earlier && earlier.minutes > later.minutes) slower.push({ p: ps[i]!, t: earlier });
          }
          const first = slower[0];
          if (!first) continue;
          const verb = VERB[kind];
          ctx.report({
            span: later.clause.duration.span,
            message: `${priorityName(ps[j]!)} is less urgent than ${priorityName(first.p)} but has a shorter ${verb} time: ${formatMinutes(later.minutes)} here, ${formatMinutes(first.t.minutes)} for ${priorityName(first.p)}`,
            related: slower.map(({ p, t }) => ({
              file: ctx.file,
              span: t.clause.span,
              message: `${priorityName(p)}: ${verb} within ${t.clause.duration.text} (${formatMinutes(t.minutes)})`,
            })),
          });
        }
      }
    }
  },
});
