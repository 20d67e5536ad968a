// `pledge check`: analyse files and report. Returns the exit code instead of exiting, so tests can call it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../engine/analyze';
import { ConfigLoader, type ConfigProblem, type LoadedConfig } from '../engine/config';
import { Program } from '../engine/program';
import { isInside } from '../semantics/model';
import type { Rule } from '../rules/types';
import { collectFiles, UsageError } from './files';
import { fileResult, type CheckedFile } from './report';
import { applyAutoFixes, unifiedDiff } from './fix';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';

export type Format = 'stylish' | 'json' | 'sarif';

export interface CheckOptions {
  format: Format;
  maxWarnings?: number;
  quiet: boolean;
  color: boolean;
  root?: string;
  /** Use this configuration file for every file instead of the nearest `.pledgerc.json`. */
  config?: string;
  /** Apply auto fixes and write the files. */
  fix?: boolean;
  /** Show what `fix` would change without writing. */
  fixDryRun?: boolean;
  /** The version written into SARIF output. */
  version?: string;
  /** The rules to run (default: all). */
  rules?: readonly Rule<any>[];
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

/** One line per configuration problem: `pledge: .pledgerc.json:3:5: …`. */
export function formatConfigProblem(p: ConfigProblem, cwd: string): string {
  const where = [path.relative(cwd, p.file) || p.file, p.line, p.column].filter((x) => x !== undefined).join(':');
  return `pledge: ${where}: ${p.message}\n`;
}

export interface CheckRun {
  files: CheckedFile[];
  /** Configuration problems, each file's once. */
  configProblems: ConfigProblem[];
  /** Diffs of `--fix-dry-run`, and notes about fixes not written. */
  fixReport: string;
  fixNotes: string;
}

export function checkFiles(files: readonly string[], cwd: string, options: CheckOptions): CheckedFile[] {
  return runChecks(files, cwd, options).files;
}

export function runChecks(files: readonly string[], cwd: string, options: CheckOptions): CheckRun {
  const program = new Program();
  const loader = new ConfigLoader();
  const seenConfig = new Set<string>();
  const run: CheckRun = { files: [], configProblems: [], fixReport: '', fixNotes: '' };
  const configFor = (file: string): LoadedConfig => {
    const config = options.config ? loader.load(path.resolve(cwd, options.config)) : loader.configFor(file);
    for (const p of config.problems) {
      const key = `${p.file}\0${p.line}\0${p.column}\0${p.message}`;
      if (seenConfig.has(key)) continue;
      seenConfig.add(key);
      run.configProblems.push(p);
    }
    return config;
  };
  for (const file of files) {
    const settings = configFor(file).settings;
    const root = rootFor(file, cwd, options.root);
    const extra = options.rules ? { rules: options.rules } : {};
    if (options.fix || options.fixDryRun) {
      const text = program.text(file);
      if (text === undefined) throw new UsageError(`cannot read "${path.relative(cwd, file) || file}"`);
      const host = program.host(root);
      const outcome = applyAutoFixes(file, text, (t) => analyze(file, t, { host, settings, ...extra }).findings);
      const name = path.relative(cwd, file) || file;
      if (outcome.fixed !== text) {
        if (!outcome.parses) {
          run.fixNotes += `pledge: not fixing ${name}: the fixed text would not parse\n`;
        } else if (options.fixDryRun) {
          run.fixReport += unifiedDiff(name, text, outcome.fixed);
          program.setOverlay(file, outcome.fixed);
        } else {
          fs.writeFileSync(file, outcome.fixed);
          program.invalidate(file);
        }
      }
    }
    const analysis = program.analyze(file, root, settings, extra);
    if (!analysis) throw new UsageError(`cannot read "${path.relative(cwd, file) || file}"`);
    for (const e of analysis.internalErrors) {
      process.stderr.write(`pledge: internal error in rule ${e.ruleId} on ${file}: ${e.message}\n`);
    }
    run.files.push(fileResult(analysis, options.quiet));
  }
  return run;
}

export function runCheck(patterns: readonly string[], cwd: string, options: CheckOptions): Output {
  let run: CheckRun;
  try {
    run = runChecks(collectFiles(patterns, cwd), cwd, options);
  } catch (e) {
    if (e instanceof UsageError) return { stdout: '', stderr: `pledge: ${e.message}\n`, exitCode: 2 };
    throw e;
  }
  let stderr = run.configProblems.map((p) => formatConfigProblem(p, cwd)).join('');
  // A configuration that is not JSON at all (or cannot be read) says nothing we could follow: stop.
  if (run.configProblems.some((p) => p.fatal)) return { stdout: '', stderr, exitCode: 2 };
  const checked = run.files;
  const report =
    options.format === 'json'
      ? formatJson(checked)
      : options.format === 'sarif'
        ? formatSarif(checked, { version: options.version ?? process.env.PLEDGE_VERSION ?? '0.1.0', rules: options.rules })
        : formatStylish(checked, { color: options.color, cwd });
  // Diffs go before the human report; with machine formats they go to stderr so stdout stays parseable.
  const stdout = options.format === 'stylish' ? run.fixReport + report : report;
  if (options.format !== 'stylish') stderr += run.fixReport;
  stderr += run.fixNotes;
  const errors = checked.reduce((n, f) => n + f.result.errorCount, 0);
  const warnings = checked.reduce((n, f) => n + f.result.warningCount, 0);
  const tooMany = options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooMany) stderr += `pledge: ${warnings} warnings found, more than the maximum of ${options.maxWarnings} (--max-warnings)\n`;
  return { stdout, stderr, exitCode: errors > 0 || tooMany ? 1 : 0 };
}
