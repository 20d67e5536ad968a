// Semantic tokens: what each word of a file is, by meaning rather than shape.
//
// Mapping (LSP standard token types):
//   party          → type         contact      → variable
//   calendar       → namespace    service      → class
//   priority       → enumMember   KPI          → property
//   obligation     → event
//   keywords (including days, units, periods, channels)  → keyword
//   percentages, numbers, short durations, dates, times, 24x7 → number
//   strings → string               comments → comment (one token per line)
// A name's declaration carries the `declaration` modifier; references do not.
// Names that resolve to nothing keep the type of what was expected there.
// Punctuation gets no token.

import type { IToken } from 'chevrotain';
import type { Analysis } from '../engine/analyze';
import type { SymbolKind } from '../semantics/model';

export const TOKEN_TYPES: readonly string[] = [
  'keyword',
  'type',
  'variable',
  'namespace',
  'class',
  'enumMember',
  'property',
  'event',
  'number',
  'string',
  'comment',
];

export const TOKEN_MODIFIERS: readonly string[] = ['declaration'];

export interface SemanticTokenOut {
  offset: number;
  length: number;
  type: number;
  modifiers: number;
}

const typeIndex = (name: string): number => TOKEN_TYPES.indexOf(name);

/** The token type of each kind of name. */
export const NAME_TYPES: Record<SymbolKind, string> = {
  party: 'type',
  contact: 'variable',
  calendar: 'namespace',
  service: 'class',
  priority: 'enumMember',
  kpi: 'property',
  obligation: 'event',
};

const DECLARATION = 1 << TOKEN_MODIFIERS.indexOf('declaration');

const NUMBER_TOKENS = new Set(['Percent', 'Number', 'ShortDuration', 'Date', 'Time', 'RoundTheClock']);
const STRING_TOKENS = new Set(['StringLit', 'UnterminatedString']);

export function semanticTokens(analysis: Analysis): SemanticTokenOut[] {
  const names = new Map<number, { kind: SymbolKind; declaration: boolean }>();
  for (const r of analysis.model.references) names.set(r.span.start, { kind: r.kind, declaration: false });
  for (const d of analysis.model.declarations) {
    if (d.file === analysis.file) names.set(d.span.start, { kind: d.kind, declaration: true });
  }

  const out: SemanticTokenOut[] = [];
  for (const t of analysis.parsed.tokens) {
    const token = classify(t, names);
    if (token) out.push(token);
  }
  for (const c of analysis.parsed.file.comments) out.push(...commentTokens(analysis.text, c.span.start, c.span.end));
  return out.sort((a, b) => a.offset - b.offset);
}

function classify(t: IToken, names: Map<number, { kind: SymbolKind; declaration: boolean }>): SemanticTokenOut | undefined {
  const base = { offset: t.startOffset, length: t.image.length };
  const kind = t.tokenType.name;
  if (kind === 'Identifier') {
    const n = names.get(t.startOffset);
    if (!n) return undefined;
    return { ...base, type: typeIndex(NAME_TYPES[n.kind]), modifiers: n.declaration ? DECLARATION : 0 };
  }
  if (NUMBER_TOKENS.has(kind)) return { ...base, type: typeIndex('number'), modifiers: 0 };
  if (STRING_TOKENS.has(kind)) return { ...base, type: typeIndex('string'), modifiers: 0 };
  if (t.tokenType.CATEGORIES?.some((c) => c.name === 'Keyword')) return { ...base, type: typeIndex('keyword'), modifiers: 0 };
  return undefined;
}

/** A comment as one token per line, so clients without multi-line tokens show it all. */
function commentTokens(text: string, start: number, end: number): SemanticTokenOut[] {
  const out: SemanticTokenOut[] = [];
  const type = typeIndex('comment');
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push({ offset: from, length: i - from, type, modifiers: 0 });
      from = i + 1;
    }
  }
  return out;
}
