// Robustness sweep: every sample and the LANGUAGE.md example, mutated in many
// small, deterministic ways (a seeded generator, no Math.random), must never
// crash the analysis or an editor feature nor break their guarantees: spans in
// the text, sorted semantic tokens, non-overlapping fix edits, a formatter
// that is idempotent and keeps every token and comment. The un-mutated inputs
// additionally check that no quick fix breaks the syntax.
//
// Inputs that once broke a guarantee live in test/fixtures/robustness and are
// checked the same way.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IToken } from 'chevrotain';
import { Program } from '../../server/src/engine/program';
import type { Analysis } from '../../server/src/engine/analyze';
import type { Span } from '../../server/src/syntax/ast';
import type { TextEdit } from '../../server/src/rules/types';
import { applyEdits } from '../../server/src/rules/fixes/apply';
import { PledgeLexer } from '../../server/src/syntax/tokens';
import { parse } from '../../server/src/syntax/parse';
import { hover } from '../../server/src/features/hover';
import { completions } from '../../server/src/features/completion';
import { codeActions } from '../../server/src/features/codeActions';
import { definition, foldingRanges, selectionRanges } from '../../server/src/features/navigation';
import { documentSymbols, type SymbolOut } from '../../server/src/features/symbols';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { inlayHints } from '../../server/src/features/inlayHints';
import { codeLenses } from '../../server/src/features/codeLens';
import { formatEdits, formatText } from '../../server/src/features/format';
import { analyzeFile, REPO } from '../harness/analyze';

// ---------------------------------------------------------------------------
// Inputs

interface Input {
  name: string;
  /** Where the text is analysed as if saved (imports resolve from there). */
  file: string;
  text: string;
}

const read = (file: string): string => readFileSync(file, 'utf8');
const SAMPLES = path.join(REPO, 'samples');
const REGRESSIONS = path.join(REPO, 'test/fixtures/robustness');

const inputs: Input[] = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.pledge'))
    .sort()
    .map((f) => ({ name: `samples/${f}`, file: path.join(SAMPLES, f), text: read(path.join(SAMPLES, f)) })),
  (() => {
    const file = path.join(REPO, 'test/fixtures/language/complete-example.pledge');
    return { name: 'LANGUAGE.md example', file, text: read(file) };
  })(),
];

const regressions: Input[] = readdirSync(REGRESSIONS)
  .filter((f) => f.endsWith('.pledge'))
  .sort()
  .map((f) => ({ name: `robustness/${f}`, file: path.join(REGRESSIONS, f), text: read(path.join(REGRESSIONS, f)) }));

// ---------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: a small seeded generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const below = (rng: Random, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Random, items: readonly T[]): T => items[below(rng, items.length)]!;

// ---------------------------------------------------------------------------
// Mutations

interface Piece {
  start: number;
  end: number;
  image: string;
}

/** The tokens and comments of a text, in order. */
function pieces(text: string): Piece[] {
  const lexed = PledgeLexer.tokenize(text);
  const all = [...lexed.tokens, ...(lexed.groups.comments ?? [])];
  return all
    .map((t: IToken) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image }))
    .sort((a, b) => a.start - b.start);
}

const INSERTS: readonly string[] = [
  '{',
  '}',
  '"',
  '/*',
  '*/',
  '//',
  '%',
  '-',
  '.',
  ',',
  '0',
  '7',
  '99.999',
  '12:60',
  '2026-02-30',
  ' agreement ',
  ' service ',
  ' priority ',
  ' escalation ',
  ' level ',
  ' within ',
  ' business ',
  ' for ',
  ' by ',
  ' depends on ',
  ' import ',
  ' party ',
  ' calendar ',
  ' credits ',
  ' below ',
  '\n}\n',
  ' "x" ',
  'é',
  '€',
  '😀',
  '\u0000',
  '\u00a0',
  '\ufeff',
  '\t',
  '\r',
  '\n',
];

type Mutation = (text: string, rng: Random) => { text: string; what: string };

const MUTATIONS: Record<string, Mutation> = {
  deleteToken(text, rng) {
    const ps = pieces(text);
    if (ps.length === 0) return { text, what: 'nothing to delete' };
    const p = pick(rng, ps);
    return { text: text.slice(0, p.start) + text.slice(p.end), what: `delete ${JSON.stringify(p.image)} at ${p.start}` };
  },
  duplicateLine(text, rng) {
    const lines = text.split('\n');
    const i = below(rng, lines.length);
    lines.splice(i, 0, lines[i]!);
    return { text: lines.join('\n'), what: `duplicate line ${i + 1}` };
  },
  swapTokens(text, rng) {
    const ps = pieces(text);
    if (ps.length < 2) return { text, what: 'nothing to swap' };
    let i = below(rng, ps.length);
    let j = below(rng, ps.length);
    if (i === j) j = (i + 1) % ps.length;
    if (i > j) [i, j] = [j, i];
    const a = ps[i]!;
    const b = ps[j]!;
    const swapped = text.slice(0, a.start) + b.image + text.slice(a.end, b.start) + a.image + text.slice(b.end);
    return { text: swapped, what: `swap ${JSON.stringify(a.image)}@${a.start} with ${JSON.stringify(b.image)}@${b.start}` };
  },
  insert(text, rng) {
    const at = below(rng, text.length + 1);
    const s = pick(rng, INSERTS);
    return { text: text.slice(0, at) + s + text.slice(at), what: `insert ${JSON.stringify(s)} at ${at}` };
  },
  insertInsideToken(text, rng) {
    const ps = pieces(text);
    const p = pick(rng, ps);
    const at = p.start + below(rng, p.end - p.start + 1);
    const s = pick(rng, INSERTS);
    return { text: text.slice(0, at) + s + text.slice(at), what: `insert ${JSON.stringify(s)} at ${at} (in ${JSON.stringify(p.image)})` };
  },
  insertComment(text, rng) {
    const ps = pieces(text);
    const at = ps.length ? pick(rng, ps).end : 0;
    const c = pick(rng, COMMENTS);
    return { text: text.slice(0, at) + c + text.slice(at), what: `comment ${JSON.stringify(c)} at ${at}` };
  },
  respace(text, rng) {
    const ps = pieces(text);
    if (ps.length < 2) return { text, what: 'nothing to respace' };
    const i = 1 + below(rng, ps.length - 1);
    const gap = pick(rng, GAPS);
    const from = ps[i - 1]!.end;
    const to = ps[i]!.start;
    // A line comment must keep a line break after it.
    const kept = ps[i - 1]!.image.startsWith('//') && !gap.includes('\n') ? gap + '\n' : gap;
    return { text: text.slice(0, from) + kept + text.slice(to), what: `gap before ${JSON.stringify(ps[i]!.image)}@${to} → ${JSON.stringify(kept)}` };
  },
};

const COMMENTS: readonly string[] = [' // note\n', ' /* note */ ', '/*\n   several\n     lines */', '\n// é € 😀\n', '//\n', '/**/', ' // pledge-disable-next-line PL310\n'];
const GAPS: readonly string[] = [' ', '  ', '\n', '\n\n\n', '\t', '\r\n', '\r\n\r\n', ' \n \t ', '\u00a0', ''];

const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');
const tabs = (text: string): string => text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)).replace(/ (?=\S)/g, (m, i: number) => (i % 3 === 0 ? '\t' : m));

interface Mutant {
  name: string;
  file: string;
  text: string;
}

const RANDOM_MUTANTS_PER_INPUT = 60;
const TRUNCATIONS_PER_INPUT = 24;
const MIN_FORMATTED_PER_INPUT = 10;

/** Every mutant of one input: random edits (some stacked, some with CRLF or tabs), truncations, whole-file variants. */
function mutantsOf(input: Input, seed: number): Mutant[] {
  const rng = generator(seed);
  const out: Mutant[] = [];
  const names = Object.keys(MUTATIONS);
  for (let k = 0; k < RANDOM_MUTANTS_PER_INPUT; k++) {
    let text = input.text;
    const steps: string[] = [];
    const count = 1 + below(rng, 3);
    for (let s = 0; s < count; s++) {
      const name = pick(rng, names);
      const m = MUTATIONS[name]!(text, rng);
      text = m.text;
      steps.push(`${name}: ${m.what}`);
    }
    const style = below(rng, 6);
    if (style === 0) {
      text = crlf(text);
      steps.push('CRLF');
    } else if (style === 1) {
      text = tabs(text);
      steps.push('tabs');
    }
    out.push({ name: `${input.name} #${k} [${steps.join('; ')}]`, file: input.file, text });
  }
  const step = Math.max(1, Math.floor(input.text.length / TRUNCATIONS_PER_INPUT));
  for (let cut = 0; cut < input.text.length; cut += step) {
    out.push({ name: `${input.name} cut at ${cut}`, file: input.file, text: input.text.slice(0, cut) });
    out.push({ name: `${input.name} CRLF cut at ${cut}`, file: input.file, text: crlf(input.text).slice(0, cut) });
  }
  out.push({ name: `${input.name} CRLF`, file: input.file, text: crlf(input.text) });
  out.push({ name: `${input.name} tabs`, file: input.file, text: tabs(input.text) });
  out.push({ name: `${input.name} CRLF + tabs`, file: input.file, text: crlf(tabs(input.text)) });
  return out;
}

// ---------------------------------------------------------------------------
// Guarantees

const inText = (s: Span, text: string): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;

function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.span.start < a.span.end) return true;
    // Two insertions at one offset have no defined order.
    if (a.span.start === a.span.end && b.span.start === b.span.end && a.span.start === b.span.start) return true;
  }
  return false;
}

/** Offsets strictly inside a token or comment, where no fix may start or end an edit (it would split the word). */
function insideOffsets(text: string): Set<number> {
  const inside = new Set<number>();
  for (const p of pieces(text)) for (let o = p.start + 1; o < p.end; o++) inside.add(o);
  return inside;
}

/** Token images and comment texts (line comments without trailing blanks, which the formatter drops). */
function content(text: string): string[] {
  const lexed = PledgeLexer.tokenize(text);
  const comments = (lexed.groups.comments ?? []).map((c) => ({ offset: c.startOffset, text: c.image.startsWith('//') ? c.image.replace(/[ \t]+$/, '') : c.image }));
  const tokens = lexed.tokens.map((t) => ({ offset: t.startOffset, text: t.image }));
  return [...tokens, ...comments].sort((a, b) => a.offset - b.offset).map((e) => e.text);
}

/** Offsets to ask hover, completion and definition at: both ends, inside strings and comments, and a few more. */
function probeOffsets(text: string, rng: Random): number[] {
  const lexed = PledgeLexer.tokenize(text);
  const set = new Set<number>([0, text.length, Math.max(0, text.length - 1)]);
  const strings = lexed.tokens.filter((t) => t.tokenType.name.includes('String'));
  const comments = lexed.groups.comments ?? [];
  for (const t of [...strings.slice(0, 2), ...comments.slice(0, 2), ...(strings.length ? [pick(rng, strings)] : [])]) {
    set.add(t.startOffset + Math.floor(t.image.length / 2));
  }
  for (let i = 0; i < 6; i++) set.add(below(rng, text.length + 1));
  const ts = lexed.tokens;
  for (let i = 0; i < 4 && ts.length; i++) {
    const t = pick(rng, ts);
    set.add(t.startOffset);
    set.add(t.startOffset + t.image.length);
  }
  return [...set].sort((a, b) => a - b);
}

function flatten(symbols: readonly SymbolOut[]): SymbolOut[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

interface Outcome {
  /** Every broken guarantee, as readable lines (empty when all hold). */
  problems: string[];
  /** Whether the formatter formatted the text (so its guarantees were checked). */
  formatted: boolean;
}

function check(program: Program, m: Mutant, rng: Random): Outcome {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${m.name}: ${what}`);
  const safely = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      fail(`${what} threw ${(e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e)}`);
      return undefined;
    }
  };
  const { text } = m;
  program.setOverlay(m.file, text);
  const a: Analysis | undefined = safely('analyze', () => analyzeFile(m.file, undefined, program));
  if (!a) return { problems, formatted: false };
  for (const e of a.internalErrors) fail(`internal error in ${e.ruleId}: ${e.message}`);

  const inside = insideOffsets(text);
  const splits = (e: TextEdit) => inside.has(e.span.start) || inside.has(e.span.end);
  for (const f of a.findings) {
    if (f.file !== m.file) fail(`${f.ruleId} reported on another file ${f.file}`);
    if (!inText(f.span, text)) fail(`${f.ruleId} span ${JSON.stringify(f.span)} outside 0..${text.length}`);
    for (const r of f.related) if (r.file === m.file && !inText(r.span, text)) fail(`${f.ruleId} related span ${JSON.stringify(r.span)} outside the text`);
    for (const fix of f.fixes) {
      const here = fix.edits.filter((e) => (e.file ?? m.file) === m.file);
      for (const e of here) if (!inText(e.span, text)) fail(`${f.ruleId} fix "${fix.title}" edit ${JSON.stringify(e.span)} outside the text`);
      if (overlapping(here)) fail(`${f.ruleId} fix "${fix.title}" has overlapping edits`);
      for (const e of here) if (splits(e)) fail(`${f.ruleId} fix "${fix.title}" edit ${JSON.stringify(e.span)} splits a token`);
    }
  }

  const actions = safely('codeActions', () => codeActions(a, { span: { start: 0, end: text.length } })) ?? [];
  for (const action of actions) {
    const here = action.edits.filter((e) => (e.file ?? m.file) === m.file);
    for (const e of here) if (!inText(e.span, text)) fail(`code action "${action.title}" edit ${JSON.stringify(e.span)} outside the text`);
    if (overlapping(here)) fail(`code action "${action.title}" has overlapping edits`);
    for (const e of here) if (splits(e)) fail(`code action "${action.title}" edit ${JSON.stringify(e.span)} splits a token`);
  }

  const offsets = probeOffsets(text, rng);
  for (const o of offsets) {
    const h = safely(`hover at ${o}`, () => hover(a, o));
    if (h && !inText(h.span, text)) fail(`hover at ${o} spans ${JSON.stringify(h.span)}`);
    safely(`completions at ${o}`, () => completions(a, o));
    safely(`definition at ${o}`, () => definition(a, o));
  }
  const ranges = safely('selectionRanges', () => selectionRanges(a, offsets)) ?? [];
  for (const chain of ranges) for (const s of chain) if (!inText(s, text)) fail(`selection range ${JSON.stringify(s)} outside the text`);

  for (const s of flatten(safely('documentSymbols', () => documentSymbols(a)) ?? [])) {
    if (!inText(s.span, text) || !inText(s.selection, text)) fail(`symbol ${s.name} spans ${JSON.stringify(s.span)} / ${JSON.stringify(s.selection)}`);
  }
  for (const r of safely('foldingRanges', () => foldingRanges(a)) ?? []) {
    if (!inText(r, text)) fail(`folding range ${JSON.stringify(r)} outside the text`);
  }
  const tokens = safely('semanticTokens', () => semanticTokens(a)) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length <= 0 || t.offset < 0 || t.offset + t.length > text.length) fail(`semantic token ${JSON.stringify(t)} outside the text`);
    const prev = tokens[i - 1];
    if (prev && t.offset < prev.offset + prev.length) fail(`semantic token ${JSON.stringify(t)} overlaps ${JSON.stringify(prev)}`);
  }
  for (const h of safely('inlayHints', () => inlayHints(a)) ?? []) {
    if (h.offset < 0 || h.offset > text.length) fail(`inlay hint ${JSON.stringify(h)} outside the text`);
  }
  for (const l of safely('codeLenses', () => codeLenses(a)) ?? []) {
    if (!inText(l.span, text)) fail(`code lens ${JSON.stringify(l.span)} outside the text`);
  }

  const formatted = safely('formatText', () => formatText(text));
  if (formatted !== undefined) {
    const again = safely('formatText (again)', () => formatText(formatted));
    if (again !== formatted) fail('formatting is not idempotent');
    if (JSON.stringify(content(formatted)) !== JSON.stringify(content(text))) fail('formatting changed the tokens or comments');
    const edits = safely('formatEdits', () => formatEdits(text)) ?? [];
    if (edits.some((e) => !inText(e.span, text)) || overlapping(edits)) fail('format edits outside the text or overlapping');
    else if (applyEdits(text, edits) !== formatted) fail('format edits do not give the formatted text');
  }
  return { problems, formatted: formatted !== undefined };
}

// ---------------------------------------------------------------------------
// The sweep

const SEED = 0x9e3779b9;

describe('robustness under mutation', () => {
  it.each(inputs.map((input, i) => [input.name, input, i] as const))('%s: every mutant keeps every guarantee', (_name, input, i) => {
    const program = new Program();
    const rng = generator(SEED + 1000 + i);
    const mutants = mutantsOf(input, SEED + i);
    const outcomes = mutants.map((m) => check(program, m, rng));
    expect(mutants.length).toBeGreaterThan(RANDOM_MUTANTS_PER_INPUT);
    expect(outcomes.flatMap((o) => o.problems)).toEqual([]);
    // Enough mutants stay well-formed for the formatter's guarantees to be checked.
    expect(outcomes.filter((o) => o.formatted).length).toBeGreaterThanOrEqual(MIN_FORMATTED_PER_INPUT);
  });

  it.each(regressions.map((input) => [input.name, input] as const))('regression %s keeps every guarantee', (_name, input) => {
    const program = new Program();
    const rng = generator(SEED);
    const variants: Mutant[] = [input, { ...input, name: `${input.name} CRLF`, text: crlf(input.text) }];
    expect(variants.flatMap((m) => check(program, m, rng).problems)).toEqual([]);
  });
});

describe('quick fixes keep the syntax', () => {
  it('has quick fixes to check in the un-mutated inputs', () => {
    const program = new Program();
    const fixes = inputs.flatMap((input) => analyzeFile(input.file, undefined, program).findings.flatMap((f) => f.fixes));
    expect(fixes.length).toBeGreaterThan(0);
  });

  it.each(inputs.map((input) => [input.name, input] as const))('%s: applying any one fix leaves no syntax error', (_name, input) => {
    const program = new Program();
    const a = analyzeFile(input.file, undefined, program);
    expect(a.findings.filter((f) => f.ruleId === 'PL001')).toEqual([]);
    const broken: string[] = [];
    for (const f of a.findings) {
      for (const fix of f.fixes) {
        const byFile = new Map<string, TextEdit[]>();
        for (const e of fix.edits) byFile.set(e.file ?? input.file, [...(byFile.get(e.file ?? input.file) ?? []), e]);
        for (const [file, edits] of byFile) {
          const before = file === input.file ? input.text : program.text(file);
          if (before === undefined) {
            broken.push(`${f.ruleId} "${fix.title}" edits ${file}, which cannot be read`);
            continue;
          }
          const errors = parse(applyEdits(before, edits)).errors;
          if (errors.length) broken.push(`${f.ruleId} "${fix.title}" breaks ${path.basename(file)}: ${errors[0]!.message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
