import { defineRule } from '../types';
import { declareMissingFix } from '../fixes/declare';

export default defineRule({
  id: 'PL002',
  name: 'unresolved-reference',
  family: 'structure',
  severity: 'error',
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
