import { defineRule } from '../types';

export default defineRule({
  id: 'PL006',
  name: 'invalid-term',
  family: 'structure',
  severity: 'error',
  description: 'The term `effective … until …` ends before it starts.',
  why: 'An agreement that ends before it begins is never in force.',
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
          message: `the term ends on ${e.until.text}, before it starts on ${e.from.text}`,
          related: [{ file: ctx.file, span: e.from.span, message: 'the term starts here' }],
        });
      }
    }
  },
});
