// Analyses fixture files the way the CLI does, with a pinned "today".

import * as path from 'node:path';
import { Program } from '../../server/src/engine/program';
import type { Analysis, RuleSettings } from '../../server/src/engine/analyze';

export const TODAY = new Date(Date.UTC(2026, 10, 23));
export const REPO = path.resolve(__dirname, '../..');

export function analyzeFile(file: string, settings?: RuleSettings, program = new Program()): Analysis {
  const a = program.analyze(path.resolve(file), REPO, settings, { today: TODAY });
  if (!a) throw new Error(`cannot read ${file}`);
  return a;
}

/** Analyses a text as if it were saved at `file` (imports resolve against the disk). */
export function analyzeText(file: string, text: string, settings?: RuleSettings): Analysis {
  const program = new Program();
  program.setOverlay(path.resolve(file), text);
  return analyzeFile(file, settings, program);
}
