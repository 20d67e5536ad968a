import type * as A from '../../syntax/ast';
import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { allServices, priorityName, type TimedClause } from './common';
import { t as tr } from '../../i18n/index';

const KIND: Record<'Respond' | 'Resolve', 'respond' | 'resolve'> = { Respond: 'respond', Resolve: 'resolve' };

export default defineRule({
  id: 'PL108',
  name: 'priority-inversion',
  family: 'over-promising',
  severity: 'warning',
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
          const verb = KIND[kind];
          ctx.report({
            span: later.clause.duration.span,
            message: tr('rules.PL108.message', {
              priority: priorityName(ps[j]!),
              other: priorityName(first.p),
              kind: verb,
              minutes: formatMinutes(later.minutes),
              otherMinutes: formatMinutes(first.t.minutes),
            }),
            related: slower.map(({ p, t }) => ({
              file: ctx.file,
              span: t.clause.span,
              message: tr('rules.PL108.related', { priority: priorityName(p), kind: verb, duration: t.clause.duration.text, minutes: formatMinutes(t.minutes) }),
            })),
          });
        }
      }
    }
  },
});
