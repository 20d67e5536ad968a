// `pledge render`: the agreement as a document people sign, in Markdown or
// HTML. One file without `--out` goes to stdout; with `--out`, or for several
// files or folders, one document per agreement file is written, mirroring the
// names (`healthy.pledge` → `healthy.html`). Returns the exit code instead of
// exiting, so tests can call it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../i18n/index';
import { Program } from '../engine/program';
import { ConfigLoader } from '../engine/config';
import { hasAgreements, renderDocument, type RenderFormat } from '../features/render/index';
import { configForFile, rootFor, type Output } from './check';
import { collectFiles, UsageError } from './files';

export interface RenderCliOptions {
  format: RenderFormat;
  /** A file (one input file) or a folder (any number of input files). */
  out?: string;
  root?: string;
  /** "Today", for holidays of agreements without a term (tests pin it). */
  today?: Date;
}

const EXTENSION: Record<RenderFormat, string> = { html: '.html', md: '.md' };

/** The deepest folder holding every file. */
function commonFolder(files: readonly string[]): string {
  let base = path.dirname(files[0]!);
  for (const f of files) {
    while (path.relative(base, f).startsWith('..')) base = path.dirname(base);
  }
  return base;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function runRender(patterns: readonly string[], cwd: string, options: RenderCliOptions): Output {
  const fail = (message: string): Output => ({ stdout: '', stderr: `pledge: ${message}\n`, exitCode: 2 });
  const shown = (p: string) => path.relative(cwd, p) || p;
  if (patterns.length === 0) return fail(t('render.cli.noPaths'));
  let files: string[];
  try {
    files = collectFiles(patterns, cwd);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  const single = patterns.length === 1 && files.length === 1 && !isDirectory(path.resolve(cwd, patterns[0]!));
  if (!single && !options.out) return fail(t('render.cli.needOut'));
  if (files.length === 0) return fail(t('render.cli.noFiles'));

  const program = new Program();
  const loader = new ConfigLoader();
  const rendered: Array<{ file: string; text: string }> = [];
  for (const file of files) {
    const analysis = program.analyze(file, rootFor(file, cwd, options.root), configForFile(loader, file, cwd, options).settings, options.today ? { today: options.today } : {});
    if (!analysis) return fail(t('render.cli.cannotRead', { path: shown(file) }));
    // A folder renders agreements; a file of only parties and calendars is skipped there.
    if (!single && !hasAgreements(analysis)) continue;
    rendered.push({ file, text: renderDocument(analysis, { format: options.format }) });
  }

  if (single && !options.out) return { stdout: rendered[0]!.text, stderr: '', exitCode: 0 };

  const out = path.resolve(cwd, options.out!);
  const targets: Array<{ target: string; text: string }> = [];
  if (single && !isDirectory(out) && path.extname(out) !== '') {
    targets.push({ target: out, text: rendered[0]!.text });
  } else {
    const base = commonFolder(files);
    for (const r of rendered) {
      const rel = path.relative(base, r.file);
      targets.push({ target: path.join(out, rel.replace(/\.pledge$/i, '') + EXTENSION[options.format]), text: r.text });
    }
  }
  let stdout = '';
  for (const { target, text } of targets) {
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch {
      return { stdout, stderr: `pledge: ${t('render.cli.cannotWrite', { path: shown(target) })}\n`, exitCode: 2 };
    }
    stdout += `${shown(target)}\n`;
  }
  return { stdout, stderr: '', exitCode: 0 };
}
