import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { allServices, priorityName } from './common';

export default defineRule({
  id: 'PL107',
  name: 'resolve-before-respond',
  family: 'over-promising',
  severity: 'error',
  description: "A priority's resolve time is shorter than its respond time (nominal).",
  why: 'An incident cannot be resolved before anyone has responded to it; one of the two numbers is wrong.',
  tags: ['over-promising', 'priorities'],
  options: {},
  check(ctx) {
    for (const sf of allServices(ctx.facts)) {
      for (const p of sf.svc.priorities) {
        const respond = sf.timed(p, 'Respond');
        const resolve = sf.timed(p, 'Resolve');
        if (!respond || !resolve || resolve.minutes >= respond.minutes) continue;
        const a = respond.clause.duration;
        const b = resolve.clause.duration;
        ctx.report({
          span: b.span,
          message: `${priorityName(p)} is resolved within ${b.text} (${formatMinutes(resolve.minutes)}) but responded to within ${a.text} (${formatMinutes(respond.minutes)}): it would be resolved before anyone responds`,
          related: [{ file: ctx.file, span: respond.clause.span, message: `respond within ${a.text} (${formatMinutes(respond.minutes)})` }],
          fixes: [
            {
              title: `Swap respond and resolve times (respond within ${b.text}, resolve within ${a.text})`,
              edits: [
                { span: a.span, newText: b.text },
                { span: b.span, newText: a.text },
              ],
            },
          ],
        });
      }
    }
  },
});
