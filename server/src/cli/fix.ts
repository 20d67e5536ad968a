// `pledge check --fix`: apply every fix marked `auto` until the text is stable,
// and a diff of what would change for `--fix-dry-run`.

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
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
// A unified-ish diff, line by line, with two lines of context.

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Trim the common head and tail, then LCS over the middle (agreements are small).
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: ' ', line: a[k]!, a: k, b: k });
  if (am.length * bm.length > 4_000_000) {
    am.forEach((line, k) => ops.push({ kind: '-', line, a: head + k, b: head }));
    bm.forEach((line, k) => ops.push({ kind: '+', line, a: head + am.length, b: head + k }));
  } else {
    const n = am.length;
    const m = bm.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i]![j] = am[i] === bm[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i]!, a: head + i, b: head + j });
        i++;
        j++;
      } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
        ops.push({ kind: '-', line: am[i]!, a: head + i, b: head + j });
        i++;
      } else {
        ops.push({ kind: '+', line: bm[j]!, a: head + i, b: head + j });
        j++;
      }
    }
  }
  for (let k = 0; k < tail; k++) ops.push({ kind: ' ', line: a[a.length - tail + k]!, a: a.length - tail + k, b: b.length - tail + k });
  return ops;
}

/** A unified diff of two texts (`--- name` / `+++ name (fixed)` and `@@` hunks), or '' when they are equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 2): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(ops.length - 1, k + context);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else hunks.push([from, to]);
  }
  const lines = [`--- ${name}`, `+++ ${t('cli.fix.fixedName', { file: name })}`];
  for (const [from, to] of hunks) {
    const slice = ops.slice(from, to + 1);
    const aCount = slice.filter((o) => o.kind !== '+').length;
    const bCount = slice.filter((o) => o.kind !== '-').length;
    lines.push(`@@ -${slice[0]!.a + 1},${aCount} +${slice[0]!.b + 1},${bCount} @@`);
    for (const o of slice) lines.push(`${o.kind}${o.line}`);
  }
  return lines.join('\n') + '\n';
}
