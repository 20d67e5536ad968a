// Choosing and applying fixes: shared by "Fix all" in the editor, `pledge
// check --fix`, and the tests.

import type { Finding, Fix, TextEdit } from '../types';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if ((a.file ?? '') !== (b.file ?? '')) return false;
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/**
 * The auto fixes of `findings` that can be applied together: at most one per
 * finding, editing only `file`, and touching no edit of a fix chosen before.
 */
export function chooseAutoFixes(findings: readonly Finding[], file: string): Array<{ finding: Finding; fix: Fix }> {
  const chosen: Array<{ finding: Finding; fix: Fix }> = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.auto || fix.edits.length === 0) continue;
      if (fix.edits.some((e) => e.file !== undefined && e.file !== file)) continue;
      if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      chosen.push({ finding, fix });
      taken.push(...fix.edits);
      break;
    }
  }
  return chosen;
}

/** Applies non-overlapping edits to a text (last first, so earlier offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
