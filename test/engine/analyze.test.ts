// The engine never fails an analysis because one rule fails.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/engine/analyze';
import { RULES } from '../../server/src/rules/registry';
import { defineRule } from '../../server/src/rules/types';

const broken = defineRule({
  id: 'PL999',
  name: 'broken-rule',
  family: 'structure',
  severity: 'error',
  description: 'throws',
  why: 'to test',
  tags: [],
  options: {},
  check() {
    throw new Error('boom');
  },
});

describe('analyze', () => {
  it('turns a throwing rule into an internal error and keeps the other findings', () => {
    const text = 'party A "A"\nagreement "x" {\n  provider A\n  customer Missing\n}\n';
    const a = analyze('/tmp/x.pledge', text, { host: { getParsed: () => undefined }, rules: [broken, ...RULES] });
    expect(a.internalErrors).toEqual([expect.objectContaining({ ruleId: 'PL999', message: 'boom' })]);
    expect(a.findings.map((f) => f.ruleId)).toContain('PL002');
  });

  it('sorts findings by position', () => {
    const text = 'party A "A"\nagreement "x" {\n  provider Q\n  customer R\n}\n';
    const a = analyze('/tmp/x.pledge', text, { host: { getParsed: () => undefined } });
    const starts = a.findings.map((f) => f.span.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});
