import { defineRule } from '../types';

export default defineRule({
  id: 'PL005',
  name: 'missing-role',
  family: 'structure',
  severity: 'error',
  description: 'An agreement without a provider or a customer, or with the same party in both roles.',
  why: 'An agreement needs two sides: one that delivers and one that receives.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const title = a.node.title ? `"${a.node.title.value}"` : '';
      const at = a.node.title?.span ?? a.node.keyword;
      if (!a.providerClause) ctx.report({ span: at, message: `agreement ${title} names no \`provider\``.replace('  ', ' ') });
      if (!a.customerClause) ctx.report({ span: at, message: `agreement ${title} names no \`customer\``.replace('  ', ' ') });
      const p = a.providerClause?.party;
      const c = a.customerClause?.party;
      if (p && c && p.text === c.text) {
        ctx.report({
          span: c.span,
          message: `\`${c.text}\` is both provider and customer: an agreement needs two different parties`,
          related: [{ file: ctx.file, span: p.span, message: 'named as provider here' }],
        });
      }
    }
  },
});
