import { defineRule } from '../types';
import { declareMissingFix } from '../fixes/declare';

export default defineRule({
  id: 'PL002',
  name: 'unresolved-reference',
  family: 'structure',
  severity: 'error',
  description: 'A party, contact, calendar, service or obligation name does not resolve.',
  why: 'A promise made to or by someone who is not in the agreement binds nobody.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const r of ctx.model.references) {
      if (r.target || !r.problem) continue;
      const fix = declareMissingFix(ctx, r);
      ctx.report({ span: r.span, message: r.problem, fixes: fix ? [fix] : [] });
    }
  },
});
