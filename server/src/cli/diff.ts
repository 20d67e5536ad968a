// `pledge diff OLD NEW` and `pledge diff --git REV FILE`: what changed in what
// each party promises between two versions. Exit 0 no changes, 1 changes,
// 2 an error. A committed version is read with isomorphic-git (no `git`
// process is started) and analysed in the file's place, so its imports
// resolve as the current file's do.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type GitApi from 'isomorphic-git';
import { ConfigLoader } from '../engine/config';
import { Program } from '../engine/program';
import type { Analysis } from '../engine/analyze';
import { diffAnalyses, renderDiff, type DiffFormat } from '../features/diff';
import { t } from '../i18n/index';
import { configForFile, formatConfigProblem, rootFor, type Output } from './check';
import { fileLabel } from './export';
import { agreementFile, UsageError } from './files';

export interface DiffOptions {
  format: DiffFormat;
  /** Compare FILE with its version at this revision. */
  git?: string;
  root?: string;
  config?: string;
  today?: Date;
}

class DiffError extends Error {}

let gitModule: Promise<typeof GitApi> | undefined;

/**
 * isomorphic-git, loaded only when a committed version is read: it is a large
 * part of the CLI, and the bundled CLI keeps it in a file of its own
 * (scripts/build.mjs) so that no other command reads or loads it.
 */
function loadGit(): Promise<typeof GitApi> {
  gitModule ??= import('isomorphic-git').then((m) => ((m as { default?: typeof GitApi }).default ?? (m as unknown as typeof GitApi)));
  return gitModule;
}

function analyzeText(file: string, text: string | undefined, cwd: string, options: DiffOptions, loader: ConfigLoader): { analysis: Analysis; problems: string } {
  const program = new Program();
  if (text !== undefined) program.setOverlay(file, text);
  const config = configForFile(loader, file, cwd, options);
  const problems = config.problems.map((p) => formatConfigProblem(p, cwd)).join('');
  if (config.problems.some((p) => p.fatal)) throw new DiffError(problems.replace(/^pledge: /, '').trimEnd());
  const analysis = program.analyze(file, rootFor(file, cwd, options.root), config.settings, options.today ? { today: options.today } : {});
  if (!analysis) throw new DiffError(t('diff.cli.cannotRead', { file: fileLabel(file, cwd) }));
  return { analysis, problems };
}

/** The text of `file` at revision `rev` of the repository that holds it. */
export async function committedText(file: string, rev: string): Promise<string> {
  const git = await loadGit();
  let dir: string;
  try {
    dir = await git.findRoot({ fs, filepath: path.dirname(file) });
  } catch {
    throw new DiffError(t('diff.cli.noRepository', { dir: path.dirname(file) }));
  }
  const filepath = path.relative(dir, file).split(path.sep).join('/');
  const oid = await resolveRevision(dir, rev);
  try {
    const { blob } = await git.readBlob({ fs, dir, oid, filepath });
    return new TextDecoder('utf-8').decode(blob);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    throw new DiffError(t('diff.cli.notInRevision', { file: filepath, rev, reason: err.code ?? err.message ?? String(e) }));
  }
}

/**
 * The commit a revision names: a branch, tag, `HEAD` or a (short) commit id,
 * followed by any `~N` (N-th first-parent ancestor) and `^N` (N-th parent).
 */
export async function resolveRevision(dir: string, rev: string): Promise<string> {
  const m = /^(.*?)((?:[~^]\d*)*)$/.exec(rev.trim());
  const base = m?.[1] || 'HEAD';
  const steps = m?.[2]?.match(/[~^]\d*/g) ?? [];
  const git = await loadGit();
  const unknown = () => new DiffError(t('diff.cli.unknownRevision', { rev }));
  let oid: string;
  try {
    oid = await git.resolveRef({ fs, dir, ref: base });
  } catch {
    if (!/^[0-9a-f]{4,40}$/i.test(base)) throw unknown();
    try {
      oid = await git.expandOid({ fs, dir, oid: base.toLowerCase() });
    } catch {
      throw unknown();
    }
  }
  try {
    for (const step of steps) {
      const n = step.length > 1 ? Number(step.slice(1)) : 1;
      if (step[0] === '~') {
        for (let k = 0; k < n; k++) oid = firstParent((await git.readCommit({ fs, dir, oid })).commit.parent, unknown);
      } else if (n > 0) {
        const parents = (await git.readCommit({ fs, dir, oid })).commit.parent;
        if (parents.length < n) throw unknown();
        oid = parents[n - 1]!;
      }
    }
    // An annotated tag points at a tag object: follow it to its commit.
    oid = (await git.readCommit({ fs, dir, oid })).oid;
  } catch (e) {
    if (e instanceof DiffError) throw e;
    throw unknown();
  }
  return oid;
}

function firstParent(parents: readonly string[], unknown: () => DiffError): string {
  if (parents.length === 0) throw unknown();
  return parents[0]!;
}

export async function runDiff(args: readonly string[], cwd: string, options: DiffOptions): Promise<Output> {
  try {
    const loader = new ConfigLoader();
    let oldSide: { analysis: Analysis; problems: string };
    let newSide: { analysis: Analysis; problems: string };
    let labels: { oldLabel: string; newLabel: string };
    if (options.git !== undefined) {
      if (args.length !== 1) throw new DiffError(t('diff.cli.gitNeedsFile'));
      const file = agreementFile(args[0]!, cwd);
      const oldText = await committedText(file, options.git);
      oldSide = analyzeText(file, oldText, cwd, options, loader);
      newSide = analyzeText(file, undefined, cwd, options, loader);
      labels = { oldLabel: `${fileLabel(file, cwd)}@${options.git}`, newLabel: fileLabel(file, cwd) };
    } else {
      if (args.length !== 2) throw new DiffError(t('diff.cli.needsTwo'));
      const [oldFile, newFile] = args.map((a) => agreementFile(a, cwd)) as [string, string];
      oldSide = analyzeText(oldFile, undefined, cwd, options, loader);
      newSide = analyzeText(newFile, undefined, cwd, options, loader);
      labels = { oldLabel: fileLabel(oldFile, cwd), newLabel: fileLabel(newFile, cwd) };
    }
    const result = diffAnalyses(oldSide.analysis, newSide.analysis, labels);
    const problems = [...new Set([oldSide.problems, newSide.problems].filter(Boolean))].join('');
    return { stdout: renderDiff(result, options.format), stderr: problems, exitCode: result.changed ? 1 : 0 };
  } catch (e) {
    if (e instanceof DiffError || e instanceof UsageError) return { stdout: '', stderr: `pledge: ${e.message}\n`, exitCode: 2 };
    return { stdout: '', stderr: `pledge: ${(e as Error)?.message ?? String(e)}\n`, exitCode: 2 };
  }
}
