import { defineRule } from '../types';
import { declareMissingFix } from '../fixes/declare';
import { explainedByBrokenImport } from './common';

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
      // A name the unresolved import may declare: PL007 reports the import once
      // and counts these names; reporting each of them would bury that one cause.
      if (explainedByBrokenImport(ctx.model, r)) continue;
      const fix = declareMissingFix(ctx, r);
      ctx.report({ span: r.span, message: r.problem, fixes: fix ? [fix] : [] });
    }
  },
});
