// Rules that fail, for the tests that show a failing rule cannot pass unnoticed.

import { defineRule, type Rule } from '../../server/src/rules/types';

/** Throws an Error on every file. */
export const throwingRule = defineRule({
  id: 'PLT90',
  name: 'always-throws',
  family: 'emergencies',
  severity: 'warning',
  description: 'Fails on every file.',
  why: 'Tests.',
  tags: ['test'],
  options: {},
  check() {
    throw new Error('cannot read the emergency ladder');
  },
});

/** Throws something that is not an Error (no message, no toString). */
export const oddThrowRule = defineRule({
  id: 'PLT91',
  name: 'throws-odd-values',
  family: 'balance',
  severity: 'info',
  description: 'Fails with an object that has no prototype.',
  why: 'Tests.',
  tags: ['test'],
  options: {},
  check() {
    throw Object.create(null);
  },
});

/** Reports on `"draft"`: shows the other rules still report. */
export const workingRule = defineRule({
  id: 'PLT92',
  name: 'draft-version',
  family: 'structure',
  severity: 'warning',
  description: 'A draft version.',
  why: 'Tests.',
  tags: ['test'],
  options: {},
  check(ctx) {
    const start = ctx.text.indexOf('"draft"');
    if (start >= 0) ctx.report({ span: { start, end: start + 7 }, message: 'the version is a draft' });
  },
});

export const RULES_WITH_FAILURE: Rule<any>[] = [workingRule, throwingRule];
