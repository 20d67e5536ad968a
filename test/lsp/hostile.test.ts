// The language server under hostile input: documents too large to analyse,
// very long lines, binary and non-UTF-8 text, a byte order mark, positions
// outside the document, unknown and closed documents, and malformed messages.
// Every request is answered (an empty result or an LSP error), and the server
// goes on answering normal requests afterwards.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver';
import { MAX_FILE_BYTES } from '../../server/src/engine/limits';
import { MAX_FILE_BYTES as CLI_MAX_FILE_BYTES } from '../../server/src/cli/files';
import { setLocale } from '../../server/src/i18n';
import { emptyWorkspace, TestClient } from '../harness/lsp';

let client: TestClient;

const AGREEMENT = 'party Acme "Acme B.V."\nparty City "City"\nagreement "A" {\n  provider Acme\n  customer City\n}\n';

beforeAll(async () => {
  const root = emptyWorkspace();
  writeFileSync(path.join(root, 'normal.pledge'), AGREEMENT);
  // Not UTF-8: Latin-1 bytes, a NUL, and a truncated multi-byte sequence.
  writeFileSync(path.join(root, 'latin1.pledge'), Buffer.concat([Buffer.from('party Acme "Caf'), Buffer.from([0xe9, 0x22, 0x0a, 0x00, 0xff, 0xfe, 0xe2, 0x82])]));
  writeFileSync(path.join(root, 'huge.pledge'), `// ${'x'.repeat(MAX_FILE_BYTES)}\n`);
  client = new TestClient(root);
  await client.initialize();
});

afterAll(async () => {
  await client.dispose();
});

/** A normal request still works: the server is alive and answering. */
async function stillAnswers(): Promise<void> {
  const uri = client.uri('normal.pledge');
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 12 } });
  expect(JSON.stringify(h?.contents)).toContain('Acme');
}

const FAR = { line: 1_000_000, character: 1_000_000 };
const NEGATIVE = { line: -5, character: -5 };

/** Every document request at `position` (and over a range to it) on `uri`. */
function requests(uri: string, position: { line: number; character: number }): Array<[string, unknown]> {
  const textDocument = { uri };
  const range = { start: { line: 0, character: 0 }, end: position };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'Other' }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
    ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['textDocument/codeLens', { textDocument }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/selectionRange', { textDocument, positions: [position] }],
    ['textDocument/documentLink', { textDocument }],
  ];
}

const isEmpty = (r: unknown) =>
  r === null || (Array.isArray(r) && r.length === 0) || (typeof r === 'object' && r !== null && 'data' in r && (r as { data: unknown[] }).data.length === 0);

describe('documents too large to analyse', () => {
  it('shares one size limit between the CLI and the language server', () => {
    expect(CLI_MAX_FILE_BYTES).toBe(MAX_FILE_BYTES);
  });

  it('publishes one size-limit warning for an 11 MB document and answers every request empty', async () => {
    const text = `party Acme "Acme"\n// ${'x'.repeat(11 * 1024 * 1024)}\n`;
    const uri = client.open('big.pledge', text);
    const p = await client.diagnostics(uri, (d) => d.version === 1);
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]!.severity).toBe(2);
    expect(p.diagnostics[0]!.message).toBe(
      'This file is larger than 10 MB (11 MB): Pledge does not analyse it. An agreement is a few kilobytes; split a file this large into agreements that import each other.',
    );
    for (const [method, params] of requests(uri, { line: 0, character: 8 })) {
      expect(isEmpty(await client.request(method, params)), method).toBe(true);
    }
    // Shrunk below the limit, it is analysed again.
    const v = client.change(uri, AGREEMENT);
    const after = await client.diagnostics(uri, (d) => d.version === v);
    expect(after.diagnostics.map((d) => d.message).join()).not.toContain('larger than');
    client.close(uri);
    await stillAnswers();
  });

  it('words the size limit in Dutch, with a decimal comma', async () => {
    const dutch = new TestClient(emptyWorkspace());
    try {
      await dutch.initialize('nl');
      const uri = dutch.open('groot.pledge', 'é'.repeat(Math.round(5.3 * 1024 * 1024)));
      const p = await dutch.diagnostics(uri, (d) => d.version === 1);
      expect(p.diagnostics.map((d) => d.message)).toEqual([
        'Dit bestand is groter dan 10 MB (10,6 MB): Pledge analyseert het niet. Een overeenkomst is enkele kilobytes; verdeel een bestand van deze omvang over overeenkomsten die elkaar importeren.',
      ]);
    } finally {
      await dutch.dispose();
      setLocale('en');
    }
  });

  it('does not analyse a file on disk above the limit, opened or not', async () => {
    const uri = client.uri('huge.pledge');
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } })).toBeNull();
    await stillAnswers();
  });
});

describe('long lines', () => {
  const LONG = 200_000;
  const cases: Array<[string, string]> = [
    ['a comment', `${AGREEMENT}// ${'x'.repeat(LONG)}\n`],
    ['a string', `party Acme "${'x'.repeat(LONG)}"\n`],
    ['a name', `party ${'x'.repeat(LONG)} "x"\nagreement "A" {\n  provider ${'x'.repeat(LONG)}\n}\n`],
    ['an unterminated string', `party Acme "${'x '.repeat(LONG / 2)}\n`],
    ['stray characters', `party Acme "a"\n${'@'.repeat(LONG)}\n`],
    ['a row of braces', `agreement "A" ${'{'.repeat(LONG / 2)}${'}'.repeat(LONG / 2)}\n`],
    ['trailing tabs after a comment', `party Acme "a" // note${'\t'.repeat(LONG)}\n`],
    ['a line of numbers', `agreement "A" {\n  service S "s" {\n    availability ${'9'.repeat(LONG)}% per month\n  }\n}\n`],
  ];
  for (const [what, text] of cases) {
    it(`analyses a line of ${LONG.toLocaleString('en')} characters holding ${what}, and answers every request`, async () => {
      const rel = `long-${what.replace(/\W+/g, '-')}.pledge`;
      const uri = client.open(rel, text);
      const p = await client.diagnostics(uri, (d) => d.version === 1);
      expect(Array.isArray(p.diagnostics)).toBe(true);
      const lastLine = text.split('\n').length - 2;
      for (const [method, params] of requests(uri, { line: lastLine, character: LONG / 2 })) {
        await client.request(method, params);
      }
      client.close(uri);
      await stillAnswers();
    });
  }
});

describe('binary and non-UTF-8 text, byte order mark', () => {
  it('analyses a file on disk that is not UTF-8 (read with replacement characters)', async () => {
    const uri = client.uri('latin1.pledge');
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toContain('Acme');
    await stillAnswers();
  });

  it('analyses a document holding binary data', async () => {
    let binary = '';
    for (let i = 0; i < 4096; i++) binary += String.fromCharCode((i * 7919) % 0xd800);
    const uri = client.open('binary.pledge', `party Acme "a"\n\u0000\u0001\u0002${binary}\ufffd\ud800\n`);
    const p = await client.diagnostics(uri, (d) => d.version === 1);
    expect(p.diagnostics.some((d) => d.code === 'PL001')).toBe(true);
    for (const [method, params] of requests(uri, { line: 1, character: 10 })) await client.request(method, params);
    client.close(uri);
    await stillAnswers();
  });

  it('reads a document starting with a byte order mark like one without', async () => {
    const withBom = client.open('bom.pledge', `\ufeff${AGREEMENT}`);
    const plain = client.open('plain.pledge', AGREEMENT);
    const a = await client.diagnostics(withBom, (d) => d.version === 1);
    const b = await client.diagnostics(plain, (d) => d.version === 1);
    expect(a.diagnostics.map((d) => d.code)).toEqual(b.diagnostics.map((d) => d.code));
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: withBom }, position: { line: 3, character: 13 } });
    expect(JSON.stringify(h?.contents)).toContain('Acme');
    client.close(withBom);
    client.close(plain);
  });
});

describe('positions and documents that do not exist', () => {
  it('answers every request at positions past the end of an open document', async () => {
    const uri = client.open('range.pledge', AGREEMENT);
    await client.diagnostics(uri, (d) => d.version === 1);
    for (const position of [FAR, NEGATIVE, { line: 2, character: 10_000 }]) {
      for (const [method, params] of requests(uri, position)) await client.request(method, params);
    }
    client.close(uri);
    await stillAnswers();
  });

  it('answers every request on unknown documents with an empty result', async () => {
    for (const uri of [client.uri('missing.pledge'), 'untitled:Untitled-1', 'file:///', 'not a uri', client.uri('')]) {
      for (const [method, params] of requests(uri, FAR)) {
        expect(isEmpty(await client.request(method, params)), `${method} ${uri}`).toBe(true);
      }
    }
    await stillAnswers();
  });

  it('ignores a change to a closed document', async () => {
    const uri = client.open('closed.pledge', AGREEMENT);
    await client.diagnostics(uri, (d) => d.version === 1);
    client.close(uri);
    client.changeRanges(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, text: 'x' }]);
    client.change(client.uri('never-opened.pledge'), 'party X "x"\n');
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri('never-opened.pledge') } })).toEqual([]);
    await stillAnswers();
  });
});

describe('malformed messages', () => {
  it('answers requests whose params have the wrong shape', async () => {
    const shapes: unknown[] = [{}, { textDocument: {} }, { textDocument: { uri: 42 }, position: 'here' }, { textDocument: { uri: client.uri('normal.pledge') }, position: { line: 'a', character: null } }, [1, 2]];
    for (const params of shapes) {
      for (const [method] of requests('x', FAR)) {
        // An empty result or an LSP error; either way an answer.
        await client.request(method, params).catch((e: { code?: number }) => expect(typeof e.code).toBe('number'));
      }
    }
    await stillAnswers();
  });

  it('survives notifications of the wrong shape', async () => {
    for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration']) {
      for (const params of [{}, { textDocument: null }, { textDocument: { uri: 5, text: 7, version: 'x' }, contentChanges: [null, { range: 3 }] }, { changes: [{}] }]) {
        void client.conn.sendNotification(method, params);
      }
    }
    await stillAnswers();
    // Documents "opened" under URIs that are not strings stay open …
    const odd = [5, { path: '/etc/passwd' }];
    for (const uri of odd) void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pledge', version: 1, text: 'party X "x"' } });
    // … and a file read from disk only now is analysed all the same.
    writeFileSync(path.join(client.root, 'later.pledge'), AGREEMENT);
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: client.uri('later.pledge') } });
    expect(symbols.map((s) => s.name)).toContain('Acme');
    for (const uri of odd) void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers an unknown method with MethodNotFound and survives bodies that are not JSON-RPC', async () => {
    await expect(client.request('pledge/noSuchRequest', {})).rejects.toMatchObject({ code: -32601 });
    client.sendRaw('{"jsonrpc":"2.0","id":"raw-1","method":"textDocument/hover","params":null}');
    client.sendRaw('{"jsonrpc":"2.0","method":"textDocument/didOpen"}');
    client.sendRaw('{"jsonrpc":"2.0","id":"raw-2"}');
    await stillAnswers();
  });
});
