import { defineRule } from '../types';

export default defineRule({
  id: 'PL007',
  name: 'unresolved-import',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const p of ctx.model.importProblems) ctx.report({ span: p.span, message: p.message });
  },
});
