// `pledge check --fix` writes atomically, keeps permissions and line breaks,
// never follows a symlink out of the checked folder, reports a file it cannot
// write and goes on, and never writes text that does not parse. `pledge check`
// refuses devices and oversized files with a clear message.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../server/src/cli/check';
import { nodeFixFileSystem, writeFixedFile, type FixFileSystem } from '../../server/src/cli/fix';
import { MAX_FILE_BYTES } from '../../server/src/cli/files';
import { draftRule, breakingRule } from '../cli/fake-rules';

const DRAFT = 'party Acme "Acme"\nparty Town "Town"\nagreement "Draft terms" {\n  provider Acme\n  customer Town\n  version "draft"\n  effective 2026-01-01\n}\n';
const FIXED = DRAFT.replace('"draft"', '"beta"');
const options = (o: Partial<CheckOptions> = {}): CheckOptions => ({ format: 'json', quiet: false, color: false, rules: [draftRule], fix: true, ...o });

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.realpathSync.native(fs.mkdtempSync(path.join(os.tmpdir(), 'pledge-fixw-')));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    // Make everything removable again.
    for (const f of fs.readdirSync(d, { recursive: true }) as string[]) {
      try {
        fs.chmodSync(path.join(d, f), 0o755);
      } catch {
        // a dangling link
      }
    }
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('pledge check --fix writes safely', () => {
  it('writes through a temporary file in the same folder and leaves none behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.pledge');
    fs.writeFileSync(file, DRAFT);
    const calls: string[] = [];
    const io: FixFileSystem = {
      ...nodeFixFileSystem,
      writeNew: (f, text, mode) => {
        calls.push(`write ${path.relative(dir, f)}`);
        // Nothing is written to the file itself before the rename.
        expect(fs.readFileSync(file, 'utf8')).toBe(DRAFT);
        nodeFixFileSystem.writeNew(f, text, mode);
      },
      rename: (from, to) => {
        calls.push(`rename ${path.relative(dir, from)} -> ${path.relative(dir, to)}`);
        nodeFixFileSystem.rename(from, to);
      },
    };
    expect(writeFixedFile(file, FIXED, dir, io)).toEqual({ written: true });
    expect(calls).toEqual([expect.stringMatching(/^write \.a\.pledge\.\d+\.[0-9a-f]{8}\.tmp$/), expect.stringMatching(/^rename \.a\.pledge\.\d+\.[0-9a-f]{8}\.tmp -> a\.pledge$/)]);
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED);
    expect(fs.readdirSync(dir)).toEqual(['a.pledge']);
    // And through the command.
    fs.writeFileSync(file, DRAFT);
    expect(runCheck(['a.pledge'], dir, options()).exitCode).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED);
    expect(fs.readdirSync(dir)).toEqual(['a.pledge']);
  });

  it('keeps the permissions of the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.pledge');
    fs.writeFileSync(file, DRAFT);
    fs.chmodSync(file, 0o640);
    expect(runCheck(['a.pledge'], dir, options()).exitCode).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readFileSync(file, 'utf8')).toBe(FIXED);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('keeps %s line breaks', (_name, eol) => {
    const dir = tempDir();
    const file = path.join(dir, 'a.pledge');
    // A fix that inserts a line, so the line break it writes shows.
    fs.writeFileSync(file, DRAFT.replace(/\n/g, eol));
    const lineRule = { ...draftRule, id: 'PLT95', check: (ctx: Parameters<typeof draftRule.check>[0]) => {
      const at = ctx.text.indexOf('  version');
      if (at >= 0 && !ctx.text.includes('review')) ctx.report({ span: { start: at, end: at }, message: 'no review', fixes: [{ title: 'Add a review', auto: true, edits: [{ span: { start: at, end: at }, newText: '  review every year by both\n' }] }] });
    } };
    expect(runCheck(['a.pledge'], dir, options({ rules: [lineRule] })).exitCode).toBe(0);
    const written = fs.readFileSync(file, 'utf8');
    expect(written).toBe(DRAFT.replace('  version', '  review every year by both\n  version').replace(/\n/g, eol));
  });

  it('follows a symlink that stays inside the checked folder, keeping the link', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'a.pledge'), DRAFT);
    fs.symlinkSync(path.join(dir, 'real', 'a.pledge'), path.join(dir, 'link.pledge'));
    expect(runCheck(['link.pledge'], dir, options()).exitCode).toBe(0);
    expect(fs.lstatSync(path.join(dir, 'link.pledge')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real', 'a.pledge'), 'utf8')).toBe(FIXED);
  });

  it('never writes through a symlink out of the checked folder, and says so', () => {
    const dir = tempDir();
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'a.pledge'), DRAFT);
    fs.mkdirSync(path.join(dir, 'ws'));
    fs.symlinkSync(path.join(outside, 'a.pledge'), path.join(dir, 'ws', 'link.pledge'));
    fs.writeFileSync(path.join(dir, 'ws', 'b.pledge'), DRAFT);
    const out = runCheck(['.'], path.join(dir, 'ws'), options());
    expect(fs.readFileSync(path.join(outside, 'a.pledge'), 'utf8')).toBe(DRAFT);
    expect(fs.lstatSync(path.join(dir, 'ws', 'link.pledge')).isSymbolicLink()).toBe(true);
    expect(out.stderr).toContain('pledge: not fixing link.pledge: it is a link to a file outside the checked folder\n');
    // The other file is fixed all the same.
    expect(fs.readFileSync(path.join(dir, 'ws', 'b.pledge'), 'utf8')).toBe(FIXED);
    expect(out.exitCode).toBe(2);
  });

  it('reports a read-only file and goes on with the rest', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.pledge'), DRAFT);
    fs.writeFileSync(path.join(dir, 'b.pledge'), DRAFT);
    fs.chmodSync(path.join(dir, 'a.pledge'), 0o444);
    const out = runCheck(['a.pledge', 'b.pledge'], dir, options());
    expect(out.stderr).toContain('pledge: cannot write the fixes to a.pledge: the file is read-only\n');
    expect(fs.readFileSync(path.join(dir, 'a.pledge'), 'utf8')).toBe(DRAFT);
    expect(fs.readFileSync(path.join(dir, 'b.pledge'), 'utf8')).toBe(FIXED);
    expect(out.exitCode).toBe(2);
    // The report still covers both files, the unwritten one with its finding.
    const json = JSON.parse(out.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    expect(json.map((f) => f.messages.map((m) => m.ruleId))).toEqual([['PLT01'], []]);
  });

  it('reports a failed write and removes its temporary file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.pledge');
    fs.writeFileSync(file, DRAFT);
    const io: FixFileSystem = {
      ...nodeFixFileSystem,
      rename: () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      },
    };
    const result = writeFixedFile(file, FIXED, dir, io);
    expect(result).toEqual({ written: false, problem: 'unwritable', reason: 'ENOSPC' });
    expect(fs.readdirSync(dir)).toEqual(['a.pledge']);
    expect(fs.readFileSync(file, 'utf8')).toBe(DRAFT);
  });

  it('never writes a file that would not parse', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.pledge'), DRAFT);
    const out = runCheck(['a.pledge'], dir, options({ rules: [breakingRule] }));
    expect(out.stderr).toContain('the fixed text would not parse');
    expect(fs.readFileSync(path.join(dir, 'a.pledge'), 'utf8')).toBe(DRAFT);
  });
});

describe('pledge check refuses what is not an agreement file', () => {
  it('says /dev/zero is not a regular file (not "no such file")', () => {
    const out = runCheck(['/dev/zero'], os.tmpdir(), options({ fix: false }));
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe('pledge: cannot read "/dev/zero": it is not a regular file (a device, a pipe or a socket)\n');
  });

  it('refuses a file over the size limit', () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.pledge');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1);
    const out = runCheck(['big.pledge'], dir, options({ fix: false }));
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe('pledge: cannot read "big.pledge": it is larger than 10 MB, the most Pledge reads for one agreement\n');
  });
});
