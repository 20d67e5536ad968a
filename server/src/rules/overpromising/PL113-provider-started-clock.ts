import { defineRule } from '../types';
import { allServices, priorityName } from './common';

export default defineRule({
  id: 'PL113',
  name: 'provider-started-clock',
  family: 'over-promising',
  severity: 'warning',
  description: "A priority's clock starts `from diagnosis`: the provider decides when its own promise starts.",
  why: 'A promise whose start the promising party chooses can always be kept on paper, whatever the customer experiences.',
  tags: ['over-promising', 'priorities'],
  options: {},
  check(ctx) {
    for (const sf of allServices(ctx.facts)) {
      for (const p of sf.svc.priorities) {
        for (const c of p.items) {
          if (c.kind !== 'Clock' || c.from?.value !== 'diagnosis') continue;
          ctx.report({
            span: c.from.span,
            message: `${priorityName(p)}'s clock starts at diagnosis, a moment the provider chooses; start it at the customer's report or at detection`,
            fixes: [{ title: 'Start the clock at the report (`clock from report`)', edits: [{ span: c.from.span, newText: 'report' }] }],
          });
        }
      }
    }
  },
});
