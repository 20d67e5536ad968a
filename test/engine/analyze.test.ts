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

describe('fixes in CRLF files', () => {
  const lf = 'party A "A"\nparty B "B"\nagreement "x" {\n  provider A\n  customer B\n  obligation A "Report" as effort every month\n  obligation B "Pay" as effort every month\n  // pledge-disable-next-line PL304\n  change by A\n}\n';
  const crlf = lf.replace(/\n/g, '\r\n');

  it('insert CRLF line breaks, never lone LF', async () => {
    const a = analyze('/tmp/crlf.pledge', crlf, { host: { getParsed: () => undefined } });
    const review = a.findings.find((f) => f.ruleId === 'PL310');
    expect(review?.fixes.length).toBeGreaterThan(0);
    for (const e of review!.fixes.flatMap((f) => f.edits)) expect(e.newText).not.toMatch(/(^|[^\r])\n/);
    const { codeActions } = await import('../../server/src/features/codeActions');
    const actions = codeActions(a, { span: review!.span });
    const disable = actions.find((x) => x.title === 'Disable PL310 for this line')!;
    expect(disable.edits[0]!.newText).toMatch(/\r\n$/);
  });

  it('extend an existing disable-next-line comment in a CRLF file', async () => {
    const text = crlf.replace('// pledge-disable-next-line PL304', '// pledge-disable-next-line PL201');
    const a = analyze('/tmp/crlf.pledge', text, { host: { getParsed: () => undefined } });
    const change = a.findings.find((f) => f.ruleId === 'PL304')!;
    const { codeActions } = await import('../../server/src/features/codeActions');
    const disable = codeActions(a, { span: change.span }).find((x) => x.title === 'Disable PL304 for this line')!;
    expect(disable.edits[0]!.newText).toBe(' PL304');
  });
});
