import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeLenses, lensTitle } from '../../server/src/features/codeLens';
import type { Finding, Severity } from '../../server/src/rules/types';
import { REPO } from '../harness/analyze';
import { analyzeFixture, offsetOf } from './util';

const example = fs.readFileSync(path.join(REPO, 'test/fixtures/language/complete-example.pledge'), 'utf8');

function finding(severity: Severity, start: number): Finding {
  return { ruleId: 'PL999', ruleName: 'test', severity, message: '', file: 'x', span: { start, end: start + 1 }, related: [], fixes: [] };
}

/** The lenses of each agreement, their titles joined as the editor shows them in one line. */
function lines(lenses: ReturnType<typeof codeLenses>): string[] {
  const by = new Map<number, string[]>();
  for (const l of lenses) by.set(l.span.start, [...(by.get(l.span.start) ?? []), l.title]);
  return [...by.values()].map((titles) => titles.join(' · '));
}

describe('code lens', () => {
  it('sums up the LANGUAGE.md example at its agreement keyword', () => {
    // Analysed next to test/fixtures/features/parties.pledge, which its import names.
    const a = analyzeFixture('complete-example.pledge', example);
    expect(a.findings.filter((f) => f.ruleId === 'PL007')).toEqual([]);
    const lenses = codeLenses(a);
    expect(lenses).toHaveLength(3);
    const start = offsetOf(example, 'agreement "Managed Workplace 2026"', 'agreement');
    for (const l of lenses) expect(l.span).toEqual({ start, end: start + 'agreement'.length });
    // Acme: Restore, Advice + service Workplace + KPI FirstTimeFix it reports = 4.
    // Utrecht: Forecast, Access = 2.
    expect(lines(lenses)[0]!.startsWith('Acme owes 4 · Utrecht owes 2 · ')).toBe(true);
    const n = a.findings.length;
    expect(lines(lenses)[0]).toMatch(n === 0 ? /· no findings$/ : new RegExp(`· ${n} findings? \\(`));
  });

  it('counts only the findings inside each agreement, by severity', () => {
    const t = [
      'party A',
      'party B',
      'agreement "One" { provider A customer B obligation B "pay" }',
      'agreement "Two" { provider B customer A obligation A "pay" obligation A "report" }',
      '',
    ].join('\n');
    const a = analyzeFixture('two.pledge', t);
    const one = offsetOf(t, 'agreement "One"');
    const two = offsetOf(t, 'agreement "Two"');
    a.findings = [finding('error', one + 20), finding('warning', two + 20), finding('warning', two + 30), finding('hint', two + 40)];
    expect(lines(codeLenses(a))).toEqual([
      'A owes 0 · B owes 1 · 1 finding (1 error)',
      'B owes 0 · A owes 2 · 3 findings (2 warnings, 1 hint)',
    ]);
  });

  it('says when an agreement has no findings', () => {
    const a = analyzeFixture('two.pledge', 'party A\nparty B\nagreement "One" { provider A customer B }\n');
    a.findings = [];
    expect(lensTitle(a.model.agreements[0]!, [])).toBe('A owes 0 · B owes 0 · no findings');
  });

  it('shows the obligations of a party as references when its count is clicked', () => {
    const a = analyzeFixture('complete-example.pledge', example);
    const acme = codeLenses(a).find((l) => l.title === 'Acme owes 4')!;
    expect(acme.action?.kind).toBe('references');
    if (acme.action?.kind !== 'references') return;
    expect(acme.action.at).toBe(acme.span.start);
    const written = acme.action.locations.map((l) => example.slice(l.span.start, l.span.end).split('\n')[0]);
    expect(written).toEqual([
      'service Workplace "Digital workplace" {',
      'reported by Acme to Utrecht every month',
      'obligation Restore Acme "Restore service after a major incident" as result within 8 hours',
      'obligation Advice Acme "Advise on capacity and lifecycle" as effort every quarter',
    ]);
    expect(acme.action.locations.every((l) => l.file === a.file)).toBe(true);
    // Plain data, as the language server sends it on.
    expect(JSON.parse(JSON.stringify(acme.action))).toEqual(acme.action);
  });

  it('opens the problems of the file when the findings are clicked, and does nothing without findings', () => {
    const t = 'party A\nparty B\nagreement "One" { provider A customer B }\n';
    const a = analyzeFixture('two.pledge', t);
    a.findings = [finding('warning', t.indexOf('provider'))];
    expect(codeLenses(a).at(-1)!.action).toEqual({ kind: 'problems' });
    a.findings = [];
    expect(codeLenses(a).at(-1)!.action).toBeUndefined();
  });
});
