import { defineRule } from '../types';

export default defineRule({
  id: 'PL007',
  name: 'unresolved-import',
  family: 'structure',
  severity: 'error',
  description: 'An import that does not exist, is not a `.pledge` file, or leaves the workspace folder.',
  why: 'Shared definitions that cannot be found silently change what every name means.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const p of ctx.model.importProblems) ctx.report({ span: p.span, message: p.message });
  },
});
