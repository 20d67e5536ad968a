// Which files `pledge check` reads: files as named, directories recursively
// (`**/*.pledge`), and glob patterns.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export class UsageError extends Error {}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

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
      out.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of globSync('**/*.pledge', { cwd: abs, absolute: true, ignore: IGNORE, dot: false })) out.add(path.normalize(f));
    } else if (isDynamicPattern(p)) {
      const found = globSync(p, { cwd, absolute: true, ignore: IGNORE });
      if (found.length === 0) throw new UsageError(`no files match the pattern "${p}"`);
      for (const f of found) out.add(path.normalize(f));
    } else {
      throw new UsageError(`cannot read "${p}": no such file or directory`);
    }
  }
  return [...out].sort();
}
