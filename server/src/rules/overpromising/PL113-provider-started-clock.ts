import { defineRule } from '../types';
import { allServices, priorityName } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL113',
  name: 'provider-started-clock',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'priorities'],
  options: {},
  check(ctx) {
    for (const sf of allServices(ctx.facts)) {
      for (const p of sf.svc.priorities) {
        for (const c of p.items) {
          if (c.kind !== 'Clock' || c.from?.value !== 'diagnosis') continue;
          ctx.report({
            span: c.from.span,
            message: t('rules.PL113.message', { priority: priorityName(p) }),
            fixes: [{ title: t('rules.PL113.fix.report'), edits: [{ span: c.from.span, newText: 'report' }] }],
          });
        }
      }
    }
  },
});
