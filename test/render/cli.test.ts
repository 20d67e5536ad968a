// `pledge render`: stdout for one file, --out as a file or a folder, a folder
// rendered into a folder (skipping files of only parties and calendars), and
// exit code 2 with one line on stderr for usage errors and unreadable paths.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRender, type RenderCliOptions } from '../../server/src/cli/render';
import { renderDocument } from '../../server/src/features/render/index';
import { withLocale } from '../../server/src/i18n/index';
import { analyzeFile, REPO, TODAY } from '../harness/analyze';

const run = (paths: string[], options: Partial<RenderCliOptions> = {}) =>
  withLocale('en', () => runRender(paths, REPO, { format: 'html', today: TODAY, ...options }));
const expected = (sample: string, format: 'html' | 'md') =>
  withLocale('en', () => renderDocument(analyzeFile(path.join(REPO, 'samples', sample)), { format }));

let out: string;
beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'pledge-render-'));
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('pledge render', () => {
  it('writes one file to stdout, in HTML or Markdown', () => {
    const html = run(['samples/healthy.pledge']);
    expect(html).toEqual({ stdout: expected('healthy.pledge', 'html'), stderr: '', exitCode: 0 });
    const md = run(['samples/over-promising.pledge'], { format: 'md' });
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toBe(expected('over-promising.pledge', 'md'));
  });

  it('renders a file of only parties and calendars when it is named', () => {
    const r = run(['samples/parties.pledge'], { format: 'md' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('# Parties and calendars in parties.pledge');
  });

  it('writes one file to --out FILE', () => {
    const target = path.join(out, 'single', 'healthy-contract.html');
    const r = run(['samples/healthy.pledge'], { out: target });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(expected('healthy.pledge', 'html'));
  });

  it('writes one file into an existing --out folder under its own name', () => {
    const dir = path.join(out, 'existing');
    run(['samples/one-sided.pledge', 'samples/healthy.pledge'], { out: dir, format: 'md' });
    const r = run(['samples/no-emergency.pledge'], { out: dir, format: 'md' });
    expect(r.exitCode).toBe(0);
    expect(readFileSync(path.join(dir, 'no-emergency.md'), 'utf8')).toBe(expected('no-emergency.pledge', 'md'));
  });

  it('renders a folder into --out DIR, one document per agreement file, mirroring the names', () => {
    const dir = path.join(out, 'folder');
    const r = run(['samples'], { out: dir });
    expect(r.exitCode).toBe(0);
    const written = readdirSync(dir).sort();
    expect(written).toEqual(['healthy.html', 'hosting-24x7.html', 'no-emergency.html', 'one-sided.html', 'over-promising.html']);
    expect(r.stdout.trim().split('\n').map((l) => path.basename(l))).toEqual(written);
    for (const f of written) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(expected(f.replace(/\.html$/, '.pledge'), 'html'));
    expect(existsSync(path.join(dir, 'parties.html'))).toBe(false);
  });

  it('keeps subfolders when rendering files from several folders', () => {
    const dir = path.join(out, 'nested');
    const r = run(['samples/healthy.pledge', 'test/fixtures/cli/tree'], { out: dir, format: 'md' });
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => path.relative(dir, path.resolve(REPO, l)));
    expect(lines).toContain(path.join('samples', 'healthy.md'));
    expect(lines.every((l) => l.endsWith('.md') && !l.startsWith('..'))).toBe(true);
  });

  it('exits 2 with one line for several files without --out', () => {
    const r = run(['samples']);
    expect(r).toEqual({ stdout: '', stderr: 'pledge: several files are rendered into a folder: add --out DIR\n', exitCode: 2 });
  });

  it('exits 2 with one line for an unreadable path', () => {
    const r = run(['no/such/file.pledge']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('pledge: cannot read "no/such/file.pledge": no such file or directory\n');
  });

  it('exits 2 with one line when the output cannot be written', () => {
    const blocker = path.join(out, 'blocker');
    writeFileSync(blocker, 'not a folder');
    const r = run(['samples/healthy.pledge'], { out: path.join(blocker, 'healthy.html') });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^pledge: cannot write ".*healthy\.html"\n$/);
  });
});

describe('pledge render, built', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['server/bin/pledge.js', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
  }, 120_000);

  it('is a command of the pledge executable', () => {
    const md = cli('render', 'samples/healthy.pledge', '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('# Managed Workplace and Case Management 2026');
    const html = cli('render', 'samples/healthy.pledge');
    expect(html.status).toBe(0);
    expect(html.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const bad = cli('render', 'samples/healthy.pledge', '--format', 'pdf');
    expect(bad.status).toBe(2);
    const missing = cli('render', 'nothing-here.pledge');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('computes holidays as the sources do, from its per-country data (and moment-timezone loaded on first use)', () => {
    const file = 'test/fixtures/cli/equinox-holidays.pledge';
    const md = cli('render', file, '--format', 'md');
    expect(md.status).toBe(0);
    expect(md.stderr).toBe('');
    for (const count of ['JP: 18 days', 'GG: 9 days', 'DE-BY: 12 days']) expect(md.stdout).toContain(`${count} in the term`);
    expect(md.stdout).toBe(withLocale('en', () => renderDocument(analyzeFile(path.join(REPO, file)), { format: 'md' })));
  }, 60_000);
});
