// Requests that turn agreements into documents for the client: the rendered
// agreement (`pledge/render`, shown by the preview and written by "Export
// Document…") and the comparison of two versions (`pledge/diff`, shown by
// "Compare Promises with…"). The same engine as `pledge render` and
// `pledge diff`; the client only shows what it gets.

import * as path from 'node:path';
import { analyze, type Analysis } from '../engine/analyze';
import { exceedsFileLimit } from '../engine/limits';
import { renderDocument } from '../features/render';
import { diffAnalyses, renderDiff } from '../features/diff';
import { fileOf } from './convert';
import type { ServerContext } from './context';

export const RENDER_METHOD = 'pledge/render';
export const DIFF_METHOD = 'pledge/diff';
export const CHECK_WORKSPACE_METHOD = 'pledge/checkWorkspace';

export interface RenderParams {
  uri: string;
  format: 'html' | 'md';
  sourceLinks?: boolean;
}

export interface DiffParams {
  uri: string;
  oldText?: string;
  oldUri?: string;
  oldLabel: string;
}

export function registerDocumentRequests(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest(
    RENDER_METHOD,
    ctx.guard('render', null, (p: RenderParams) => {
      const a = ctx.analysisOf(p.uri);
      if (!a) return null;
      return { text: renderDocument(a, { format: p.format === 'md' ? 'md' : 'html', sourceLinks: p.sourceLinks === true }) };
    }),
  );

  connection.onRequest(
    DIFF_METHOD,
    ctx.guard('compare', null, (p: DiffParams) => {
      const current = ctx.analysisOf(p.uri);
      if (!current) return null;
      const old = olderVersion(ctx, current, p);
      if (!old) return null;
      const result = diffAnalyses(old, current, { oldLabel: p.oldLabel, newLabel: path.basename(current.file) });
      return { text: renderDiff(result, 'md'), changes: result.summary.changes + result.summary.findingsAdded + result.summary.findingsRemoved };
    }),
  );

  connection.onRequest(
    CHECK_WORKSPACE_METHOD,
    ctx.guard('check workspace', null, () => tally(checkAll(ctx))),
  );
}

/** How many files were checked, and their findings by severity. */
export function tally(analyses: readonly Analysis[]): { files: number; errors: number; warnings: number; infos: number } {
  const count = (severity: string) => analyses.reduce((n, a) => n + a.findings.filter((f) => f.severity === severity).length, 0);
  return { files: analyses.length, errors: count('error'), warnings: count('warning'), infos: count('info') };
}

/** Analyses and publishes every file of the workspace again; returns their analyses. */
function checkAll(ctx: ServerContext): Analysis[] {
  ctx.sync.validateAll();
  return ctx.allAnalyses();
}

/** The older version: a committed text analysed in the newer file's place (so its imports resolve alike), or another file. */
function olderVersion(ctx: ServerContext, current: Analysis, p: DiffParams): Analysis | undefined {
  const { workspace } = ctx;
  if (typeof p.oldText === 'string') {
    if (exceedsFileLimit(p.oldText)) return undefined;
    const host = workspace.program.host(workspace.rootOf(current.file));
    return analyze(current.file, p.oldText, { host, settings: ctx.settings.settingsFor(current.file) });
  }
  if (typeof p.oldUri === 'string') return workspace.analysis(fileOf(p.oldUri));
  return undefined;
}
