// Suppression comments (LANGUAGE.md §6) against real rules.

import { describe, expect, it } from 'vitest';
import { analyzeText } from '../harness/analyze';

const AGREEMENT = (before: string, inside = '') => `party Acme "Acme" { contact Desk "Desk" phone "+31 20 555 0100" }
party Town "Town"
${before}
agreement "A" {
  provider Acme
  customer Town
  obligation Town "Pay invoices" as effort every month
  obligation Acme "Report" as effort every month
${inside}  change by Acme
  review every quarter by both
}
`;

const ids = (text: string) => analyzeText('/tmp/suppress.pledge', text).findings.map((f) => f.ruleId);

describe('suppression comments', () => {
  it('the unsuppressed text has the finding', () => {
    expect(ids(AGREEMENT(''))).toContain('PL304');
  });

  it('disable-next-line by id and by name', () => {
    expect(ids(AGREEMENT('', '  // pledge-disable-next-line PL304\n'))).toEqual([]);
    expect(ids(AGREEMENT('', '  // pledge-disable-next-line unilateral-change\n'))).toEqual([]);
  });

  it('disable until enable, and until the end of the file', () => {
    expect(ids(AGREEMENT('// pledge-disable PL304'))).toEqual([]);
    // Re-enabled before the clause: the finding is back, and the empty range is reported as unused.
    const reenabled = AGREEMENT('// pledge-disable PL304', '  // pledge-enable PL304\n');
    expect(ids(reenabled).sort()).toEqual(['PL008', 'PL304']);
  });

  it('a disable without rules silences every configurable rule', () => {
    expect(ids(AGREEMENT('/* pledge-disable */'))).toEqual([]);
  });

  it('an explanation after -- is not read as rule names', () => {
    expect(ids(AGREEMENT('', '  // pledge-disable-next-line PL304 -- agreed with the customer on 2026-03-01\n'))).toEqual([]);
  });

  it('reports a suppression that suppresses nothing, on the rule name, as a hint', () => {
    const a = analyzeText('/tmp/suppress.pledge', AGREEMENT('', '  // pledge-disable-next-line PL304 PL201\n'));
    expect(a.findings.map((f) => [f.ruleId, f.severity, a.text.slice(f.span.start, f.span.end)])).toEqual([['PL008', 'hint', 'PL201']]);
  });

  it('does not silence structural rules', () => {
    const text = AGREEMENT('', '  // pledge-disable-next-line PL002\n  termination Nobody\n');
    expect(ids(text)).toEqual(expect.arrayContaining(['PL002', 'PL008']));
  });
});
