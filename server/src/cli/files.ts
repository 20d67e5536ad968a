// Which files `pledge check` reads: files as named, directories recursively
// (`**/*.pledge`), and glob patterns.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { t } from '../i18n/index';
import { MAX_FILE_BYTES } from '../engine/limits';

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** The largest file `pledge check` reads (shared with the language server): agreements are a few kilobytes; anything this big is not one. */
export { MAX_FILE_BYTES };

function tooLarge(stat: fs.Stats, shown: string): void {
  if (stat.size > MAX_FILE_BYTES) throw new UsageError(t('hardening.files.tooLarge', { path: shown, limit: MAX_FILE_BYTES / (1024 * 1024) }));
}

/**
 * One agreement file named on the command line, as every command accepts it:
 * it exists, is a regular file, and is within the size limit; else a usage error.
 */
export function agreementFile(p: string, cwd: string): string {
  const abs = path.resolve(cwd, p);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new UsageError(t('cli.files.missing', { path: p }));
  }
  if (!stat.isFile()) throw new UsageError(t('hardening.files.notRegular', { path: p }));
  tooLarge(stat, p);
  return abs;
}

export function collectFiles(patterns: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of patterns.length ? patterns : ['.']) {
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      tooLarge(stat, p);
      out.add(abs);
    } else if (stat && !stat.isDirectory()) {
      // A device (`/dev/zero`), a pipe or a socket: it exists, but it is no agreement to read.
      throw new UsageError(t('hardening.files.notRegular', { path: p }));
    } else if (stat?.isDirectory()) {
      for (const f of globSync('**/*.pledge', { cwd: abs, absolute: true, ignore: IGNORE, dot: false })) out.add(path.normalize(f));
    } else if (isDynamicPattern(p)) {
      const found = globSync(p, { cwd, absolute: true, ignore: IGNORE });
      if (found.length === 0) throw new UsageError(t('cli.files.noMatch', { pattern: p }));
      for (const f of found) out.add(path.normalize(f));
    } else {
      throw new UsageError(t('cli.files.missing', { path: p }));
    }
  }
  return [...out].sort();
}
