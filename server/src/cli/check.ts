// `pledge check`: analyse files and report. Returns the exit code instead of exiting, so tests can call it.

import * as path from 'node:path';
import { analyze } from '../engine/analyze';
import { t } from '../i18n/index';
import { ConfigLoader, type ConfigProblem, type LoadedConfig } from '../engine/config';
import { Program } from '../engine/program';
import { isInside } from '../semantics/model';
import type { Rule } from '../rules/types';
import { VERSION } from '../rules/version';
import { collectFiles, UsageError } from './files';
import { fileResult, type CheckedFile } from './report';
import { checkInParallel, portableFile } from './parallel';
import { applyAutoFixes, unifiedDiff, writeFixedFile } from './fix';
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

/**
 * The configuration of a file, as every command finds it: `--config`, else the
 * nearest `.pledgerc.json`; the lookup and `extends` stay inside the workspace
 * folder (`--root`, else the working directory).
 */
export function configForFile(loader: ConfigLoader, file: string, cwd: string, options: { root?: string; config?: string }): LoadedConfig {
  const workspaceRoot = rootFor(file, cwd, options.root);
  return options.config ? loader.load(path.resolve(cwd, options.config), workspaceRoot) : loader.configFor(file, workspaceRoot);
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
  /** One line per rule that threw (PL000); they make the exit code 2. */
  internalNotes: string;
  /** Files whose fixes could not be written (`--fix`); they make the exit code 2. */
  unwritten: number;
}

export function runChecks(files: readonly string[], cwd: string, options: CheckOptions): CheckRun {
  // Many files: spread over worker threads, with the same result in the same order.
  const parallel = checkInParallel(files, cwd, options, () => checker(cwd, options));
  if (parallel) return parallel;
  return checker(cwd, options)(files);
}

/**
 * Checks files with one program and one configuration loader, so that files
 * checked in several calls (the parts of a parallel check) share the parses of
 * what they import and the configuration lookups, as in one serial run.
 */
export function checker(cwd: string, options: CheckOptions): (files: readonly string[]) => CheckRun {
  const program = new Program();
  // An unresolved import suggests the nearest file name of the workspace ("did you mean").
  program.listFilesOnDisk = true;
  const loader = new ConfigLoader().cacheLookups();
  return (files) => {
    const seenConfig = new Set<string>();
    const run: CheckRun = { files: [], configProblems: [], fixReport: '', fixNotes: '', internalNotes: '', unwritten: 0 };
    const configFor = (file: string): LoadedConfig => {
      const config = configForFile(loader, file, cwd, options);
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
      if (text === undefined) throw new UsageError(t('cli.check.unreadable', { path: path.relative(cwd, file) || file }));
      const host = program.host(root);
      const outcome = applyAutoFixes(file, text, (t) => analyze(file, t, { host, settings, ...extra }).findings);
      const name = path.relative(cwd, file) || file;
      if (outcome.fixed !== text) {
        if (!outcome.parses) {
          run.fixNotes += `pledge: ${t('cli.fix.wouldNotParse', { file: name })}\n`;
        } else if (options.fixDryRun) {
          run.fixReport += unifiedDiff(name, text, outcome.fixed);
          program.setOverlay(file, outcome.fixed);
        } else {
          const written = writeFixedFile(file, outcome.fixed, root);
          if (written.written) program.invalidate(file);
          else {
            run.unwritten++;
            run.fixNotes += `pledge: ${
              written.problem === 'outside'
                ? t('hardening.fix.outside', { file: name })
                : written.problem === 'read-only'
                  ? t('hardening.fix.readOnly', { file: name })
                  : t('hardening.fix.unwritable', { file: name, reason: written.reason ?? '' })
            }\n`;
          }
        }
      }
    }
    const analysis = program.analyze(file, root, settings, extra);
    if (!analysis) throw new UsageError(t('cli.check.unreadable', { path: path.relative(cwd, file) || file }));
    for (const e of analysis.internalErrors) {
      run.internalNotes += t('hardening.internalErrorStderr', { ruleId: e.ruleId, file: path.relative(cwd, file) || file, message: e.message }) + '\n';
    }
    // Keep only what the report reads: a run over thousands of files would
    // otherwise hold every file's parse, model and figures until the end.
    run.files.push(portableFile(fileResult(analysis, options.quiet), options.format));
    program.release(file);
  }
  return run;
  };
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
        ? formatSarif(checked, { version: options.version ?? VERSION, rules: options.rules })
        : formatStylish(checked, { color: options.color, cwd });
  // Diffs go before the human report; with machine formats they go to stderr so stdout stays parseable.
  const stdout = options.format === 'stylish' ? run.fixReport + report : report;
  if (options.format !== 'stylish') stderr += run.fixReport;
  stderr += run.fixNotes;
  stderr += run.internalNotes;
  const errors = checked.reduce((n, f) => n + f.result.errorCount, 0);
  const warnings = checked.reduce((n, f) => n + f.result.warningCount, 0);
  const tooMany = options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooMany) stderr += `pledge: ${t('cli.check.tooManyWarnings', { warnings, max: options.maxWarnings })}\n`;
  // A rule that threw, or fixes that could not be written: the run is incomplete, not a verdict on the files (exit 2).
  const failed = checked.some((f) => f.analysis.internalErrors.length > 0) || run.unwritten > 0;
  return { stdout, stderr, exitCode: failed ? 2 : errors > 0 || tooMany ? 1 : 0 };
}
