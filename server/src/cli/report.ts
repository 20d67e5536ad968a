// The per-file result shape shared by the CLI's formatters (and the JSON output).

import { LineIndex } from '../syntax/positions';
import type { Analysis } from '../engine/analyze';
import type { Finding, Severity } from '../rules/types';
import { findingRecord, type FindingRecord } from '../engine/findingRecord';

/** One finding in the CLI's output (1-based positions). */
export type Message = FindingRecord;

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
  return findingRecord(f, index);
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
