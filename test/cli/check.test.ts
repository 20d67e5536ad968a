// `pledge check`: which files it reads, its exit codes, and the JSON shape.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runChecks, type CheckOptions } from '../../server/src/cli/check';
import { REPO } from '../harness/analyze';
import { RULES } from '../../server/src/rules/registry';

/** The structural rules: findings that do not move when other families change. */
const STRUCTURE = RULES.filter((r) => r.family === 'structure');

const TREE = path.join(REPO, 'test/fixtures/cli');
const base: CheckOptions = { format: 'json', quiet: false, color: false };
const run = (paths: string[], options: Partial<CheckOptions> = {}) => runCheck(paths, TREE, { ...base, ...options });
const files = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((f) => path.relative(TREE, f.filePath));

describe('pledge check', () => {
  it('reads directories recursively, only *.pledge', () => {
    expect(files(run(['tree']).stdout)).toEqual(['tree/clean.pledge', 'tree/nested/error.pledge', 'tree/nested/warning.pledge']);
  });

  it('expands globs and reads named files', () => {
    expect(files(run(['tree/**/w*.pledge']).stdout)).toEqual(['tree/nested/warning.pledge']);
    expect(files(run(['tree/clean.pledge']).stdout)).toEqual(['tree/clean.pledge']);
  });

  it('exits 0 without errors, 1 with errors', () => {
    expect(run(['tree/clean.pledge']).exitCode).toBe(0);
    expect(run(['tree/nested/warning.pledge']).exitCode).toBe(0);
    expect(run(['tree/nested/error.pledge']).exitCode).toBe(1);
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    expect(run(['tree/nested/warning.pledge'], { maxWarnings: 1 }).exitCode).toBe(0);
    const over = run(['tree/nested/warning.pledge'], { maxWarnings: 0 });
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toMatch(/more than the maximum of 0/);
  });

  it('--quiet reports errors only', () => {
    const json = JSON.parse(run(['tree'], { quiet: true }).stdout) as Array<{ messages: Array<{ severity: string }> }>;
    expect(json.flatMap((f) => f.messages.map((m) => m.severity))).toEqual(['error']);
  });

  it('exits 2 with one line for an unreadable path or a glob matching nothing', () => {
    const missing = run(['no/such/file.pledge']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe('pledge: cannot read "no/such/file.pledge": no such file or directory\n');
    expect(run(['tree/**/*.nothing']).exitCode).toBe(2);
  });

  it('prints the JSON shape of the specification, with absolute paths and 1-based positions', () => {
    const [file] = JSON.parse(run(['tree/nested/error.pledge'], { rules: STRUCTURE }).stdout);
    expect(path.isAbsolute(file.filePath)).toBe(true);
    expect(file).toEqual({
      filePath: path.join(TREE, 'tree/nested/error.pledge'),
      messages: [
        {
          ruleId: 'PL002',
          ruleName: 'unresolved-reference',
          severity: 'error',
          message: 'party `Nobody` is not declared',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 18,
        },
      ],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
    });
  });

  it('follows import cycles without trouble', () => {
    const json = JSON.parse(run(['cycle'], { rules: STRUCTURE }).stdout) as Array<{ messages: unknown[] }>;
    expect(json.map((f) => f.messages)).toEqual([[], []]);
  });

  it('reports a usage error from the command line with exit 2 and no stack trace', () => {
    const r = spawnSync(process.execPath, [path.join(REPO, 'server/bin/pledge.js'), 'check', '--format', 'xml'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/argument 'xml' is invalid/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('what a check keeps', () => {
  it('keeps of each file only what the report reads (the text only for SARIF)', () => {
    const files = ['healthy', 'over-promising', 'parties'].map((n) => path.join(REPO, 'samples', `${n}.pledge`));
    for (const format of ['json', 'stylish', 'sarif'] as const) {
      const run = runChecks(files, REPO, { format, quiet: false, color: false });
      expect(run.files).toHaveLength(3);
      for (const f of run.files) {
        expect(Object.keys(f.analysis).sort()).toEqual(['file', 'internalErrors', 'text']);
        expect(f.analysis.text === '').toBe(format !== 'sarif');
      }
      expect(run.files.some((f) => f.findings.length > 0)).toBe(true);
    }
  });
});
