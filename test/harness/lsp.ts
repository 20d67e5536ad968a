// A real LSP client for tests: the Pledge server runs in-process on a pair of
// streams and is driven through vscode-jsonrpc, exactly as an editor would.

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { startServer, type ServerOptions } from '../../server/src/lsp/server';
import { REPO } from './analyze';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

type Waiter = { match: (p: Published) => boolean; resolve: (p: Published) => void };

export class TestClient {
  readonly conn: MessageConnection;
  readonly published = new Map<string, Published>();
  readonly history: Published[] = [];
  readonly logs: string[] = [];
  /** The refresh requests the server sent (`workspace/codeLens/refresh`, `workspace/inlayHint/refresh`). */
  readonly refreshes: string[] = [];
  settings: Record<string, unknown> = {};
  private waiters: Waiter[] = [];
  private readonly toServer: PassThrough;
  private versions = new Map<string, number>();
  readonly texts = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly ownsRoot = true,
    serverOptions: ServerOptions = {},
  ) {
    const toServer = (this.toServer = new PassThrough());
    const toClient = new PassThrough();
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), serverOptions);
    this.conn = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const entry: Published = { uri: p.uri, version: p.version, diagnostics: p.diagnostics };
      this.published.set(p.uri, entry);
      this.history.push(entry);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(entry)) return true;
        w.resolve(entry);
        return false;
      });
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => this.logs.push(p.message));
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) =>
      p.items.map((i) => (i.section === 'pledge' ? this.settings : null)),
    );
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    for (const method of ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
      this.conn.onRequest(method, () => {
        this.refreshes.push(method);
        return null;
      });
    }
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.root, rel)).href;
  }

  /** Initialises the server; `locale` is the editor's display language (as VS Code sends it). */
  async initialize(locale?: string, initializationOptions?: Record<string, unknown>): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: null,
      ...(locale ? { locale } : {}),
      ...(initializationOptions ? { initializationOptions } : {}),
      rootUri: pathToFileURL(this.root).href,
      workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, codeLens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    const ready = this.waitForLog(/ready/);
    await this.conn.sendNotification('initialized', {});
    await ready;
  }

  private waitForLog(re: RegExp, timeoutMs = 10000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log matching ${re}; got ${this.logs.join(' | ')}`)), timeoutMs);
      const check = () => {
        if (this.logs.some((l) => re.test(l))) {
          clearTimeout(timer);
          resolve();
        } else setImmediate(check);
      };
      check();
    });
  }

  /** Resolves with the next publication for `uri` matching `match` (or the current one if it already matches and `fresh` is false). */
  diagnostics(uri: string, match: (p: Published) => boolean = () => true, fresh = false, timeoutMs = 10000): Promise<Published> {
    const current = this.published.get(uri);
    if (!fresh && current && match(current)) return Promise.resolve(current);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(this.published.get(uri)?.diagnostics.map((d) => d.code))}`)), timeoutMs);
      this.waiters.push({
        match: (p) => p.uri === uri && match(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  open(rel: string, text?: string): string {
    const uri = this.uri(rel);
    const t = text ?? readFileSync(path.join(this.root, rel), 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, t);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pledge', version: 1, text: t } });
    return uri;
  }

  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /**
   * Sends incremental changes (each range in the text after the previous
   * change, as editors send them); `text` is the document the client holds
   * afterwards, when the caller knows it.
   */
  changeRanges(uri: string, changes: ReadonlyArray<{ range: Range; text: string }>, text?: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    if (text !== undefined) this.texts.set(uri, text);
    else this.texts.delete(uri);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Writes a message body to the server as it stands, framed with its Content-Length (for malformed messages). */
  sendRaw(body: string): void {
    this.toServer.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  }

  async dispose(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
    } catch {
      // already gone
    }
    this.conn.dispose();
    if (this.ownsRoot) rmSync(this.root, { recursive: true, force: true });
  }
}

/** A temporary workspace holding a copy of samples/ (and optional extra files). */
export function sampleWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-lsp-'));
  cpSync(path.join(REPO, 'samples'), dir, { recursive: true });
  return dir;
}

export function emptyWorkspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'pledge-lsp-'));
}

/** Applies LSP text edits to a text. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => {
    let o = 0;
    for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i]!.length + 1;
    return o + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

export function editsFor(edit: WorkspaceEdit | null | undefined, uri: string): TextEdit[] {
  return edit?.changes?.[uri] ?? [];
}
