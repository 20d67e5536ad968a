// `pledge check`: analyse files and report. Returns the exit code instead of exiting, so tests can call it.

import * as path from 'node:path';
import { Program } from '../engine/program';
import { isInside } from '../semantics/model';
import { collectFiles, UsageError } from './files';
import { fileResult, type CheckedFile } from './report';
import { formatJson } from './formatters/json';
import { formatStylish } from './formatters/stylish';

export type Format = 'stylish' | 'json';

export interface CheckOptions {
  format: Format;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  root?: string;
}

export interface Output {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The folder imports must stay inside: `--root`, else the working directory when the file is in it, else the file's folder. */
export function rootFor(file: string, cwd: string, root?: string): string {
  if (root) return path.resolve(cwd, root);
  return isInside(cwd, file) ? cwd : path.dirname(file);
}

export function checkFiles(files: readonly string[], cwd: string, options: CheckOptions): CheckedFile[] {
  const program = new Program();
  const out: CheckedFile[] = [];
  for (const file of files) {
    const analysis = program.analyze(file, rootFor(file, cwd, options.root));
    if (!analysis) throw new UsageError(`cannot read "${path.relative(cwd, file) || file}"`);
    for (const e of analysis.internalErrors) {
      process.stderr.write(`pledge: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
    }
    out.push(fileResult(analysis, options.quiet));
  }
  return out;
}

export function runCheck(patterns: readonly string[], cwd: string, options: CheckOptions): Output {
  let checked: CheckedFile[];
  try {
    checked = checkFiles(collectFiles(patterns, cwd), cwd, options);
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `pledge: ${e.message}\n`, exitCode: 2 };
    throw e;
  }
  const stdout = options.format === 'json' ? formatJson(checked) : formatStylish(checked, { color: options.color, cwd });
  const errors = checked.reduce((n, f) => n + f.result.errorCount, 0);
  const warnings = checked.reduce((n, f) => n + f.result.warningCount, 0);
  const tooMany = options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings;
  let stderr = '';
  if (tooMany) stderr = `pledge: ${warnings} warnings found, more than the maximum of ${options.maxWarnings} (--max-warnings)\n`;
  return { stdout, stderr, exitCode: errors > 0 || tooMany ? 1 : 0 };
}
