import { defineRule } from '../types';

export default defineRule({
  id: 'PL304',
  name: 'unilateral-change',
  family: 'balance',
  severity: 'warning',
  description: '`change by` names a single party.',
  why: 'Terms that one side may change alone are not an agreement between equals but a promise that can be withdrawn.',
  tags: ['balance', 'change'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const c of a.changes) {
        if (c.by?.kind !== 'Name') continue;
        ctx.report({
          span: c.by.span,
          message: `only \`${c.by.text}\` may change the agreement: the other party has no say in changes to its terms`,
          fixes: [{ title: 'Change to `change by both`', edits: [{ span: c.by.span, newText: 'both' }] }],
        });
      }
    }
  },
});
