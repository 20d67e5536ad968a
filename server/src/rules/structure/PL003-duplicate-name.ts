import { defineRule } from '../types';

export default defineRule({
  id: 'PL003',
  name: 'duplicate-name',
  family: 'structure',
  severity: 'error',
  description: 'A name is declared twice in one scope, or a once-only clause appears twice.',
  why: 'Two answers to one question leave each party free to pick the one it prefers.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const d of ctx.model.duplicates) {
      ctx.report({
        span: d.span,
        message: d.message,
        related: d.first ? [{ file: d.first.file, span: d.first.span, message: 'first declared here' }] : [],
      });
    }
  },
});
