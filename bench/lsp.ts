// A minimal LSP client over stdio for the benchmark: spawns the built server,
// frames JSON-RPC messages, answers the server's own requests, and lets the
// benchmark wait for notifications (diagnostics of a version, progress end).

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';

type Message = { id?: number | string; method?: string; params?: any; result?: any; error?: any };
type Waiter = { match: (m: Message) => boolean; resolve: (m: Message) => void };

export class LspClient {
  readonly proc: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private waiters: Waiter[] = [];
  /** Log messages of the server (for indexing figures). */
  readonly logs: string[] = [];
  /** Notifications seen so far, for late waiters. */
  private readonly seen: Message[] = [];

  constructor(serverJs: string, args: string[] = ['--stdio'], nodeArgs: string[] = []) {
    this.proc = spawn(process.execPath, [...nodeArgs, serverJs, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.proc.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.once('exit', (code) => {
      this.exited = true;
      if (this.shuttingDown) return;
      const error = new Error(`the language server exited (code ${code}) before the benchmark ended`);
      for (const reject of this.rejects) reject(error);
    });
  }

  private exited = false;
  private shuttingDown = false;
  /** Rejects every pending request and wait when the server dies. */
  private readonly rejects = new Set<(e: Error) => void>();

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (true) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1] ?? 0);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: configuration, progress creation, ….
      const result = m.method === 'workspace/configuration' ? (m.params?.items ?? []).map(() => ({})) : null;
      this.write({ jsonrpc: '2.0', id: m.id, result } as never);
      return;
    }
    if (m.method === undefined && typeof m.id === 'number') {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.method === 'window/logMessage') this.logs.push(String(m.params?.message));
    this.seen.push(m);
    if (this.seen.length > 2000) this.seen.splice(0, 1000);
    const still: Waiter[] = [];
    for (const w of this.waiters) (w.match(m) ? w.resolve(m) : still.push(w));
    this.waiters = still;
  }

  private write(m: object): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.rejects.add(reject);
      this.pending.set(id, (m) => {
        this.rejects.delete(reject);
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result as T);
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The next notification matching `match` (also one already seen, when `past`). */
  waitFor(match: (m: Message) => boolean, past = false): Promise<Message> {
    if (past) {
      const found = this.seen.find(match);
      if (found) return Promise.resolve(found);
    }
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error('the language server has exited'));
      this.rejects.add(reject);
      this.waiters.push({
        match,
        resolve: (m) => {
          this.rejects.delete(reject);
          resolve(m);
        },
      });
    });
  }

  async initialize(root: string): Promise<void> {
    const uri = pathToFileURL(root).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'bench' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    this.notify('initialized', {});
  }

  /** Resolves when indexing has finished (the server's progress ended, or it said it is ready). */
  indexed(): Promise<unknown> {
    return Promise.race([
      this.waitFor((m) => m.method === '$/progress' && m.params?.value?.kind === 'end', true),
      this.waitFor((m) => m.method === 'window/logMessage' && /ready/.test(String(m.params?.message)), true),
    ]);
  }

  open(file: string, text: string, version = 1): string {
    const uri = pathToFileURL(file).href;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pledge', version, text } });
    return uri;
  }

  diagnosticsFor(uri: string, version: number): Promise<Message> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params?.version === version);
  }

  /** Resident set size of the server process (Linux), in bytes. */
  rss(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return kb ? Number(kb) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async shutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.exited) return;
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.proc.kill(), 3000);
    await exited;
    clearTimeout(timer);
  }
}
