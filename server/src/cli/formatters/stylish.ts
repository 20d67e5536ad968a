// Human output: grouped by file, coloured when the terminal supports it, and a summary line.

import * as path from 'node:path';
import pc from 'picocolors';
import type { CheckedFile } from '../report';
import type { Severity } from '../../rules/types';

export interface StylishOptions {
  color: boolean;
  cwd: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatStylish(files: readonly CheckedFile[], options: StylishOptions): string {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = {
    error: c.red,
    warning: c.yellow,
    info: c.blue,
    hint: c.gray,
  };
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let hints = 0;
  for (const f of files) {
    const { result } = f;
    if (result.messages.length === 0) continue;
    lines.push(c.underline(path.relative(options.cwd, result.filePath) || result.filePath));
    const pos = result.messages.map((m) => `${m.line}:${m.column}`);
    const posWidth = Math.max(...pos.map((p) => p.length));
    const sevWidth = Math.max(...result.messages.map((m) => m.severity.length));
    result.messages.forEach((m, i) => {
      const where = c.dim(pos[i]!.padEnd(posWidth));
      const sev = paint[m.severity](m.severity.padEnd(sevWidth));
      lines.push(`  ${where}  ${sev}  ${m.message}  ${c.dim(`${m.ruleId} ${m.ruleName}`)}`);
    });
    lines.push('');
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    hints += result.messages.filter((m) => m.severity === 'hint').length;
  }
  const total = errors + warnings + infos + hints;
  const checked = plural(files.length, 'file');
  if (total === 0) {
    lines.push(c.green(`✔ ${checked} checked, no problems`));
  } else {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info')];
    if (hints) parts.push(plural(hints, 'hint'));
    const mark = errors ? c.red('✖') : c.yellow('⚠');
    lines.push(`${mark} ${plural(total, 'problem')} (${parts.join(', ')}) in ${checked}`);
  }
  return lines.join('\n') + '\n';
}
