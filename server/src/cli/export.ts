// `pledge export`: the resolved model of agreements as JSON or YAML (described
// by schemas/pledge-export.v1.schema.json), or OpenSLO v1 documents.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigLoader } from '../engine/config';
import { Program } from '../engine/program';
import { renderExport, type ExportFormat, type ExportInput } from '../features/export';
import { t } from '../i18n/index';
import { configForFile, rootFor, formatConfigProblem, type Output } from './check';
import { collectFiles, UsageError } from './files';

export interface ExportOptions {
  format: ExportFormat;
  /** Write here instead of to standard output. */
  out?: string;
  root?: string;
  config?: string;
  /** "Today", for the holidays of agreements without a term (tests pin it). */
  today?: Date;
}

/** How a file is named in the export: relative to the working directory, with `/`. */
export function fileLabel(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
}

export function runExport(patterns: readonly string[], cwd: string, options: ExportOptions): Output {
  let files: string[];
  try {
    files = collectFiles(patterns, cwd);
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `pledge: ${e.message}\n`, exitCode: 2 };
    throw e;
  }
  const program = new Program();
  const loader = new ConfigLoader();
  let stderr = '';
  const seen = new Set<string>();
  const inputs: ExportInput[] = [];
  for (const file of files) {
    const config = configForFile(loader, file, cwd, options);
    for (const p of config.problems) {
      const line = formatConfigProblem(p, cwd);
      if (!seen.has(line)) stderr += line;
      seen.add(line);
    }
    if (config.problems.some((p) => p.fatal)) return { stdout: '', stderr, exitCode: 2 };
    const analysis = program.analyze(file, rootFor(file, cwd, options.root), config.settings, options.today ? { today: options.today } : {});
    if (!analysis) return { stdout: '', stderr: `${stderr}pledge: ${t('cli.check.unreadable', { path: fileLabel(file, cwd) })}\n`, exitCode: 2 };
    inputs.push({ analysis, label: fileLabel(file, cwd) });
  }
  const text = renderExport(inputs, options.format);
  if (!options.out) return { stdout: text, stderr, exitCode: 0 };
  const target = path.resolve(cwd, options.out);
  try {
    fs.writeFileSync(target, text);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { stdout: '', stderr: `${stderr}pledge: ${t('export.cannotWrite', { file: options.out, reason })}\n`, exitCode: 2 };
  }
  return { stdout: '', stderr: `${stderr}pledge: ${t('export.written', { file: options.out, count: inputs.length })}\n`, exitCode: 0 };
}
