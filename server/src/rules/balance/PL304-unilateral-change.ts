import { defineRule } from '../types';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL304',
  name: 'unilateral-change',
  family: 'balance',
  severity: 'warning',
  tags: ['balance', 'change'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const c of a.changes) {
        if (c.by?.kind !== 'Name') continue;
        ctx.report({
          span: c.by.span,
          message: t('rules.PL304.message', { party: c.by.text }),
          fixes: [{ title: t('rules.PL304.fix.both'), edits: [{ span: c.by.span, newText: 'both' }] }],
        });
      }
    }
  },
});
