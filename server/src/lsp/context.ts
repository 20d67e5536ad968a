// What the handlers of the language server share: the connection, the open
// documents, the engine's `Workspace`, the settings, the publishing of
// diagnostics, the conversions from analyses to LSP values, and the one guard
// every request goes through. `startServer` creates one context; each feature
// module under handlers/ registers its handlers with it.

import {
  type CancellationToken,
  CodeLensRefreshRequest,
  DiagnosticSeverity,
  DiagnosticTag,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Analysis } from '../engine/analyze';
import { Workspace } from '../engine/workspace';
import { nodeFileSystem, type FileSystem } from '../engine/program';
import type { Finding, TextEdit } from '../rules/types';
import { docsUrl } from '../rules/docs';
import type { Locale } from '../i18n';
import { fileOf, toRange, uriOf } from './convert';
import { pledgeTextDocuments } from './textDocuments';
import { scopedFileSystem } from './fileScope';
import { tooLarge } from './limits';
import { Settings } from './handlers/settings';
import { DocumentSync } from './handlers/sync';

export interface ServerOptions {
  /** The disk (tests watch what is read); the server reads only inside its workspace folders (lsp/fileScope.ts). */
  fileSystem?: FileSystem;
}

/** What the client told the server in `initialize`. */
export interface ClientInfo {
  supportsConfiguration: boolean;
  supportsProgress: boolean;
  /** The client validates JSON syntax itself (VS Code does for every .json file). */
  editorReportsJsonSyntax: boolean;
  /** The editor's display language, from `initialize`; `pledge.locale` may override it. */
  displayLocale: Locale;
  /** The client can be asked to fetch code lenses and inlay hints again. */
  refreshesCodeLens: boolean;
  refreshesInlayHints: boolean;
  /** The workspace folders. */
  folders: string[];
}

/** A request handler as the connection calls it. */
export type Handler<P, R> = (params: P, token?: CancellationToken) => R;

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export class ServerContext {
  /** Pledge's own text model: its line table follows every `\r\n`, `\n` and lone `\r` (lsp/textDocuments.ts). */
  readonly documents = new TextDocuments(pledgeTextDocuments);
  readonly client: ClientInfo = {
    supportsConfiguration: false,
    supportsProgress: false,
    editorReportsJsonSyntax: false,
    displayLocale: 'en',
    refreshesCodeLens: false,
    refreshesInlayHints: false,
    folders: [],
  };
  /** The editor's settings merged with `.pledgerc.json` (handlers/settings.ts). */
  readonly settings: Settings;
  readonly workspace: Workspace;
  /** Analysing, publishing and indexing (handlers/sync.ts). */
  readonly sync: DocumentSync;
  /** The URI each opened document was sent with, so diagnostics go back under the client's own spelling. */
  private readonly uris = new Map<string, string>();

  constructor(
    readonly connection: Connection,
    options: ServerOptions = {},
  ) {
    this.settings = new Settings(this);
    this.workspace = new Workspace({
      settingsFor: (file) => this.settings.settingsFor(file),
      fileSystem: scopedFileSystem(options.fileSystem ?? nodeFileSystem, { folders: () => this.client.folders, openUris: () => this.documents.keys() }),
    });
    this.sync = new DocumentSync(this);
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  logError(what: string, e: unknown): void {
    const err = e as Error;
    this.connection.console.error(`Pledge internal error in ${what}: ${err?.stack ?? String(e)}`);
  }

  /**
   * A request handler that cannot bring the server down: an exception is
   * logged and answered with `empty`, and a request the client cancelled while
   * it waited is answered with `empty` without being worked on.
   */
  guard<P, R>(what: string, empty: R, fn: (params: P) => R): Handler<P, R> {
    return (params: P, token?: CancellationToken) => {
      if (token?.isCancellationRequested) return empty;
      try {
        return fn(params);
      } catch (e) {
        this.logError(what, e);
        return empty;
      }
    };
  }

  /** Remembers the URI a document was opened with. */
  rememberUri(file: string, uri: string): void {
    this.uris.set(file, uri);
  }

  uriFor(file: string): string {
    return this.uris.get(file) ?? uriOf(file);
  }

  analysisOf(uri: string): Analysis | undefined {
    return this.analysisOfFile(fileOf(uri));
  }

  /** The analysis of a file, none for a file above the size limit. */
  analysisOfFile(file: string): Analysis | undefined {
    return tooLarge(this.workspace.program.text(file)) ? undefined : this.workspace.analysis(file);
  }

  /**
   * Asks the editor to fetch its code lenses and inlay hints again: they are
   * worded in the current language and count findings under the current
   * settings, so a change of either leaves the shown ones stale.
   */
  refreshViews(): void {
    const failed = (e: unknown) => this.logError('asking the editor to refresh', e);
    if (this.client.refreshesCodeLens) this.connection.sendRequest(CodeLensRefreshRequest.type).catch(failed);
    if (this.client.refreshesInlayHints) this.connection.languages.inlayHint.refresh().catch(failed);
  }

  /** The analyses of the files that can name a declaration of `file` (itself and its importers). */
  analysesNaming(file: string): Analysis[] {
    return this.workspace
      .filesNaming(file)
      .map((f) => this.analysisOfFile(f))
      .filter((a): a is Analysis => a !== undefined);
  }

  allAnalyses(): Analysis[] {
    return this.workspace
      .files()
      .map((f) => this.analysisOfFile(f))
      .filter((a): a is Analysis => a !== undefined);
  }

  /** The text of a file as the workspace sees it ('' when it cannot be read). */
  textOf(file: string): string {
    return this.workspace.program.text(file) ?? '';
  }

  toDiagnostic(a: Analysis, f: Finding): Diagnostic {
    const d: Diagnostic = {
      range: toRange(a.text, f.span),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      codeDescription: { href: docsUrl(f.ruleId) },
      source: 'pledge',
      message: f.message,
      data: { ruleId: f.ruleId, start: f.span.start, end: f.span.end },
    };
    if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
    if (f.related.length) {
      d.relatedInformation = f.related.map((r) => {
        const text = r.file === a.file ? a.text : this.textOf(r.file);
        return { location: { uri: this.uriFor(r.file), range: toRange(text, r.span) }, message: r.message };
      });
    }
    return d;
  }

  workspaceEdit(edits: ReadonlyArray<TextEdit & { file?: string }>, defaultFile: string): WorkspaceEdit {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const e of edits) {
      const file = e.file ?? defaultFile;
      (changes[this.uriFor(file)] ??= []).push({ range: toRange(this.textOf(file), e.span), newText: e.newText });
    }
    return { changes };
  }
}
