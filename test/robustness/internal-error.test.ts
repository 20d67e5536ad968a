// A rule that throws cannot hide: it becomes a PL000 error in the analysis, in
// the editor's diagnostics, on stderr, in JSON and SARIF, and exit code 2.

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { analyze } from '../../server/src/engine/analyze';
import { runCheck, type CheckOptions } from '../../server/src/cli/check';
import { toRange } from '../../server/src/lsp/convert';
import { withLocale } from '../../server/src/i18n/index';
import { RULES } from '../../server/src/rules/registry';
import { REPO } from '../harness/analyze';
import { oddThrowRule, RULES_WITH_FAILURE, throwingRule, workingRule } from './throwing-rules';

const DIR = path.join(REPO, 'test/robustness/fixtures/internal-error');
const FILE = path.join(DIR, 'hosting.pledge');
const TEXT = fs.readFileSync(FILE, 'utf8');
const host = { getParsed: () => undefined };
const base: CheckOptions = { format: 'json', quiet: false, color: false, rules: RULES_WITH_FAILURE, version: '1.2.3' };

function sarifValidator() {
  const file = createRequire(__filename).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('PL000 internal-error in analyze', () => {
  it('turns a throwing rule into an error on the agreement keyword, and the other rules still report', () => {
    const a = analyze(FILE, TEXT, { host, rules: RULES_WITH_FAILURE });
    expect(a.internalErrors).toEqual([expect.objectContaining({ ruleId: 'PLT90', message: 'cannot read the emergency ladder' })]);
    const pl000 = a.findings.filter((f) => f.ruleId === 'PL000');
    expect(pl000).toHaveLength(1);
    expect(pl000[0]).toMatchObject({ ruleName: 'internal-error', severity: 'error', fixes: [], related: [] });
    expect(TEXT.slice(pl000[0]!.span.start, pl000[0]!.span.end)).toBe('agreement');
    expect(pl000[0]!.message).toContain('PLT90');
    expect(pl000[0]!.message).toContain('cannot read the emergency ladder');
    expect(a.findings.map((f) => f.ruleId)).toContain(workingRule.id);
  });

  it('puts it at the start of a file without an agreement', () => {
    const a = analyze('/w/x.pledge', 'party Acme "Acme"\n', { host, rules: [throwingRule] });
    expect(a.findings.map((f) => [f.ruleId, f.span])).toEqual([['PL000', { start: 0, end: 0 }]]);
  });

  it('describes values thrown that are not errors', () => {
    const a = analyze(FILE, TEXT, { host, rules: [oddThrowRule] });
    expect(a.internalErrors).toEqual([expect.objectContaining({ ruleId: 'PLT91', message: '[object Object]' })]);
    expect(a.findings.map((f) => f.ruleId)).toEqual(['PL000']);
  });

  it('cannot be turned off or suppressed', () => {
    const text = TEXT.replace('agreement', '// pledge-disable-next-line PL000 internal-error always-throws\nagreement');
    const settings = { rules: new Map([['PL000', { severity: 'off' as const }], ['PLT90', { severity: 'off' as const }]]) };
    const a = analyze(FILE, text, { host, rules: [throwingRule], settings });
    expect(a.findings.filter((f) => f.ruleId === 'PL000').map((f) => f.severity)).toEqual(['error']);
  });

  it('speaks Dutch in the Dutch locale', () => {
    const a = withLocale('nl', () => analyze(FILE, TEXT, { host, rules: [throwingRule] }));
    expect(a.findings[0]!.message).toMatch(/^interne fout in regel PLT90: cannot read the emergency ladder/);
  });

  it('is registered, always on, with an empty check', () => {
    const rule = RULES.find((r) => r.id === 'PL000')!;
    expect(rule).toMatchObject({ name: 'internal-error', family: 'structure', severity: 'error', alwaysOn: true });
    const a = analyze(FILE, TEXT, { host });
    expect(a.internalErrors).toEqual([]);
    expect(a.findings.map((f) => f.ruleId)).not.toContain('PL000');
  });

  it('reaches the editor as an error diagnostic at the agreement keyword (the diagnostics conversion)', () => {
    const a = analyze(FILE, TEXT, { host, rules: RULES_WITH_FAILURE });
    const f = a.findings.find((x) => x.ruleId === 'PL000')!;
    expect(toRange(a.text, f.span)).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 9 } });
  });
});

describe('PL000 in pledge check', () => {
  it('an agreement without emergency cover cannot pass green when the rule that looks for it throws', () => {
    const out = runCheck(['hosting.pledge'], DIR, { ...base, format: 'stylish', rules: [throwingRule] });
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe('pledge: internal error in rule PLT90 on hosting.pledge: cannot read the emergency ladder\n');
    expect(out.stdout).toContain('PL000 internal-error');
  });

  it('exits 2 even with --quiet and when every other finding is clean', () => {
    expect(runCheck(['no-agreement.pledge'], DIR, { ...base, quiet: true, rules: [throwingRule] }).exitCode).toBe(2);
    expect(runCheck(['no-agreement.pledge'], DIR, { ...base, rules: [workingRule] }).exitCode).toBe(0);
  });

  it('lists the PL000 finding in JSON', () => {
    const out = runCheck(['hosting.pledge'], DIR, base);
    expect(out.exitCode).toBe(2);
    const json = JSON.parse(out.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string; line: number; column: number; message: string }>; errorCount: number }>;
    const m = json[0]!.messages.find((x) => x.ruleId === 'PL000')!;
    expect(m).toMatchObject({ severity: 'error', line: 4, column: 1 });
    expect(m.message).toContain('PLT90');
    expect(json[0]!.errorCount).toBe(1);
  });

  it('marks the SARIF run as failed, with a notification naming the rule, and stays valid SARIF', () => {
    const out = runCheck(['hosting.pledge'], DIR, { ...base, format: 'sarif' });
    expect(out.exitCode).toBe(2);
    const log = JSON.parse(out.stdout) as Sarif.Log;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
    const n = invocation.toolExecutionNotifications![0]!;
    expect(n).toMatchObject({ level: 'error', descriptor: { id: 'PL000' }, associatedRule: { id: 'PLT90' } });
    expect(n.message.text).toContain('cannot read the emergency ladder');
    expect(n.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 4, startColumn: 1 });
    expect(log.runs[0]!.results!.map((r) => r.ruleId)).toContain('PL000');
  });

  it('a run without failures is successful in SARIF', () => {
    const out = runCheck(['hosting.pledge'], DIR, { ...base, format: 'sarif', rules: [workingRule] });
    const log = JSON.parse(out.stdout) as Sarif.Log;
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
    expect(out.exitCode).toBe(0);
  });
});
