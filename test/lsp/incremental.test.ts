// Incremental document sync over a real LSP connection: whatever edits the
// client sends, the server's text is the client's. Line breaks are `\r\n`,
// `\n` and lone `\r`; an edit may join a `\r` and a `\n` into one break or
// split them, and every later line moves with it.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Range, SemanticTokens } from 'vscode-languageserver';
import { PledgeTextDocument } from '../../server/src/lsp/textDocuments';
import { emptyWorkspace, TestClient, type Published } from '../harness/lsp';

let client: TestClient;

beforeAll(async () => {
  client = new TestClient(emptyWorkspace());
  await client.initialize();
});

afterAll(async () => {
  await client.dispose();
});

// ---------------------------------------------------------------------------
// A reference model of the client's document, independent of the server's code.

interface Pos {
  line: number;
  character: number;
}

/** The (line, character) of an offset, counting `\r\n`, `\n` and lone `\r` as line breaks. */
function positionOf(text: string, offset: number): Pos {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      if (i + 1 >= offset) break;
      i++;
    }
    if (c === '\r' || c === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An offset where an editor can put the cursor: not between `\r` and `\n`, not inside a surrogate pair. */
function cursorAt(text: string, offset: number): number {
  let o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && text[o - 1] === '\r' && text[o] === '\n') o--;
  const c = text.charCodeAt(o);
  if (o > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(o - 1) >= 0xd800 && text.charCodeAt(o - 1) <= 0xdbff) o--;
  return o;
}

/** The end of the line holding `offset` (before its line break). */
function lineEndOf(text: string, offset: number): number {
  let o = offset;
  while (o < text.length && text[o] !== '\r' && text[o] !== '\n') o++;
  return o;
}

interface EditSpec {
  at: number;
  atLineEnd: boolean;
  length: number;
  text: string;
}

interface Change {
  range: Range;
  text: string;
}

/** Applies an edit to the client's text and returns the change the client sends. */
function applySpec(text: string, spec: EditSpec): { text: string; change: Change } {
  let start = cursorAt(text, spec.at % (text.length + 1));
  if (spec.atLineEnd) start = lineEndOf(text, start);
  const end = cursorAt(text, Math.max(start, Math.min(text.length, start + spec.length)));
  const change = { range: { start: positionOf(text, start), end: positionOf(text, Math.max(start, end)) }, text: spec.text };
  return { text: text.slice(0, start) + spec.text + text.slice(Math.max(start, end)), change };
}

/** Applies the edits of one notification in turn: the client's text after them, and the changes it sends. */
function applySpecs(text: string, specs: readonly EditSpec[]): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  for (const spec of specs) {
    const applied = applySpec(text, spec);
    text = applied.text;
    changes.push(applied.change);
  }
  return { text, changes };
}

// ---------------------------------------------------------------------------
// Generators

const AGREEMENT = [
  '// Parties 😀 and their desks',
  'party Acme "Acme B.V." {',
  '  contact Desk "Acme desk" phone "+31 20 555 0100" role "service desk"',
  '}',
  'party City "Gemeente 🏛 Zuiderveen"',
  'calendar Office Mon-Fri 08:00-18:00 timezone "Europe/Amsterdam"',
  'agreement "Hosting 😀 2026" {',
  '  provider Acme',
  '  customer City',
  '  service Hosting "Hosting" {',
  '    support Office',
  '    availability 99.9% per month',
  '    priority P1 "Down" {',
  '      respond within 15 minutes',
  '      resolve within 4 hours',
  '    }',
  '  }',
  '}',
  '',
];

const withBreaks = (breaks: readonly string[]) => AGREEMENT.map((l, i) => l + (i < AGREEMENT.length - 1 ? breaks[i % breaks.length] : '')).join('');

const INITIAL = [
  withBreaks(['\n']),
  withBreaks(['\r\n']),
  withBreaks(['\r']),
  withBreaks(['\r\n', '\n', '\r', '\r\r\n', '\n\r']),
  'party A "a" {\r}\n',
];

const PIECES = [
  '\n', '\r', '\r\n', '\r\r\n', '\n\r', '', ' ', '  ', '\t', '{', '}', '"', '😀', '🏛', 'é', 'x',
  'party B "b"', 'contact C "c" phone "1"', '  respond within 30 minutes', 'availability 99.95% per month',
  '// note 😀', '/* block\r\n comment */', 'priority P2 "Slow" {', 'agreement "Other" {\r\n  provider Acme\r\n}',
];

const insertText = fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((p) => p.join(''));

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.nat({ max: 5000 }),
  atLineEnd: fc.boolean(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 80 })),
  text: insertText,
});

/** One didChange notification: one to three changes, each in the text after the previous one. */
const notification = fc.array(editSpec, { minLength: 1, maxLength: 3 });

const sequence = fc.record({
  initial: fc.constantFrom(...INITIAL),
  notifications: fc.array(notification, { minLength: 1, maxLength: 20 }),
});

// ---------------------------------------------------------------------------

const tokensOf = (uri: string) => client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });

/** Opens `text` afresh under `uri` and returns what the server publishes for it. */
async function freshOpen(uri: string, text: string): Promise<Published> {
  const published = client.diagnostics(uri, (p) => p.version === 1, true);
  client.open(uri.slice(client.uri('').length), text);
  return published;
}

describe('incremental sync', () => {
  it('keeps lines apart when an edit joins a lone \\r and a \\n (the client and the server agree)', async () => {
    const uri = client.open('join.pledge', 'party A "a" {\r}\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    client.changeRanges(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    const last = client.changeRanges(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '  contact C "c" phone "1"\n}' }]);
    const edited = await client.diagnostics(uri, (p) => p.version === last);
    expect(edited.diagnostics.map((d) => d.code)).not.toContain('PL001');
    const tokens = await tokensOf(uri);

    client.close(uri);
    const fresh = await freshOpen(uri, 'party A "a" {\r\n  contact C "c" phone "1"\n}\n');
    expect(edited.diagnostics).toEqual(fresh.diagnostics);
    expect(tokens).toEqual(await tokensOf(uri));
  });

  it('the text model follows the same edits exactly', () => {
    const doc = new PledgeTextDocument('file:///join.pledge', 'pledge', 1, 'party A "a" {\r}\n');
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }], 2);
    expect(doc.lineCount).toBe(3);
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '  contact C "c" phone "1"\n}' }], 3);
    expect(doc.getText()).toBe('party A "a" {\r\n  contact C "c" phone "1"\n}\n');
    expect(doc.version).toBe(3);
    expect(doc.positionAt(doc.getText().indexOf('contact'))).toEqual({ line: 1, character: 2 });
    expect(doc.offsetAt({ line: 0, character: 99 })).toBe(13);
    expect(doc.offsetAt({ line: 9, character: 0 })).toBe(doc.getText().length);
  });

  it('the text model equals the client text after random edits (seeded)', () => {
    fc.assert(
      fc.property(sequence, ({ initial, notifications }) => {
        let text = initial;
        const doc = new PledgeTextDocument('file:///random.pledge', 'pledge', 1, initial);
        let version = 1;
        for (const specs of notifications) {
          const applied = applySpecs(text, specs);
          text = applied.text;
          doc.update(applied.changes, ++version);
          expect(doc.getText()).toBe(text);
        }
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });

  it('random edits over the connection end with the diagnostics and tokens of a fresh open (seeded, 30 sequences)', async () => {
    const samples = fc.sample(sequence, { seed: 20261130, numRuns: 30 });
    const runs = samples.map(async ({ initial, notifications }, i) => {
      const uri = client.open(`random-${i}.pledge`, initial);
      let text = initial;
      let last = 1;
      for (const specs of notifications) {
        const applied = applySpecs(text, specs);
        text = applied.text;
        last = client.changeRanges(uri, applied.changes, text);
      }
      const edited = await client.diagnostics(uri, (p) => p.version === last);
      const tokens = await tokensOf(uri);
      client.close(uri);
      const fresh = await freshOpen(uri, text);
      const what = `sequence ${i}: ${JSON.stringify({ initial, notifications })}`;
      expect(edited.diagnostics, what).toEqual(fresh.diagnostics);
      expect(tokens, what).toEqual(await tokensOf(uri));
    });
    await Promise.all(runs);
  });
});
