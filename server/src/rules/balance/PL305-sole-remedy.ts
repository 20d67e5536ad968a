import { defineRule } from '../types';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';
import { removeClause } from '../fixes/text';

export default defineRule({
  id: 'PL305',
  name: 'sole-remedy',
  family: 'balance',
  severity: 'warning',
  tags: ['balance', 'credits', 'remedies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const credits of a.credits) {
        for (const item of credits.items) {
          if (item.kind !== 'SoleRemedy') continue;
          ctx.report({
            span: item.keyword,
            message: t('rules.PL305.message', { named: yesNo(credits.service), service: credits.service?.text ?? '' }),
            fixes: [{ title: t('rules.PL305.fix.drop'), edits: [removeClause(ctx.text, item.span)] }],
          });
        }
      }
    }
  },
});
