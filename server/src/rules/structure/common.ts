// Shared by PL002 and PL007: which unresolved names an unresolved import may
// explain, and which existing file an unresolved import probably meant.

import * as path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { importTarget, type FileModel, type Reference } from '../../semantics/model';

/**
 * True when `r` names something an import could have declared while the file
 * has an unresolved import: a party or a calendar (imports bring those), or a
 * contact looked up among the parties of an agreement whose provider or
 * customer does not resolve. PL002 stays silent on these; PL007 counts them.
 */
export function explainedByBrokenImport(model: FileModel, r: Reference): boolean {
  if (model.importProblems.length === 0 || r.target) return false;
  if (r.kind === 'party' || r.kind === 'calendar') return true;
  if (r.kind !== 'contact') return false;
  const a = model.agreements.find((m) => m.node === r.agreement);
  if (!a) return false;
  return (a.providerClause?.party !== undefined && !a.provider) || (a.customerClause?.party !== undefined && !a.customer);
}

/** The unresolved names of the file an unresolved import may explain, in file order. */
export function namesLeftUnchecked(model: FileModel): Reference[] {
  return model.references.filter((r) => r.problem !== undefined && explainedByBrokenImport(model, r)).sort((a, b) => a.span.start - b.span.start);
}

/** How far an import path may be from an existing file's to be suggested: two edits, more for long paths. */
function tolerance(value: string): number {
  return Math.max(2, Math.floor(value.length / 5));
}

/**
 * The `.pledge` file an unresolved import probably meant: among `files` (the
 * workspace's Pledge files) in the importing file's folder and its subfolders,
 * the one whose path relative to that folder is closest to the written path
 * by edit distance (ignoring case), when it is close enough. Written with `/`.
 */
export function closestImport(file: string, value: string, files: readonly string[]): string | undefined {
  if (!path.isAbsolute(file) || /^file:/i.test(value) || path.isAbsolute(value) || !value.endsWith('.pledge')) return undefined;
  const folder = path.dirname(file);
  const target = importTarget(file, value);
  const written = value.replace(/\\/g, '/').replace(/^(\.\/)+/, '').toLowerCase();
  let best: { rel: string; d: number } | undefined;
  for (const f of files) {
    if (f === file || f === target || !f.endsWith('.pledge')) continue;
    const rel = path.relative(folder, f);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const posix = rel.split(path.sep).join('/');
    const d = distance(written, posix.toLowerCase());
    if (d > tolerance(written)) continue;
    if (!best || d < best.d || (d === best.d && (posix.length < best.rel.length || (posix.length === best.rel.length && posix < best.rel)))) {
      best = { rel: posix, d };
    }
  }
  return best?.rel;
}
