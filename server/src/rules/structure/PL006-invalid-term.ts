import { defineRule } from '../types';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL006',
  name: 'invalid-term',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const e = a.effective;
      if (!e?.from?.valid || !e.until?.valid) continue;
      if (e.until.text < e.from.text) {
        ctx.report({
          span: e.until.span,
          message: t('rules.PL006.endsBeforeStart', { until: e.until.text, from: e.from.text }),
          related: [{ file: ctx.file, span: e.from.span, message: t('rules.PL006.startsHere') }],
        });
      }
    }
  },
});
