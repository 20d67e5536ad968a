// The Pledge formatter: fixture pairs in test/fixtures/format (NAME.input.pledge →
// NAME.expected.pledge), and properties that hold for every fixture and sample:
// idempotence, token preservation, edits that reproduce the formatted text.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEdits, formatText, type TextEditOut } from '../../server/src/features/format';
import { parse } from '../../server/src/syntax/parse';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/format');
const SAMPLES = path.join(ROOT, 'samples');

const read = (file: string): string => readFileSync(file, 'utf8');

const pairs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.input.pledge'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -'.input.pledge'.length);
    return {
      name,
      input: read(path.join(FIXTURES, f)),
      expected: read(path.join(FIXTURES, `${name}.expected.pledge`)),
    };
  });

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.pledge'))
  .sort()
  .map((f) => ({ name: f, text: read(path.join(SAMPLES, f)) }));

/** Every well-formed text the properties are checked on. */
const corpus: Array<[string, string]> = [
  ...pairs.map((p): [string, string] => [`fixture ${p.name}.input`, p.input]),
  ...pairs.map((p): [string, string] => [`fixture ${p.name}.expected`, p.expected]),
  ...samples.map((s): [string, string] => [`sample ${s.name}`, s.text]),
];

/** The tokens and comments of a text, without any whitespace (line comments lose trailing blanks). */
function content(text: string): string[] {
  const parsed = parse(text);
  const items = [
    ...parsed.tokens.map((t) => ({ at: t.startOffset, text: `token ${t.image}` })),
    ...parsed.file.comments.map((c) => ({
      at: c.span.start,
      text: `comment ${c.block ? c.text : c.text.replace(/[ \t]+$/, '')}`,
    })),
  ];
  return items.sort((a, b) => a.at - b.at).map((i) => i.text);
}

function applyEdits(text: string, edits: readonly TextEditOut[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Offset of the start of the line holding `needle`, and of the end of that line. */
function lineRange(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`missing ${needle}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

describe('format fixtures', () => {
  it('has fixture pairs for every required case', () => {
    expect(pairs.map((p) => p.name)).toEqual(
      expect.arrayContaining(['blank-lines', 'comments', 'crlf', 'empty-agreement', 'language-example', 'schedules']),
    );
  });

  it.each(pairs)('$name: input formats to expected', ({ input, expected }) => {
    expect(parse(input).errors).toEqual([]);
    expect(formatText(input)).toBe(expected);
  });

  it.each(pairs)('$name: expected is already canonical', ({ expected }) => {
    expect(formatText(expected)).toBe(expected);
    expect(formatEdits(expected)).toEqual([]);
  });
});

describe('format properties', () => {
  it.each(corpus)('%s: is idempotent', (_name, text) => {
    const once = formatText(text);
    expect(once).toBeDefined();
    expect(formatText(once!)).toBe(once);
  });

  it.each(corpus)('%s: keeps every token and comment, in order', (_name, text) => {
    const formatted = formatText(text)!;
    expect(parse(formatted).errors).toEqual([]);
    expect(content(formatted)).toEqual(content(text));
  });

  it.each(corpus)('%s: ends with exactly one line break and has no trailing blanks', (_name, text) => {
    const formatted = formatText(text)!;
    expect(formatted).toMatch(/[^\r\n]\r?\n$/);
    expect(formatted).not.toMatch(/[ \t]\r?\n/);
  });

  it.each(corpus)('%s: formatEdits applied to the text give formatText', (_name, text) => {
    const edits = formatEdits(text);
    expect(applyEdits(text, edits)).toBe(formatText(text));
    for (let i = 1; i < edits.length; i++) expect(edits[i]!.span.start).toBeGreaterThanOrEqual(edits[i - 1]!.span.end);
    // Only whitespace changes.
    for (const e of edits) {
      expect(text.slice(e.span.start, e.span.end)).toMatch(/^\s*$/);
      expect(e.newText).toMatch(/^\s*$/);
    }
  });
});

/** A deterministic pseudo-random sequence (so every run checks the same texts). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/**
 * The text with the whitespace between its tokens and comments rewritten at
 * random: `keepLines` keeps every line break where it is and only changes
 * spaces, tabs and indentation; otherwise line breaks are added and blank
 * lines changed too.
 */
function scramble(text: string, seed: number, keepLines: boolean): string {
  const next = random(seed);
  const pick = (choices: string[]): string => choices[Math.floor(next() * choices.length)]!;
  const parsed = parse(text);
  const spans = [
    ...parsed.tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length })),
    ...parsed.file.comments.map((c) => c.span),
  ].sort((a, b) => a.start - b.start);
  const horizontal = [' ', '  ', '\t', ' \t  '];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = '';
  let pos = 0;
  for (const s of spans) {
    const gap = text.slice(pos, s.start);
    const breaks = gap.split('\n').length - 1;
    if (keepLines) out += breaks === 0 ? (pos === 0 ? '' : pick(horizontal)) : eol.repeat(breaks) + pick(['', ...horizontal]);
    else if (breaks > 0) out += pick(['\n', '\n\n', '\n\t', '\n\n\n   ', '  \n ']);
    else out += pos === 0 ? '' : pick([...horizontal, '\n', '\n\n', '\n   ']);
    out += text.slice(s.start, s.end);
    pos = s.end;
  }
  return out + pick(['', '\n', '\n\n']);
}

describe('format of scrambled texts', () => {
  const cases = corpus.flatMap(([name, text]) => [1, 2, 3].map((seed) => ({ name, text, seed })));

  it.each(cases)('$name, seed $seed: spaces and indentation do not matter', ({ text, seed }) => {
    expect(formatText(scramble(text, seed, true))).toBe(formatText(text));
  });

  it.each(cases)('$name, seed $seed: new line breaks keep the properties', ({ text, seed }) => {
    const scrambled = scramble(text, seed, false);
    const once = formatText(scrambled)!;
    expect(once).toBeDefined();
    expect(formatText(once)).toBe(once);
    expect(content(once)).toEqual(content(scrambled));
    expect(applyEdits(scrambled, formatEdits(scrambled))).toBe(once);
  });
});

describe('line breaks', () => {
  it('keeps CRLF line breaks and uses them for new lines', () => {
    const crlf = pairs.find((p) => p.name === 'language-example')!;
    const input = crlf.input.replace(/\r?\n/g, '\r\n');
    const out = formatText(input)!;
    expect(out).toBe(crlf.expected.replace(/\n/g, '\r\n'));
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('the crlf fixture really is written with CRLF', () => {
    const crlf = pairs.find((p) => p.name === 'crlf')!;
    expect(crlf.input).toContain('\r\n');
    expect(crlf.expected.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['an empty file', '', ''],
    ['a file of blank lines', '\n\n  \n', ''],
    ['a missing final line break', 'calendar C 24x7', 'calendar C 24x7\n'],
    ['several final line breaks', 'calendar C 24x7\n\n\n', 'calendar C 24x7\n'],
    ['a byte order mark', '\ufeffcalendar   C 24x7', '\ufeffcalendar C 24x7\n'],
    ['a comment alone', '   // only this   ', '// only this\n'],
  ])('%s', (_name, input, expected) => {
    expect(formatText(input)).toBe(expected);
  });
});

describe('options', () => {
  const text = 'agreement "x" { service S { support 24x7 } }';

  it('indents with the given unit', () => {
    expect(formatText(text, { indent: '\t' })).toBe('agreement "x" {\n\tservice S {\n\t\tsupport 24x7\n\t}\n}\n');
    expect(formatText(text, { indent: '    ' })).toBe('agreement "x" {\n    service S {\n        support 24x7\n    }\n}\n');
  });

  it('adds no final line break when told not to, but keeps one that is written', () => {
    expect(formatText('calendar C 24x7', { insertFinalNewline: false })).toBe('calendar C 24x7');
    expect(formatText('calendar C 24x7\n\n', { insertFinalNewline: false })).toBe('calendar C 24x7\n');
  });
});

describe('broken input', () => {
  const broken: Array<[string, string]> = [
    ['an unterminated string', 'agreement "x {\n  provider Acme\n}\n'],
    ['a missing closing brace', 'agreement "x" {\n  provider Acme\n'],
    ['an unknown clause', 'agreement "x" {  provder Acme }\n'],
    ['an unterminated block comment', 'agreement "x" { } /* never closed\n'],
    ['an unexpected character', 'agreement "x" { provider @Acme }\n'],
    ['a stray closing brace', 'agreement "x" { }\n}\n'],
    ['a space before %', 'agreement "x" { service S { availability 99 % per month } }\n'],
  ];

  it.each(broken)('%s: no formatting and no edits', (_name, text) => {
    expect(parse(text).errors.length).toBeGreaterThan(0);
    expect(formatText(text)).toBeUndefined();
    expect(formatEdits(text)).toEqual([]);
    expect(formatEdits(text, {}, { start: 0, end: text.length })).toEqual([]);
  });
});

describe('range formatting', () => {
  const messy = pairs.find((p) => p.name === 'language-example')!.input;

  it('only returns edits that touch lines of the range', () => {
    const range = lineRange(messy, 'priority P1');
    const edits = formatEdits(messy, {}, range);
    expect(edits.length).toBeGreaterThan(0);
    const first = lineOf(messy, range.start);
    const last = lineOf(messy, range.end);
    for (const e of edits) {
      expect(lineOf(messy, e.span.start)).toBeLessThanOrEqual(last);
      expect(lineOf(messy, e.span.end)).toBeGreaterThanOrEqual(first);
    }
    const out = applyEdits(messy, edits);
    expect(out).toContain(
      '\n    priority P1 "Organisation-wide outage" {\n      respond within 15 minutes\n      resolve within 4 hours as effort\n    }\n',
    );
    // Lines outside the range keep their messy layout.
    expect(out).toContain('depends   on Forecast');
    expect(out).toContain('credits for Workplace {below 99.5% credit 5%');
    expect(out).toContain('import    "parties.pledge"');
  });

  it('a range over the whole file formats the whole file', () => {
    const out = applyEdits(messy, formatEdits(messy, {}, { start: 0, end: messy.length }));
    expect(out).toBe(formatText(messy));
  });

  it('a range on a formatted line returns no edits', () => {
    const expected = pairs.find((p) => p.name === 'language-example')!.expected;
    expect(formatEdits(messy, {}, lineRange(messy, 'obligation Forecast'))).toEqual([]);
    expect(formatEdits(expected, {}, lineRange(expected, 'priority P1'))).toEqual([]);
  });

  it('an empty range formats the line it is on', () => {
    const at = messy.indexOf('depends   on');
    const out = applyEdits(messy, formatEdits(messy, {}, { start: at, end: at }));
    expect(out).toContain('\n    depends on Forecast\n');
    expect(out).toContain('credits for Workplace {below 99.5% credit 5%');
  });
});

describe('large files', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('formats a 2,000-line file correctly', () => {
    const healthy = samples.find((s) => s.name === 'healthy.pledge')!.text;
    const agreement = healthy.slice(healthy.indexOf('\nagreement') + 1);
    let text = samples.find((s) => s.name === 'parties.pledge')!.text;
    while (text.split('\n').length < 2000) text += '\n' + agreement;
    const messy = text.replace(/\n[ \t]+/g, '\n\t ');
    expect(formatText(messy)).toBe(text);
  });
});
