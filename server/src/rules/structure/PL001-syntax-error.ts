import { defineRule } from '../types';

export default defineRule({
  id: 'PL001',
  name: 'syntax-error',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const e of ctx.parsed.errors) ctx.report({ span: e.span, message: e.message });
  },
});
