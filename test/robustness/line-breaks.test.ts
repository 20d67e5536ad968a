// Lines end at `\r\n`, `\n` or a lone `\r`, everywhere: positions in the
// engine, the CLI and the language server agree with LSP clients, and the
// formatter and quick fixes keep a file's own line breaks.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  countLineBreaks,
  lineBreakOf,
  lineColumnAt,
  lineEndAt,
  LineIndex,
  lineStartAt,
  splitLines,
  withLineBreaks,
} from '../../server/src/syntax/positions';
import { formatEdits, formatText } from '../../server/src/features/format';
import { parse } from '../../server/src/syntax/parse';
import { runCheck } from '../../server/src/cli/check';
import { applyEdits } from '../../server/src/rules/fixes/apply';
import { analyzeFile, analyzeText, REPO } from '../harness/analyze';
import { Program } from '../../server/src/engine/program';
import { compare } from '../harness/markers';

const SAMPLES = [
  'a\rb\r\nc\nd',
  '\r\r\n\n\r',
  'only one line',
  '',
  'x\r',
  'ends with crlf\r\n',
  '\n\n',
  'héllo 😀\rwörld\r\n🎉',
];

/** Every offset's position as vscode-languageserver-textdocument (what editors use) counts it. */
function reference(text: string) {
  return TextDocument.create('file:///x.pledge', 'pledge', 1, text);
}

describe('LineIndex', () => {
  it.each(SAMPLES.map((s) => [JSON.stringify(s), s]))('agrees with the LSP text document on %s', (_name, text) => {
    const index = new LineIndex(text);
    const doc = reference(text);
    expect(index.lineCount).toBe(doc.lineCount);
    for (let o = 0; o <= text.length; o++) {
      const p = index.position(o);
      const q = doc.positionAt(o);
      // Inside a `\r\n` the text document moves to the line's end; Pledge never puts a span there.
      if (text[o] === '\n' && text[o - 1] === '\r') continue;
      expect(p, `offset ${o}`).toEqual(q);
      expect(index.offset(p), `offset ${o}`).toBe(o);
    }
    for (let line = 0; line < doc.lineCount + 1; line++) {
      for (let character = 0; character < 6; character++) {
        expect(index.offset({ line, character }), `${line}:${character}`).toBe(doc.offsetAt({ line, character }));
      }
    }
  });

  it('gives line text, line ends and line starts without the line break', () => {
    const text = 'ab\rcd\r\nef\ngh';
    const index = new LineIndex(text);
    expect([0, 1, 2, 3, 4].map((l) => index.lineText(l))).toEqual(['ab', 'cd', 'ef', 'gh', 'gh']);
    expect(splitLines(text)).toEqual(['ab', 'cd', 'ef', 'gh']);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((o) => lineStartAt(text, o))).toEqual([0, 0, 0, 3, 3, 3, 3, 7, 7]);
    expect([0, 2, 3, 5, 6, 7, 9, 10].map((o) => lineEndAt(text, o))).toEqual([2, 2, 5, 5, 5, 9, 9, 12]);
    expect(countLineBreaks(text)).toBe(3);
    expect(lineColumnAt(text, 7)).toEqual({ line: 3, column: 1 });
    expect([lineBreakOf('a\rb\nc'), lineBreakOf('a\r\nb'), lineBreakOf('a\nb\r'), lineBreakOf('a')]).toEqual(['\r', '\r\n', '\n', '\n']);
    expect(withLineBreaks('a\rb\r\nc\nd', '\n')).toBe('a\nb\nc\nd');
  });
});

// ---------------------------------------------------------------------------
// Every rule fixture, written with CR-only and with mixed line breaks, still
// gets exactly the findings its markers expect (markers read lines the same way).

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.pledge') && !n.startsWith('_') ? [p] : [];
  });
}

const RULE_FIXTURES = walk(path.join(REPO, 'test/fixtures/rules'));
let mixCounter = 0;
/** Cycles the line breaks `\r`, `\r\n`, `\n`. */
const mixed = (text: string) => text.replace(/\r\n|\r|\n/g, () => ['\r', '\r\n', '\n'][mixCounter++ % 3]!);

describe('rule fixtures with other line breaks', () => {
  it.each(RULE_FIXTURES.map((f) => [path.relative(REPO, f), f]))('%s', (_name, file) => {
    const lf = readFileSync(file, 'utf8');
    for (const text of [withLineBreaks(lf, '\r'), mixed(lf)]) {
      const analysis = analyzeText(file, text);
      expect(analysis.internalErrors).toEqual([]);
      expect(compare(text, analysis.findings)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------

const tmp = mkdtempSync(path.join(tmpdir(), 'pledge-eol-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pledge check positions', () => {
  const lf = 'party Acme "Acme"\nparty Town "Town"\nagreement "Hosting" {\n  provider Acme\n  customer Nobody\n  version "1"\n}\n';
  it.each([
    ['CR', withLineBreaks(lf, '\r')],
    ['mixed', 'party Acme "Acme"\r\nparty Town "Town"\ragreement "Hosting" {\n  provider Acme\r  customer Nobody\r\n  version "1"\r}\n'],
  ])('reports the same lines and columns in a %s file', (name, text) => {
    writeFileSync(path.join(tmp, 'lf.pledge'), lf);
    writeFileSync(path.join(tmp, `${name}.pledge`), text);
    const messages = (file: string) =>
      (JSON.parse(runCheck([file], tmp, { format: 'json', quiet: false, color: false }).stdout) as Array<{ messages: unknown[] }>)[0]!.messages;
    const expected = messages('lf.pledge');
    expect(expected).toContainEqual(expect.objectContaining({ ruleId: 'PL002', line: 5, column: 12, endLine: 5, endColumn: 18 }));
    expect(messages(`${name}.pledge`)).toEqual(expected);
  });
});

describe('formatting keeps the text of a CR-only file', () => {
  const cr = 'party A "a" {\r    contact C "c" phone "1"\r}\r';

  it('formats with CR line breaks and nothing else changes', () => {
    expect(formatText(cr)).toBe('party A "a" {\r  contact C "c" phone "1"\r}\r');
    const edits = formatEdits(cr);
    const out = applyEdits(cr, edits);
    expect(out).toBe('party A "a" {\r  contact C "c" phone "1"\r}\r');
    expect(formatEdits(out)).toEqual([]);
  });

  it('formats a mixed file with the first line break, keeping every token', () => {
    const text = 'party A "a" {\r\n  contact C "c" phone "1"\r}\n// end\r';
    const out = applyEdits(text, formatEdits(text));
    expect(out).toBe('party A "a" {\r\n  contact C "c" phone "1"\r\n}\r\n// end\r\n');
    expect(parse(out).tokens.map((t) => t.image)).toEqual(parse(text).tokens.map((t) => t.image));
  });
});

// ---------------------------------------------------------------------------
// Every quick-fix case (test/fixtures/fixes), written with CR and with CRLF line
// breaks: the same fix gives the same result with the file's own line breaks.

const FIXES = path.join(REPO, 'test/fixtures/fixes');
const HEADER = /^\/\/ fix: (PL\d{3}) "([^"]+)"/;
const fixCases = readdirSync(FIXES)
  .filter((n) => n.endsWith('.before.pledge'))
  .map((n) => n.replace(/\.before\.pledge$/, ''));

/** Analyses a text as saved at `file`, with the Pledge files on disk listed (as the CLI does). */
function analyzeAs(file: string, text: string) {
  const program = new Program();
  program.listFilesOnDisk = true;
  program.setOverlay(file, text);
  return analyzeFile(file, undefined, program);
}

describe('quick fixes keep the line breaks of the file', () => {
  it('has cases', () => expect(fixCases.length).toBeGreaterThan(0));
  it.each(fixCases)('%s', (name) => {
    const file = path.join(FIXES, `${name}.before.pledge`);
    const before = readFileSync(file, 'utf8');
    const after = readFileSync(path.join(FIXES, `${name}.after.pledge`), 'utf8');
    const [, ruleId, titlePart] = HEADER.exec(before)!;
    for (const eol of ['\r', '\r\n']) {
      const text = withLineBreaks(before, eol);
      const finding = analyzeAs(file, text).findings.find((f) => f.ruleId === ruleId);
      expect(finding, `${ruleId} fires with ${JSON.stringify(eol)}`).toBeDefined();
      const fix = finding!.fixes.find((f) => f.title.includes(titlePart!))!;
      const fixed = applyEdits(text, fix.edits.filter((e) => !e.file || e.file === file));
      expect(fixed, JSON.stringify(eol)).toBe(withLineBreaks(after, eol));
      expect(parse(fixed).errors).toEqual([]);
    }
  });

  it('a suppression added by a code action uses the file\'s line break', async () => {
    const { disableLineEdit, disableFileEdit } = await import('../../server/src/features/codeActions');
    const text = 'party A "a"\ragreement "x" {\r  provider A\r  customer Nobody\r}\r';
    const f = analyzeText(path.join(tmp, 'x.pledge'), text).findings.find((x) => x.ruleId === 'PL002')!;
    const line = applyEdits(text, [disableLineEdit(text, f)]);
    expect(line).toBe('party A "a"\ragreement "x" {\r  provider A\r  // pledge-disable-next-line PL002\r  customer Nobody\r}\r');
    const whole = applyEdits(text, [disableFileEdit(text, f)]);
    expect(whole.startsWith('// pledge-disable PL002\rparty')).toBe(true);
  });
});
