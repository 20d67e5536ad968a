// The per-file result shape shared by the CLI's formatters (and the JSON output).

import { LineIndex } from '../syntax/positions';
import type { Analysis } from '../engine/analyze';
import type { Finding, Severity } from '../rules/types';

export interface Message {
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

export interface FileResult {
  filePath: string;
  messages: Message[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export interface CheckedFile {
  result: FileResult;
  analysis: Analysis;
  /** The findings behind `result.messages`, in the same order. */
  findings: Finding[];
}

export function toMessage(f: Finding, index: LineIndex): Message {
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

export function fileResult(analysis: Analysis, quiet: boolean): CheckedFile {
  const index = new LineIndex(analysis.text);
  const findings = analysis.findings.filter((f) => !quiet || f.severity === 'error');
  const messages = findings.map((f) => toMessage(f, index));
  const count = (s: Severity) => messages.filter((m) => m.severity === s).length;
  return {
    analysis,
    findings,
    result: {
      filePath: analysis.file,
      messages,
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
    },
  };
}
