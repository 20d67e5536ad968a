// `pledge diff` as a command: exit codes 0 (no changes), 1 (changes) and 2
// (errors), and `--git REV FILE` against a repository made here with
// isomorphic-git itself, so no `git` program is needed.

import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import git from 'isomorphic-git';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, TODAY } from '../harness/analyze';
import { runDiff } from '../../server/src/cli/diff';

const FIXTURES = 'test/fixtures/diff';
const run = (args: string[], options: Partial<Parameters<typeof runDiff>[2]> = {}, cwd = REPO) => runDiff(args, cwd, { format: 'stylish', today: TODAY, ...options });

describe('pledge diff OLD NEW', () => {
  it('exits 0 when nothing changed', async () => {
    const out = await run([`${FIXTURES}/reordered-only/old.pledge`, `${FIXTURES}/reordered-only/new.pledge`]);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain('No changes');
  });

  it('exits 1 with the changes when something changed', async () => {
    const out = await run([`${FIXTURES}/availability-up/old.pledge`, `${FIXTURES}/availability-up/new.pledge`]);
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain('availability 99.5% per month → 99.9% per month: downtime budget 216 min → 43.2 min (stronger promise by Acme; favours Utrecht)');
  });

  it('writes JSON and Markdown', async () => {
    const args = [`${FIXTURES}/termination/old.pledge`, `${FIXTURES}/termination/new.pledge`];
    const json = JSON.parse((await run(args, { format: 'json' })).stdout);
    expect(json.changes.map((c: { kind: string }) => c.kind)).toEqual(['terminationNotice', 'termination']);
    expect((await run(args, { format: 'md' })).stdout).toMatch(/^# Changes in promises\n/);
  });

  it('exits 2 with one line for a missing file or a wrong number of files', async () => {
    const missing = await run([`${FIXTURES}/availability-up/old.pledge`, 'no/such.pledge']);
    expect(missing).toEqual({ stdout: '', stderr: 'pledge: cannot read "no/such.pledge": no such file or directory\n', exitCode: 2 });
    // The same checks as every command: a device is no agreement.
    const device = await runDiff(['/dev/zero', 'no/such.pledge'], REPO, { format: 'stylish' });
    expect(device.exitCode).toBe(2);
    expect(device.stderr).toMatch(/not a regular file/);
    const one = await run([`${FIXTURES}/availability-up/old.pledge`]);
    expect(one.exitCode).toBe(2);
    expect(one.stderr.split('\n')).toHaveLength(2);
  });
});

describe('pledge diff --git REV FILE', () => {
  let dir: string;
  const author = { name: 'Pledge test', email: 'test@pledge.example' };
  const fixture = (name: string, side: string) => readFileSync(path.join(REPO, FIXTURES, name, `${side}.pledge`), 'utf8');
  let first: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'pledge-diff-git-'));
    await git.init({ fs, dir, defaultBranch: 'main' });
    writeFileSync(path.join(dir, 'agreement.pledge'), fixture('availability-up', 'old'));
    await git.add({ fs, dir, filepath: 'agreement.pledge' });
    first = await git.commit({ fs, dir, message: 'First version', author });
    writeFileSync(path.join(dir, 'agreement.pledge'), fixture('availability-up', 'new'));
    await git.add({ fs, dir, filepath: 'agreement.pledge' });
    await git.commit({ fs, dir, message: 'Higher availability', author });
    writeFileSync(path.join(dir, 'untracked.pledge'), fixture('availability-up', 'new'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('works in the built CLI, which loads isomorphic-git from a bundle of its own', () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
    const r = spawnSync(process.execPath, [path.join(REPO, 'server/bin/pledge.js'), 'diff', '--git', 'HEAD~1', 'agreement.pledge', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).changes[0].message).toBe('availability 99.5% per month → 99.9% per month: downtime budget 216 min → 43.2 min');
  }, 120_000);

  it('exits 0 against the last commit when the file is unchanged', async () => {
    const out = await run(['agreement.pledge'], { git: 'HEAD' }, dir);
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
  });

  it('compares with an older commit, by full or short id and by branch', async () => {
    for (const rev of [first, first.slice(0, 7)]) {
      const out = await run(['agreement.pledge'], { git: rev, format: 'json' }, dir);
      expect(out.exitCode).toBe(1);
      const json = JSON.parse(out.stdout);
      expect(json.old).toBe(`agreement.pledge@${rev}`);
      expect(json.changes[0].message).toBe('availability 99.5% per month → 99.9% per month: downtime budget 216 min → 43.2 min');
    }
    expect((await run(['agreement.pledge'], { git: 'main' }, dir)).exitCode).toBe(0);
    for (const rev of ['HEAD~1', 'HEAD^', 'main~']) expect((await run(['agreement.pledge'], { git: rev }, dir)).exitCode, rev).toBe(1);
  });

  it('sees uncommitted edits against HEAD', async () => {
    const file = path.join(dir, 'agreement.pledge');
    const committed = readFileSync(file, 'utf8');
    writeFileSync(file, committed.replace('termination Acme notice 3 months', 'termination Acme notice 6 months'));
    try {
      const out = await run(['agreement.pledge'], { git: 'HEAD' }, dir);
      expect(out.exitCode).toBe(1);
      expect(out.stdout).toContain('termination notice for Acme 3 months → 6 months');
    } finally {
      writeFileSync(file, committed);
    }
  });

  it('exits 2 for an unknown revision, a file not in it, or a folder without a repository', async () => {
    expect(await run(['agreement.pledge'], { git: 'no-such-branch' }, dir)).toEqual({ stdout: '', stderr: 'pledge: unknown revision no-such-branch\n', exitCode: 2 });
    expect((await run(['agreement.pledge'], { git: 'HEAD~5' }, dir)).exitCode).toBe(2);
    const untracked = await run(['untracked.pledge'], { git: 'HEAD' }, dir);
    expect(untracked.exitCode).toBe(2);
    expect(untracked.stderr).toMatch(/^pledge: "untracked.pledge" is not in revision HEAD/);
    expect((await run(['a.pledge', 'b.pledge'], { git: 'HEAD' }, dir)).exitCode).toBe(2);
    const bare = mkdtempSync(path.join(os.tmpdir(), 'pledge-diff-nogit-'));
    try {
      writeFileSync(path.join(bare, 'x.pledge'), fixture('availability-up', 'old'));
      const out = await run(['x.pledge'], { git: 'HEAD' }, bare);
      expect(out.exitCode).toBe(2);
      expect(out.stderr).toMatch(/^pledge: no git repository found/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
