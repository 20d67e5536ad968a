// Inline expected-diagnostic markers for fixture files.
//
// A marker is a comment line under the line it describes. Its carets stand
// under the exact columns of the expected span (on that line), followed by the
// rule id and optionally the severity and a quoted part of the message:
//
//     availability 100% per month measured by "probe"
//   //             ^^^^ PL101 error "100%"
//
// A fixture may start with `// fixture-rules: PL101 PL102` to compare only
// those rules' findings; otherwise every finding must be marked.

import type { Finding, Severity } from '../../server/src/rules/types';
import { LineIndex, splitLines } from '../../server/src/syntax/positions';

export interface Expected {
  ruleId: string;
  line: number; // 0-based line of the finding
  column: number;
  length: number;
  severity?: Severity;
  messagePart?: string;
}

const MARKER = /^(\s*\/\/)(\s*)(\^+)\s+(PL\d{3})(?:\s+(error|warning|info|hint))?(?:\s+"([^"]*)")?\s*$/;

export function isMarkerLine(line: string): boolean {
  return MARKER.test(line);
}

export function parseMarkers(text: string): { expected: Expected[]; only?: Set<string> } {
  const lines = splitLines(text);
  const expected: Expected[] = [];
  let target = -1;
  const header = /^\s*\/\/\s*fixture-rules:\s*(.+)$/.exec(lines[0] ?? '');
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m) {
      target = i;
      return;
    }
    const column = m[1]!.length + m[2]!.length;
    expected.push({
      ruleId: m[4]!,
      line: target,
      column,
      length: m[3]!.length,
      severity: m[5] as Severity | undefined,
      messagePart: m[6],
    });
  });
  const only = header ? new Set(header[1]!.split(/[\s,]+/).filter(Boolean)) : undefined;
  return { expected, only };
}

export interface Actual {
  ruleId: string;
  line: number;
  column: number;
  length: number;
  severity: Severity;
  message: string;
}

/** A finding in the same terms as a marker (the part of its span on its first line). */
export function actualOf(f: Finding, text: string): Actual {
  const index = new LineIndex(text);
  const s = index.position(f.span.start);
  const e = index.position(f.span.end);
  const lineText = splitLines(text)[s.line] ?? '';
  const length = e.line === s.line ? e.character - s.character : lineText.length - s.character;
  return { ruleId: f.ruleId, line: s.line, column: s.character, length, severity: f.severity, message: f.message };
}

export function describe(a: { ruleId: string; line: number; column: number; length: number }): string {
  return `${a.ruleId} at ${a.line + 1}:${a.column + 1} (${a.length} chars)`;
}

/** Mismatches between markers and findings, as readable lines (empty when they agree). */
export function compare(text: string, findings: readonly Finding[]): string[] {
  const { expected, only } = parseMarkers(text);
  const actual = findings.map((f) => actualOf(f, text)).filter((a) => !only || only.has(a.ruleId));
  const problems: string[] = [];
  const unmatched = [...actual];
  for (const e of expected) {
    const i = unmatched.findIndex(
      (a) => a.ruleId === e.ruleId && a.line === e.line && a.column === e.column && a.length === e.length,
    );
    if (i === -1) {
      problems.push(`missing ${describe(e)}`);
      continue;
    }
    const a = unmatched.splice(i, 1)[0]!;
    if (e.severity && a.severity !== e.severity) problems.push(`${describe(e)}: severity ${a.severity}, expected ${e.severity}`);
    if (e.messagePart && !a.message.includes(e.messagePart)) {
      problems.push(`${describe(e)}: message "${a.message}" lacks "${e.messagePart}"`);
    }
  }
  for (const a of unmatched) problems.push(`unexpected ${describe(a)}: ${a.severity} "${a.message}"`);
  return problems;
}
