// Rules for CLI tests whose findings and fixes do not depend on the real rule set.

import { defineRule, type Rule } from '../../server/src/rules/types';

function word(text: string, w: string): { start: number; end: number } | undefined {
  const start = text.indexOf(w);
  return start < 0 ? undefined : { start, end: start + w.length };
}

/** `"draft"` → `"beta"` (auto), with the agreement's name as related location. */
export const draftRule = defineRule({
  id: 'PLT01',
  name: 'draft-version',
  family: 'structure',
  severity: 'error',
  description: 'A draft version.',
  why: 'Drafts are not binding.',
  tags: ['test'],
  options: {},
  check(ctx) {
    const span = word(ctx.text, '"draft"');
    const name = word(ctx.text, '"Draft terms"');
    if (!span) return;
    ctx.report({
      span,
      message: 'the version is a draft',
      related: name ? [{ file: ctx.file, span: name, message: 'this agreement' }] : [],
      fixes: [
        { title: 'Call it beta', auto: true, edits: [{ span, newText: '"beta"' }] },
        { title: 'Call it final', edits: [{ span, newText: '"final"' }] },
      ],
    });
  },
});

/** `"beta"` → `"1.0"` (auto): only reachable in a second pass. */
export const betaRule = defineRule({
  id: 'PLT02',
  name: 'beta-version',
  family: 'structure',
  severity: 'warning',
  description: 'A beta version.',
  why: 'Betas are not binding.',
  tags: ['test'],
  options: {},
  check(ctx) {
    const span = word(ctx.text, '"beta"');
    if (span) ctx.report({ span, message: 'the version is a beta', fixes: [{ title: 'Call it 1.0', auto: true, edits: [{ span, newText: '"1.0"' }] }] });
  },
});

/** Competes with draftRule for the same text: `"draft"` → `"rc"`. */
export const rcRule = defineRule({
  id: 'PLT03',
  name: 'rc-version',
  family: 'structure',
  severity: 'info',
  description: 'Another opinion on drafts.',
  why: 'Tests.',
  tags: ['test'],
  options: {},
  check(ctx) {
    const span = word(ctx.text, '"draft"');
    if (span) ctx.report({ span, message: 'call it rc', fixes: [{ title: 'Call it rc', auto: true, edits: [{ span, newText: '"rc"' }] }] });
  },
});

/** Its auto fix breaks the syntax. */
export const breakingRule = defineRule({
  id: 'PLT04',
  name: 'breaking',
  family: 'structure',
  severity: 'warning',
  description: 'Breaks things.',
  why: 'Tests.',
  tags: ['test'],
  options: {},
  check(ctx) {
    const span = word(ctx.text, 'effective');
    if (span) ctx.report({ span, message: 'rewrite', fixes: [{ title: 'Break it', auto: true, edits: [{ span, newText: 'effective {{' }] }] });
  },
});

export const FAKE_RULES: Rule<any>[] = [draftRule, betaRule];
