import { defineRule } from '../types';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

export default defineRule({
  id: 'PL005',
  name: 'missing-role',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const title = { titled: yesNo(a.node.title), title: a.node.title ? `"${a.node.title.value}"` : '' };
      const at = a.node.title?.span ?? a.node.keyword;
      if (!a.providerClause) ctx.report({ span: at, message: t('rules.PL005.noProvider', title) });
      if (!a.customerClause) ctx.report({ span: at, message: t('rules.PL005.noCustomer', title) });
      const p = a.providerClause?.party;
      const c = a.customerClause?.party;
      if (p && c && p.text === c.text) {
        ctx.report({
          span: c.span,
          message: t('rules.PL005.sameParty', { party: c.text }),
          related: [{ file: ctx.file, span: p.span, message: t('rules.PL005.namedProvider') }],
        });
      }
    }
  },
});
