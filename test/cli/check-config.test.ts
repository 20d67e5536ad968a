// `pledge check` with configuration: nearest file, --config, problems on
// stderr once per file, exit codes, and the json output shape.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigProblem, runCheck, type CheckOptions } from '../../server/src/cli/check';
import { RULES } from '../../server/src/rules/registry';

const FIXTURES = path.resolve(__dirname, '../fixtures/config');
// Structural rules only, so the findings do not move when other families change.
const STRUCTURE = RULES.filter((r) => r.family === 'structure');
const base: CheckOptions = { format: 'json', quiet: false, color: false, rules: STRUCTURE };

function check(paths: string[], options: Partial<CheckOptions> = {}) {
  const out = runCheck(paths, FIXTURES, { ...base, ...options });
  const json = out.exitCode === 2 || (options.format && options.format !== 'json') ? undefined : JSON.parse(out.stdout);
  return { ...out, json };
}

const rulesOf = (json: { messages: { ruleId: string; severity: string }[] }[]) => json.flatMap((f) => f.messages.map((m) => `${m.ruleId}:${m.severity}`));

describe('check with .pledgerc.json', () => {
  it('uses the nearest file: project/ raises PL008 to error (exit 1)', () => {
    const r = check(['project/stale.pledge']);
    expect(rulesOf(r.json)).toEqual(['PL008:error']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('a nearer file that extends it turns PL008 off (exit 0), also in a deeper folder', () => {
    const r = check(['project/sub/stale.pledge', 'project/sub/deeper/stale.pledge']);
    expect(rulesOf(r.json)).toEqual([]);
    expect(r.exitCode).toBe(0);
  });

  it('--config replaces the search for every file', () => {
    const r = check(['project'], { config: 'project/.pledgerc.json' });
    expect(rulesOf(r.json)).toEqual(['PL008:error', 'PL008:error', 'PL008:error']);
    expect(r.exitCode).toBe(1);
  });

  it('--config naming a missing file is a usage error (exit 2)', () => {
    const r = check(['project/stale.pledge'], { config: 'nope.json' });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('pledge: nope.json: cannot read the file\n');
  });

  it('a configuration that is not JSON stops with exit 2 and its position', () => {
    const r = check(['broken/stale.pledge']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('pledge: broken/.pledgerc.json:4:1: invalid JSON: expected a property name in double quotes, found end of file\n');
  });

  it('an invalid but readable configuration warns once per file and goes on with its valid parts', () => {
    const r = check(['project/stale.pledge', 'project/sub/stale.pledge'], { config: 'samples/invalid.json' });
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'pledge: samples/invalid.json:2:14: "extends": expected "recommended", "strict" or a relative path to a .pledgerc.json, found a number',
      'pledge: samples/invalid.json:4:5: "rules": unknown rule "PL999"',
      'pledge: samples/invalid.json:5:14: "PL008": bad severity "loud" (expected error, warning, info, hint, off)',
      'pledge: samples/invalid.json:6:26: "PL003": unknown option "nope" (PL003 has no options)',
      'pledge: samples/invalid.json:8:3: unknown key "plugins" (expected "extends" or "rules")',
    ]);
    expect(rulesOf(r.json)).toEqual(['PL008:hint', 'PL008:hint']);
  });

  it('exit codes: --quiet hides non-errors, --max-warnings counts configured warnings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledge-check-'));
    fs.copyFileSync(path.join(FIXTURES, 'project/stale.pledge'), path.join(dir, 'a.pledge'));
    fs.writeFileSync(path.join(dir, '.pledgerc.json'), '{ "rules": { "PL008": "warning" } }');
    const run = (o: Partial<CheckOptions>) => runCheck(['a.pledge'], dir, { ...base, ...o });
    expect(run({}).exitCode).toBe(0);
    expect(run({ maxWarnings: 0 }).exitCode).toBe(1);
    expect(run({ maxWarnings: 1 }).exitCode).toBe(0);
    expect(JSON.parse(run({ quiet: true }).stdout)[0].messages).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });

  it('json output keeps its shape', () => {
    const r = check(['project/stale.pledge']);
    expect(r.json).toEqual([
      {
        filePath: path.join(FIXTURES, 'project/stale.pledge'),
        messages: [
          {
            ruleId: 'PL008',
            ruleName: 'unused-suppression',
            severity: 'error',
            message: expect.any(String),
            line: 3,
            column: 29,
            endLine: 3,
            endColumn: 34,
          },
        ],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ]);
  });

  it('formats problems without a position', () => {
    expect(formatConfigProblem({ file: '/w/.pledgerc.json', message: 'm' }, '/w')).toBe('pledge: .pledgerc.json: m\n');
    expect(formatConfigProblem({ file: '/w/a/.pledgerc.json', message: 'm', line: 2, column: 3 }, '/w')).toBe('pledge: a/.pledgerc.json:2:3: m\n');
  });
});
