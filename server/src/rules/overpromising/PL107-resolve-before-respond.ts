import { formatMinutes } from '../../semantics/format';
import { defineRule } from '../types';
import { allServices, priorityName } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL107',
  name: 'resolve-before-respond',
  family: 'over-promising',
  severity: 'error',
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
          message: t('rules.PL107.message', {
            priority: priorityName(p),
            resolve: b.text,
            resolveMinutes: formatMinutes(resolve.minutes),
            respond: a.text,
            respondMinutes: formatMinutes(respond.minutes),
          }),
          related: [{ file: ctx.file, span: respond.clause.span, message: t('rules.PL107.respondWithin', { respond: a.text, minutes: formatMinutes(respond.minutes) }) }],
          fixes: [
            {
              title: t('rules.PL107.fix.swap', { newRespond: b.text, newResolve: a.text }),
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
