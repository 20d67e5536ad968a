// Go to definition, find references, rename, document links, folding and
// selection ranges — pure functions over analyses.

import type * as A from '../syntax/ast';
import { keywordWords } from '../syntax/tokens';
import { nodesAt } from '../syntax/walk';
import type { Declaration } from '../semantics/model';
import type { Analysis } from '../engine/analyze';
import { t } from '../i18n';

export interface Location {
  file: string;
  span: A.Span;
}

const contains = (s: A.Span, offset: number) => s.start <= offset && offset <= s.end;

/** The declaration of the name at `offset`: a declaration itself or what a reference resolves to. */
export function declarationAt(analysis: Analysis, offset: number): Declaration | undefined {
  const m = analysis.model;
  const ref = m.references.find((r) => contains(r.span, offset));
  if (ref) return ref.target;
  return m.declarations.find((d) => contains(d.span, offset));
}

/** The name token at `offset`, if it is a declaration or a reference. */
export function nameSpanAt(analysis: Analysis, offset: number): A.Span | undefined {
  const m = analysis.model;
  return m.references.find((r) => contains(r.span, offset))?.span ?? m.declarations.find((d) => contains(d.span, offset))?.span;
}

export function definition(analysis: Analysis, offset: number): Location | undefined {
  const d = declarationAt(analysis, offset);
  return d && { file: d.file, span: d.span };
}

function sameDeclaration(a: Declaration, b: Declaration): boolean {
  return a.file === b.file && a.span.start === b.span.start && a.kind === b.kind;
}

/** Every place naming `decl` in the given analyses (declaration first when included). */
export function references(analyses: readonly Analysis[], decl: Declaration, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  if (includeDeclaration) out.push({ file: decl.file, span: decl.span });
  const seen = new Set<string>();
  for (const a of analyses) {
    for (const r of a.model.references) {
      if (!r.target || !sameDeclaration(r.target, decl)) continue;
      const key = `${a.file}:${r.span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ file: a.file, span: r.span });
    }
  }
  return out;
}

export type RenameResult = { edits: Array<{ file: string; span: A.Span; newText: string }> } | { error: string };

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Why a new name cannot be used, or undefined when it can. */
export function invalidName(name: string): string | undefined {
  if (!IDENT.test(name)) return t('features.rename.invalid', { name });
  if (keywordWords.has(name)) return t('features.rename.keyword', { name });
  return undefined;
}

export function rename(analyses: readonly Analysis[], decl: Declaration, newName: string): RenameResult {
  const problem = invalidName(newName);
  if (problem) return { error: problem };
  return { edits: references(analyses, decl, true).map((l) => ({ ...l, newText: newName })) };
}

// ---------------------------------------------------------------------------

export interface DocumentLinkOut {
  span: A.Span;
  target: string;
}

export function documentLinks(analysis: Analysis): DocumentLinkOut[] {
  return analysis.model.imports
    .filter((i) => i.target && i.node.path)
    .map((i) => ({ span: { start: i.node.path!.span.start + 1, end: i.node.path!.span.end - 1 }, target: i.target! }));
}

export interface FoldingOut {
  start: number;
  end: number;
  kind?: 'comment' | 'imports';
}

/** Blocks, block comments, runs of line comments and the import section. */
export function foldingRanges(analysis: Analysis): FoldingOut[] {
  const out: FoldingOut[] = [];
  const visit = (node: object) => {
    const n = node as { body?: A.Span; items?: object[]; contacts?: object[]; levels?: object[] };
    if (n.body) out.push({ start: n.body.start, end: n.body.end });
    for (const child of [...(n.items ?? []), ...(n.contacts ?? []), ...(n.levels ?? [])]) visit(child);
  };
  visit(analysis.parsed.file);
  const text = analysis.text;
  const comments = analysis.parsed.file.comments;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (c.block) {
      if (/[\r\n]/.test(text.slice(c.span.start, c.span.end))) out.push({ start: c.span.start, end: c.span.end, kind: 'comment' });
      continue;
    }
    let j = i;
    while (j + 1 < comments.length && !comments[j + 1]!.block && /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/.test(text.slice(comments[j]!.span.end, comments[j + 1]!.span.start))) j++;
    if (j > i) out.push({ start: c.span.start, end: comments[j]!.span.end, kind: 'comment' });
    i = j;
  }
  const imports = analysis.parsed.file.imports;
  if (imports.length > 1) out.push({ start: imports[0]!.span.start, end: imports[imports.length - 1]!.span.end, kind: 'imports' });
  return out;
}

/** Nested spans around each offset, innermost first (for "expand selection"). */
export function selectionRanges(analysis: Analysis, offsets: readonly number[]): A.Span[][] {
  return offsets.map((offset) => {
    const chain = nodesAt(analysis.parsed.file, offset).map((n) => n.span);
    const spans: A.Span[] = [];
    for (const s of chain.reverse()) {
      const last = spans[spans.length - 1];
      if (!last || s.start !== last.start || s.end !== last.end) spans.push(s);
    }
    return spans;
  });
}
