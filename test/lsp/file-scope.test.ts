// The language server reads from disk only inside its workspace folders: a
// request naming a file elsewhere (`file:///etc/passwd`) that is not open
// answers empty without the file being read. Open documents are the client's
// text; next to an open document outside every folder, its imports are read.

import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { MAX_FILE_BYTES } from '../../server/src/engine/limits';
import { nodeFileSystem, type FileSystem } from '../../server/src/engine/program';
import { mayRead } from '../../server/src/lsp/fileScope';
import { emptyWorkspace, TestClient } from '../harness/lsp';

const PARTIES = 'party Acme "Acme B.V."\nparty City "City"\n';
const AGREEMENT = 'import "parties.pledge"\nagreement "A" {\n  provider Acme\n  customer City\n}\n';

let client: TestClient;
let root: string;
let outside: string;
const reads: string[] = [];

/** The disk, recording every file read. */
const spy: FileSystem = {
  onDisk: true,
  readFile(file) {
    reads.push(path.normalize(file));
    return nodeFileSystem.readFile(file);
  },
  realPath: (file) => nodeFileSystem.realPath!(file),
};

const readsOf = (file: string) => reads.filter((r) => r === path.normalize(file)).length;

beforeAll(async () => {
  root = emptyWorkspace();
  outside = mkdtempSync(path.join(tmpdir(), 'pledge-outside-'));
  writeFileSync(path.join(root, 'parties.pledge'), PARTIES);
  writeFileSync(path.join(root, 'main.pledge'), AGREEMENT);
  writeFileSync(path.join(outside, 'secret.pledge'), PARTIES);
  writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  writeFileSync(path.join(outside, 'parties.pledge'), PARTIES);
  client = new TestClient(root, true, { fileSystem: spy });
  await client.initialize();
});

afterAll(async () => {
  await client.dispose();
  rmSync(outside, { recursive: true, force: true });
});

const uriOf = (file: string) => pathToFileURL(file).href;

const REQUESTS = (uri: string): Array<[string, unknown]> => {
  const textDocument = { uri };
  const position = { line: 0, character: 7 };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/rename', { textDocument, position, newName: 'Other' }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
    ['pledge/render', { uri }],
  ];
};

describe('reading files', () => {
  it('reads the files inside the workspace folder', async () => {
    const uri = client.uri('main.pledge');
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 12 } });
    expect(JSON.stringify(h?.contents)).toContain('Acme');
    expect(readsOf(path.join(root, 'parties.pledge'))).toBeGreaterThan(0);
  });

  it('answers requests on files outside every workspace folder empty, without reading them', async () => {
    for (const file of [path.join(outside, 'secret.pledge'), path.join(outside, 'passwd'), '/etc/passwd']) {
      for (const [method, params] of REQUESTS(uriOf(file))) {
        const result = await client.request(method, params).catch(() => null);
        if (method !== 'pledge/render') expect(result === null || (Array.isArray(result) && result.length === 0) || (result as { data?: unknown[] }).data?.length === 0, `${method} ${file}`).toBe(true);
      }
      // Compared with the open agreement as its older version.
      expect(await client.request('pledge/diff', { uri: client.uri('main.pledge'), oldUri: uriOf(file) })).toBeNull();
      expect(readsOf(file), file).toBe(0);
    }
  });

  it('does not read a file in the folder that is larger than the size limit', async () => {
    const huge = path.join(root, 'huge.pledge');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_FILE_BYTES + 1);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: uriOf(huge) } })).toEqual([]);
    expect(readsOf(huge)).toBe(0);
  });

  it('does not read a file outside the folders when told it changed on disk', async () => {
    const secret = path.join(outside, 'secret.pledge');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(secret), type: 2 }] });
    // A request after the notification: the server handled it before answering.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri('main.pledge') } });
    expect(readsOf(secret)).toBe(0);
  });

  it('analyses an open document outside the folders, with the imports next to it', async () => {
    const file = path.join(outside, 'open.pledge');
    const published = client.diagnostics(uriOf(file), (p) => p.version === 1, true);
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'pledge', version: 1, text: AGREEMENT } });
    const p = await published;
    expect(p.diagnostics.map((d) => d.code)).not.toContain('PL002');
    expect(readsOf(path.join(outside, 'parties.pledge'))).toBeGreaterThan(0);
    expect(readsOf(path.join(outside, 'passwd'))).toBe(0);
  });
});

describe('mayRead', () => {
  const scope = (folders: string[], open: string[] = []) => ({ folders: () => folders, openUris: () => [...open.map((f) => pathToFileURL(f).href), 5, null] });
  it('allows the workspace folders and the folders of open documents outside them', () => {
    const ws = path.resolve('/ws');
    expect(mayRead(scope([ws]), path.join(ws, 'a.pledge'))).toBe(true);
    expect(mayRead(scope([ws]), path.join(ws, 'deep', 'b.pledge'))).toBe(true);
    expect(mayRead(scope([ws]), path.resolve('/etc/passwd'))).toBe(false);
    expect(mayRead(scope([ws]), path.join(ws, '..', 'x.pledge'))).toBe(false);
    expect(mayRead(scope([ws]), 'untitled:Untitled-1')).toBe(false);
    expect(mayRead(scope([ws], [path.resolve('/tmp/o/open.pledge')]), path.resolve('/tmp/o/p.pledge'))).toBe(true);
    expect(mayRead(scope([ws], [path.resolve('/tmp/o/open.pledge')]), path.resolve('/tmp/p.pledge'))).toBe(false);
    expect(mayRead(scope([ws], [path.join(ws, 'a.pledge')]), path.resolve('/etc/passwd'))).toBe(false);
    expect(mayRead(scope([]), path.resolve('/etc/passwd'))).toBe(false);
  });
});
