// `pledge check` on worker threads gives exactly the serial output: same
// files, findings, order, configuration problems and exit code.

import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunks, joinRuns, threadsFor } from '../../server/src/cli/parallel';
import type { CheckRun } from '../../server/src/cli/check';

const REPO = path.resolve(__dirname, '../..');
const INPUTS = ['samples', 'test/fixtures/rules', 'test/fixtures/fixes', 'test/fixtures/format', 'test/fixtures/config/project'];

const check = (jobs: string, ...args: string[]) =>
  spawnSync(process.execPath, ['server/bin/pledge.js', 'check', ...INPUTS, '--no-color', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PLEDGE_JOBS: jobs, LC_ALL: 'C', LANG: 'C' },
    maxBuffer: 1 << 26,
  });

describe('parallel pledge check', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  }, 120_000);

  for (const format of ['json', 'stylish', 'sarif']) {
    it(`writes the same ${format} output on three threads as on one`, () => {
      const serial = check('1', '--format', format);
      const parallel = check('3', '--format', format);
      expect(serial.stdout.length).toBeGreaterThan(1000);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(parallel.stderr).toBe(serial.stderr);
      expect(parallel.status).toBe(serial.status);
    }, 120_000);
  }
});

describe('chunks and joins', () => {
  it('cuts a list into contiguous parts, largest first, that join back in order', () => {
    const files = Array.from({ length: 100 }, (_, i) => `f${i}`);
    const parts = chunks(files, 2);
    // Each part is a quarter of what is left, and never fewer than 4 files.
    expect(parts.map((p) => p.length)).toEqual([25, 19, 14, 11, 8, 6, 5, 4, 4, 4]);
    expect(parts.flat()).toEqual(files);
    expect(chunks(['a'], 1)).toEqual([['a']]);
    expect(chunks([], 2)).toEqual([]);
  });

  it('keeps each configuration problem once, in first-seen order', () => {
    const p = (message: string) => ({ file: '/w/.pledgerc.json', message, line: 1, column: 1 });
    const run = (names: string[], problems: string[], notes = ''): CheckRun =>
      ({ files: names.map((n) => ({ result: { filePath: n } })), configProblems: problems.map(p), fixReport: '', fixNotes: '', internalNotes: notes, unwritten: 0 }) as unknown as CheckRun;
    const joined = joinRuns([run(['a', 'b'], ['x', 'y'], 'n1\n'), run(['c'], ['y', 'z'], 'n2\n')]);
    expect(joined.files.map((f) => f.result.filePath)).toEqual(['a', 'b', 'c']);
    expect(joined.configProblems.map((c) => c.message)).toEqual(['x', 'y', 'z']);
    expect(joined.internalNotes).toBe('n1\nn2\n');
  });

  it('uses PLEDGE_JOBS when given, else one thread per core once there are enough files', () => {
    expect(threadsFor(100, { PLEDGE_JOBS: '1' })).toBe(1);
    expect(threadsFor(100, { PLEDGE_JOBS: '3' })).toBe(3);
    expect(threadsFor(2, { PLEDGE_JOBS: '8' })).toBe(2);
    expect(threadsFor(3, {})).toBe(1);
    // A thread pays for its start-up from about 1,250 files.
    expect(threadsFor(1000, {}, 2)).toBe(1);
    expect(threadsFor(2500, {}, 2)).toBe(2);
    expect(threadsFor(2500, {}, 8)).toBe(2);
    expect(threadsFor(20000, {}, 8)).toBe(8);
  });
});
