// Human output: grouped by file, coloured when the terminal supports it, and a summary line.

import * as path from 'node:path';
import pc from 'picocolors';
import type { CheckedFile } from '../report';
import type { Severity } from '../../rules/types';
import { t } from '../../i18n/index';

export interface StylishOptions {
  color: boolean;
  cwd: string;
}

/** The word for a severity in the current locale (the JSON and SARIF outputs keep the English value). */
function severityLabel(severity: Severity): string {
  return t(`cli.severity.${severity}`);
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
    const labels = result.messages.map((m) => severityLabel(m.severity));
    const sevWidth = Math.max(...labels.map((l) => l.length));
    result.messages.forEach((m, i) => {
      const where = c.dim(pos[i]!.padEnd(posWidth));
      const sev = paint[m.severity](labels[i]!.padEnd(sevWidth));
      lines.push(`  ${where}  ${sev}  ${m.message}  ${c.dim(`${m.ruleId} ${m.ruleName}`)}`);
    });
    lines.push('');
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    hints += result.messages.filter((m) => m.severity === 'hint').length;
  }
  const total = errors + warnings + infos + hints;
  const checked = t('cli.summary.files', { n: files.length });
  if (total === 0) {
    lines.push(c.green(t('cli.summary.clean', { files: checked })));
  } else {
    const parts = [t('cli.summary.errors', { n: errors }), t('cli.summary.warnings', { n: warnings }), t('cli.summary.infos', { n: infos })];
    if (hints) parts.push(t('cli.summary.hints', { n: hints }));
    const mark = errors ? c.red('✖') : c.yellow('⚠');
    lines.push(t('cli.summary.problems', { mark, n: total, parts: parts.join(', '), files: checked }));
  }
  return lines.join('\n') + '\n';
}
