// A finding as plain data with 1-based lines and columns: the shape of the
// CLI's JSON messages and of the findings in an export, written in one place.

import type { LineIndex } from '../syntax/positions';
import type { Finding, Severity } from '../rules/types';

export interface FindingRecord {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function findingRecord(f: Finding, index: LineIndex): FindingRecord {
  const s = index.position(f.span.start);
  const e = index.position(f.span.end);
  return {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    severity: f.severity,
    message: f.message,
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
  };
}
