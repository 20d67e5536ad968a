// Document sync and publishing: open, change and close of documents, files
// changed on disk (and `.pledgerc.json`), diagnostics published for the latest
// version only (typing is debounced; importers are published again), and the
// background indexing of the workspace folders (lsp/indexer.ts).

import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../../engine/config';
import { fileOf } from '../convert';
import { startIndexing, type IndexRun } from '../indexer';
import { sizeLimitDiagnostic } from '../limits';
import type { ServerContext } from '../context';

/** How long typing must pause before a document is analysed again. */
const DEBOUNCE_MS = 150;

export class DocumentSync {
  /** Files whose diagnostics the client has (so a deleted file's are cleared). */
  readonly published = new Set<string>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The indexing run in progress (a newer run cancels it). */
  private indexing: IndexRun | undefined;

  constructor(private readonly ctx: ServerContext) {}

  /** Analyses a file and publishes its diagnostics, unless a newer version arrived meanwhile. */
  validate(file: string): void {
    const { connection, workspace } = this.ctx;
    try {
      const version = workspace.version(file);
      // A document above the size limit gets one diagnostic and no analysis.
      const sizeLimit = sizeLimitDiagnostic(workspace.program.text(file));
      if (sizeLimit) {
        this.published.add(file);
        void connection.sendDiagnostics({ uri: this.ctx.uriFor(file), version, diagnostics: [sizeLimit] });
        return;
      }
      const a = workspace.analysis(file);
      if (!a) return;
      if (workspace.version(file) !== version) return;
      for (const e of a.internalErrors) connection.console.error(`Pledge internal error in rule ${e.ruleId} on ${file}: ${e.stack ?? e.message}`);
      this.published.add(file);
      void connection.sendDiagnostics({ uri: this.ctx.uriFor(file), version, diagnostics: a.findings.map((f) => this.ctx.toDiagnostic(a, f)) });
    } catch (e) {
      this.ctx.logError(`validating ${file}`, e);
    }
  }

  /** Re-validates a changed file and the files that import it. */
  validateWithImporters(file: string): void {
    this.validate(file);
    for (const importer of this.ctx.workspace.importers(file)) this.validate(importer);
  }

  /** Validates a file (and its importers) once typing pauses. */
  schedule(file: string): void {
    clearTimeout(this.timers.get(file));
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        this.validateWithImporters(file);
      }, DEBOUNCE_MS),
    );
  }

  /** Drops a pending validation of a file. */
  unschedule(file: string): void {
    clearTimeout(this.timers.get(file));
  }

  validateAll(): void {
    for (const f of this.ctx.workspace.files()) this.validate(f);
  }

  /** Indexes the folders in the background (lsp/indexer.ts): requests are answered meanwhile. */
  async indexWorkspace(folders: string[]): Promise<void> {
    this.indexing?.cancel();
    const run = startIndexing({
      connection: this.ctx.connection,
      folders,
      progress: this.ctx.client.supportsProgress,
      index: (f) => {
        this.ctx.workspace.addKnown(f);
        this.validate(f);
      },
    });
    this.indexing = run;
    const { files, cancelled } = await run.done;
    if (this.indexing === run) this.indexing = undefined;
    if (!cancelled) this.ctx.log(`Pledge: indexed ${files} file(s) in ${folders.length} folder(s).`);
  }
}

export function registerSync(ctx: ServerContext): void {
  const { connection, documents, workspace, sync } = ctx;

  connection.onDidChangeWatchedFiles((params) => {
    try {
      let configChanged = false;
      for (const change of params.changes) {
        const file = fileOf(change.uri);
        if (path.basename(file) === CONFIG_FILE) {
          configChanged = true;
          continue;
        }
        if (!file.endsWith('.pledge')) continue;
        if (change.type === FileChangeType.Deleted) {
          workspace.removeKnown(file);
          if (sync.published.delete(file)) void connection.sendDiagnostics({ uri: ctx.uriFor(file), diagnostics: [] });
        } else {
          workspace.addKnown(file);
          workspace.changedOnDisk(file);
        }
        for (const importer of workspace.importers(file)) sync.validate(importer);
        if (change.type !== FileChangeType.Deleted) sync.validate(file);
      }
      if (configChanged) {
        ctx.settings.configChanged();
        sync.validateAll();
        ctx.refreshViews();
      }
    } catch (e) {
      ctx.logError('watched files', e);
    }
  });

  documents.onDidOpen((e) => {
    const file = fileOf(e.document.uri);
    ctx.rememberUri(file, e.document.uri);
    workspace.openDocument(file, e.document.getText(), e.document.version);
    sync.validateWithImporters(file);
  });

  documents.onDidChangeContent((e) => {
    const file = fileOf(e.document.uri);
    workspace.openDocument(file, e.document.getText(), e.document.version);
    sync.schedule(file);
  });

  documents.onDidClose((e) => {
    const file = fileOf(e.document.uri);
    sync.unschedule(file);
    workspace.closeDocument(file);
    if (workspace.program.text(file) === undefined || !workspace.files().includes(file) || !path.isAbsolute(file)) {
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      sync.published.delete(file);
    } else {
      sync.validateWithImporters(file);
    }
  });
}
