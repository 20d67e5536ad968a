// `pledge export`: the resolved model as JSON or YAML, or OpenSLO documents.

import { stringify } from 'yaml';
import type { Analysis } from '../../engine/analyze';
import { exportAnalysis, exportDocument, type ExportDocument } from './model';
import { toOpenSlo } from './openslo';

export * from './model';
export * from './openslo';

/**
 * YAML written so that YAML 1.1 readers too see strings where the model has
 * strings: `08:00`, `2026-01-01` and `yes` are quoted.
 */
const YAML_OPTIONS = { lineWidth: 0, version: '1.1' } as const;

export type ExportFormat = 'json' | 'yaml' | 'openslo';

export interface ExportInput {
  analysis: Analysis;
  /** How the file is named in the output (default: its absolute path). */
  label?: string;
}

export function buildExport(inputs: readonly ExportInput[]): ExportDocument {
  return exportDocument(inputs.map((i) => exportAnalysis(i.analysis, i.label)));
}

/** The text `pledge export` writes for analysed files. */
export function renderExport(inputs: readonly ExportInput[], format: ExportFormat): string {
  if (format === 'openslo') {
    const objects = toOpenSlo(inputs.map((i) => i.analysis));
    return objects.map((o) => `---\n${stringify(o, YAML_OPTIONS)}`).join('');
  }
  const doc = buildExport(inputs);
  if (format === 'yaml') return stringify(doc, YAML_OPTIONS);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
