// One end-to-end run of the built CLI: `node scripts/build.mjs`, then `node server/bin/pledge.js`.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['server/bin/pledge.js', ...args], { cwd: REPO, encoding: 'utf8' });

describe('built CLI', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  }, 120_000);

  it('checks with a configuration, writes SARIF and explains rules', () => {
    const sarif = run('check', 'test/fixtures/config/project/stale.pledge', '--format', 'sarif');
    expect(sarif.status).toBe(1); // PL008 raised to error by project/.pledgerc.json
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    // The version esbuild wrote into the bundle is package.json's.
    const version = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    expect(log.runs[0].tool.driver.version).toBe(version);
    expect(run('--version').stdout.trim()).toBe(version);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toContain('PL008:error');

    const broken = run('check', 'test/fixtures/config/broken/stale.pledge');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('pledge: test/fixtures/config/broken/.pledgerc.json:4:1: invalid JSON');

    const explain = run('explain', 'unused-suppression');
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('PL008');
    const unknown = run('explain', 'PL0008');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('did you mean PL008');
  }, 60_000);

  it('keeps a code cache per bundle, and runs the same without one or with a broken one', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'pledge-cache-'));
    try {
      const args = ['check', 'samples', '--format', 'json'];
      const cached = (env: Record<string, string> = {}) =>
        spawnSync(process.execPath, ['server/bin/pledge.js', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: home, PLEDGE_JOBS: '2', ...env } });
      const first = cached();
      const dir = path.join(home, 'pledge');
      const files = () => readdirSync(dir).sort();
      // The command and its worker thread each wrote theirs.
      expect(files().map((f) => f.replace(/-[0-9a-f]{16}\.v8cache$/, ''))).toEqual(['cli', 'worker']);
      const second = cached();
      expect(second.stdout).toBe(first.stdout);
      for (const f of files()) writeFileSync(path.join(dir, f), 'not a code cache');
      const broken = cached();
      expect(broken.stdout).toBe(first.stdout);
      expect(broken.stderr).toBe(first.stderr);
      const none = cached({ PLEDGE_NO_CODE_CACHE: '1' });
      expect(none.stdout).toBe(first.stdout);
      expect(JSON.parse(first.stdout)).toHaveLength(6);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
