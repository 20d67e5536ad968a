// `pledge check --fix` and `--fix-dry-run`, always on temporary copies.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../server/src/cli/check';
import { applyAutoFixes, applyEdits, chooseFixes, MAX_FIX_PASSES, unifiedDiff } from '../../server/src/cli/fix';
import { analyze } from '../../server/src/engine/analyze';
import { Program } from '../../server/src/engine/program';
import type { Finding, Rule } from '../../server/src/rules/types';
import { betaRule, breakingRule, draftRule, rcRule } from './fake-rules';

const SOURCE = path.resolve(__dirname, '../fixtures/config/fix/draft.pledge');
const ORIGINAL = fs.readFileSync(SOURCE, 'utf8');
const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempCopy(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledge-fix-'));
  temps.push(dir);
  const file = path.join(dir, 'draft.pledge');
  fs.copyFileSync(SOURCE, file);
  return { dir, file };
}

function findingsWith(rules: Rule<any>[], file = '/x/draft.pledge') {
  const host = new Program().host('/x');
  return (text: string) => analyze(file, text, { host, rules }).findings;
}

const finding = (start: number, end: number, auto = true, file?: string): Finding => ({
  ruleId: 'PLT01',
  ruleName: 't',
  severity: 'error',
  message: 'm',
  file: '/x/a.pledge',
  span: { start, end },
  related: [],
  fixes: [{ title: `${start}-${end}`, auto, edits: [{ span: { start, end }, newText: 'X', ...(file ? { file } : {}) }] }],
});

describe('choosing and applying fixes', () => {
  it('takes auto fixes that touch no edit chosen before', () => {
    const chosen = chooseFixes([finding(0, 5), finding(3, 8), finding(5, 6), finding(5, 5), finding(9, 10, false), finding(10, 12, true, '/x/b.pledge')], '/x/a.pledge');
    expect(chosen.map((f) => f.title)).toEqual(['0-5', '5-6']);
  });

  it('applies edits from the end so offsets stay valid', () => {
    expect(applyEdits('abcdef', [{ span: { start: 0, end: 1 }, newText: 'XX' }, { span: { start: 4, end: 6 }, newText: '' }])).toBe('XXbcd');
  });

  it('repeats passes until stable', () => {
    const out = applyAutoFixes('/x/draft.pledge', ORIGINAL, findingsWith([draftRule, betaRule]));
    expect(out.applied).toEqual(['Call it beta', 'Call it 1.0']);
    expect(out.fixed).toBe(ORIGINAL.replace('"draft"', '"1.0"'));
    expect(out.passes).toBe(2);
    expect(out.parses).toBe(true);
  });

  it('applies only one of two overlapping fixes in a pass', () => {
    const out = applyAutoFixes('/x/draft.pledge', ORIGINAL, findingsWith([draftRule, rcRule]));
    expect(out.applied).toEqual(['Call it beta']);
    expect(out.fixed).toContain('version "beta"');
  });

  it(`stops after ${MAX_FIX_PASSES} passes and notices a result that does not parse`, () => {
    const out = applyAutoFixes('/x/draft.pledge', ORIGINAL, findingsWith([breakingRule]));
    expect(out.passes).toBe(MAX_FIX_PASSES);
    expect(out.parses).toBe(false);
  });
});

describe('unifiedDiff', () => {
  it('shows changed lines with two lines of context', () => {
    expect(unifiedDiff('a.pledge', 'a\nb\nc\nd\ne\nf\ng\n', 'a\nb\nc\nD\ne\nf\ng\n')).toBe(
      ['--- a.pledge', '+++ a.pledge (fixed)', '@@ -2,5 +2,5 @@', ' b', ' c', '-d', '+D', ' e', ' f', ''].join('\n'),
    );
  });

  it('shows insertions and separate hunks', () => {
    const before = Array.from({ length: 12 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l1\n', 'l1\nnew\n').replace('l10', 'L10');
    const diff = unifiedDiff('x', before, after);
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -1,4 +1,5 @@', '@@ -9,4 +10,4 @@']);
    expect(diff).toContain('\n+new\n');
  });

  it('is empty for equal texts', () => {
    expect(unifiedDiff('x', 'a', 'a')).toBe('');
  });

  it('compares lines, not line breaks: a CRLF file shows its lines', () => {
    expect(unifiedDiff('x', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n')).toBe(['--- x', '+++ x (fixed)', '@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c', ''].join('\n'));
  });

  it('writes hunks as `diff -u` does, a missing final line break included', () => {
    expect(unifiedDiff('x', 'a\nb\n', 'new\na\nb\n')).toBe(['--- x', '+++ x (fixed)', '@@ -1,2 +1,3 @@', '+new', ' a', ' b', ''].join('\n'));
    expect(unifiedDiff('x', 'a\nb', 'a\nb\n')).toBe(
      ['--- x', '+++ x (fixed)', '@@ -1,2 +1,2 @@', ' a', '-b', '\\ No newline at end of file', '+b', ''].join('\n'),
    );
  });
});

describe('pledge check --fix', () => {
  const options = (o: Partial<CheckOptions>): CheckOptions => ({ format: 'stylish', quiet: false, color: false, rules: [draftRule, betaRule], ...o });

  it('writes the fixed file and reports what remains', () => {
    const { dir, file } = tempCopy();
    expect(runCheck(['draft.pledge'], dir, options({})).exitCode).toBe(1);
    const out = runCheck(['draft.pledge'], dir, options({ fix: true }));
    expect(fs.readFileSync(file, 'utf8')).toBe(ORIGINAL.replace('"draft"', '"1.0"'));
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('no problems');
  });

  it('--fix-dry-run prints the diff and does not write', () => {
    const { dir, file } = tempCopy();
    const out = runCheck(['draft.pledge'], dir, options({ fixDryRun: true }));
    expect(fs.readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(out.stdout).toContain(['--- draft.pledge', '+++ draft.pledge (fixed)', '@@ -4,5 +4,5 @@', '   provider Acme', '   customer Town', '-  version "draft"', '+  version "1.0"'].join('\n'));
    expect(out.exitCode).toBe(0);
  });

  it('keeps stdout parseable: with json the diff goes to stderr', () => {
    const { dir } = tempCopy();
    const out = runCheck(['draft.pledge'], dir, options({ fixDryRun: true, format: 'json' }));
    expect(() => JSON.parse(out.stdout)).not.toThrow();
    expect(out.stderr).toContain('+  version "1.0"');
  });

  it('does not write a result that would not parse', () => {
    const { dir, file } = tempCopy();
    const out = runCheck(['draft.pledge'], dir, options({ fix: true, rules: [breakingRule] }));
    expect(fs.readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(out.stderr).toBe('pledge: not fixing draft.pledge: the fixed text would not parse\n');
    expect(out.exitCode).toBe(0); // the breaking rule only warns
  });
});
