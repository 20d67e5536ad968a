// `pledge check --fix`: apply every fix marked `auto` until the text is stable,
// and a diff of what would change for `--fix-dry-run`.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { structuredPatch } from 'diff';
import { isInside } from '../semantics/model';
import { parse } from '../syntax/parse';
import { splitLines } from '../syntax/positions';
import type { Fix, Finding } from '../rules/types';
import { applyEdits, chooseAutoFixes } from '../rules/fixes/apply';
import { t } from '../i18n/index';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  original: string;
  fixed: string;
  /** Titles of the fixes applied, in order. */
  applied: string[];
  passes: number;
  /** The fixed text parses (no PL001); only then may it be written. */
  parses: boolean;
}

/** The auto fixes of `findings` that can be applied together. */
export function chooseFixes(findings: readonly Finding[], file: string): Fix[] {
  return chooseAutoFixes(findings, file).map((c) => c.fix);
}

export { applyEdits };

/**
 * Repeats "analyse, apply every non-overlapping auto fix" until nothing
 * changes or MAX_FIX_PASSES passes have run. `findingsOf` analyses a text.
 */
export function applyAutoFixes(file: string, text: string, findingsOf: (text: string) => readonly Finding[]): FixOutcome {
  let current = text;
  const applied: string[] = [];
  let passes = 0;
  let findings = findingsOf(current);
  while (passes < MAX_FIX_PASSES) {
    const fixes = chooseFixes(findings, file);
    if (fixes.length === 0) break;
    const next = applyEdits(current, fixes.flatMap((f) => f.edits));
    passes++;
    if (next === current) break;
    applied.push(...fixes.map((f) => f.title));
    current = next;
    findings = findingsOf(current);
  }
  // PL001 reports exactly the parser's errors; ask the parser, whichever rules ran.
  const parses = parse(current).errors.length === 0;
  return { original: text, fixed: current, applied, passes, parses };
}

// ---------------------------------------------------------------------------
// Writing a fixed file: all or nothing, with its permissions, never outside the checked folder.

export type WriteResult = { written: true } | { written: false; problem: 'outside' | 'read-only' | 'unwritable'; reason?: string };

/** The file operations a fixed file is written with (tests replace them). */
export interface FixFileSystem {
  realpath(file: string): string;
  stat(file: string): fs.Stats;
  writeNew(file: string, text: string, mode: number): void;
  chmod(file: string, mode: number): void;
  rename(from: string, to: string): void;
  remove(file: string): void;
}

export const nodeFixFileSystem: FixFileSystem = {
  realpath: (file) => fs.realpathSync.native(file),
  stat: (file) => fs.statSync(file),
  writeNew: (file, text, mode) => fs.writeFileSync(file, text, { flag: 'wx', mode }),
  chmod: (file, mode) => fs.chmodSync(file, mode),
  rename: (from, to) => fs.renameSync(from, to),
  remove: (file) => fs.rmSync(file, { force: true }),
};

/**
 * Writes `text` to `file` atomically: a temporary file in the same folder,
 * given the file's permissions, then renamed over it, so a reader sees the old
 * text or the new one, never half of it. A symlink is followed only when its
 * target stays inside `folder` (the link itself is kept); a read-only file is
 * left alone.
 */
export function writeFixedFile(file: string, text: string, folder: string, io: FixFileSystem = nodeFixFileSystem): WriteResult {
  let real: string;
  let stat: fs.Stats;
  try {
    real = io.realpath(file);
    if (!isInside(io.realpath(folder), real)) return { written: false, problem: 'outside' };
    stat = io.stat(real);
  } catch (e) {
    return { written: false, problem: 'unwritable', reason: errorReason(e) };
  }
  if (!stat.isFile()) return { written: false, problem: 'unwritable', reason: 'not a regular file' };
  if ((stat.mode & 0o222) === 0) return { written: false, problem: 'read-only' };
  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    io.writeNew(temp, text, mode);
    io.chmod(temp, mode); // the umask may have taken bits away
    io.rename(temp, real);
    return { written: true };
  } catch (e) {
    try {
      io.remove(temp);
    } catch {
      // nothing left to clean
    }
    return { written: false, problem: 'unwritable', reason: errorReason(e) };
  }
}

function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException | undefined;
  return err?.code ?? (typeof err?.message === 'string' ? err.message : 'unknown error');
}

// ---------------------------------------------------------------------------
// The diff of `--fix-dry-run`: a unified diff (by the `diff` package) with two lines of context.

/**
 * A unified diff of two texts (`--- name` / `+++ name (fixed)` and `@@` hunks),
 * or '' when they are equal. Line breaks are compared as lines, whatever their
 * kind: a CRLF file's diff shows its lines, not its carriage returns.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 2): string {
  if (before === after) return '';
  const lines = (text: string) => splitLines(text).join('\n');
  const patch = structuredPatch(name, name, lines(before), lines(after), undefined, undefined, { context });
  const out = [`--- ${name}`, `+++ ${t('cli.fix.fixedName', { file: name })}`];
  for (const h of patch.hunks) out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines);
  return out.join('\n') + '\n';
}
