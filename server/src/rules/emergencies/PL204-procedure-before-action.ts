import { defineRule } from '../types';
import { preconditions } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL204',
  name: 'procedure-before-action',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const e of a.emergencies) {
        const svc = e.service?.text ?? '';
        for (const p of preconditions(e)) {
          const what = p.text ? ` ${ctx.text.slice(p.text.span.start, p.text.span.end)}` : '';
          ctx.report({
            span: p.keyword,
            message: t('rules.PL204.message', { service: svc, precondition: `precondition${what}` }),
            fixes: [
              {
                title: t('rules.PL204.fix.afterwards'),
                edits: [{ span: p.keyword, newText: 'afterwards' }],
              },
            ],
          });
        }
      }
    }
  },
});
