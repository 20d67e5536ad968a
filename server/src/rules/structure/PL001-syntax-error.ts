import { defineRule } from '../types';

export default defineRule({
  id: 'PL001',
  name: 'syntax-error',
  family: 'structure',
  severity: 'error',
  description: 'The text does not match the grammar of the language.',
  why: 'A clause the analyser cannot read is a clause nobody can rely on.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const e of ctx.parsed.errors) ctx.report({ span: e.span, message: e.message });
  },
});
