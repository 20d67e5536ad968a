// Text helpers shared by quick fixes: where lines start, how they are indented,
// and how to insert a clause into a block so that the result reads naturally.

import type * as A from '../../syntax/ast';
import type { Span } from '../../syntax/ast';
import { PledgeLexer } from '../../syntax/tokens';
import { lineBreakLength, lineBreakOf, lineEndAt, lineStartAt } from '../../syntax/positions';
import type { TextEdit } from '../types';

export function lineStart(text: string, offset: number): number {
  return lineStartAt(text, offset);
}

/** The end of the content of the line holding `offset` (before its `\r\n`, `\n` or `\r`). */
export function lineEnd(text: string, offset: number): number {
  return lineEndAt(text, offset);
}

/** The whitespace that starts the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** The indentation one level deeper than `indent` (two spaces, Pledge's canonical step). */
export function deeper(indent: string): string {
  return indent + '  ';
}

/**
 * Whether the block whose `{ … }` spans `body` ends with its own `}`. A block
 * left open ends where its content ends, which may be the `}` of a block
 * nested in it: its braces then do not balance.
 */
export function isClosed(text: string, body: Span): boolean {
  if (text[body.end - 1] !== '}') return false;
  let depth = 0;
  for (const t of PledgeLexer.tokenize(text.slice(body.start, body.end)).tokens) {
    if (t.tokenType.name === 'LCurly') depth++;
    else if (t.tokenType.name === 'RCurly') depth--;
  }
  return depth === 0;
}

/**
 * Inserts `lines` (without indentation) as new clauses at the end of the
 * block whose `{ … }` spans `body`, indented one level deeper than the line
 * that opens the block. Undefined when the block has no closing `}` (the
 * text is broken there, and there is no end to insert before).
 */
export function appendToBlock(text: string, body: Span, lines: string[]): TextEdit | undefined {
  if (!isClosed(text, body)) return undefined;
  const close = body.end - 1;
  const outer = indentAt(text, body.start);
  const inner = deeper(outer);
  const before = text.slice(lineStart(text, close), close);
  const closeOnOwnLine = before.trim() === '';
  const block = lines.map((l) => inner + l).join('\n');
  if (closeOnOwnLine) {
    // Insert before the line of the closing brace.
    return { span: { start: lineStart(text, close), end: lineStart(text, close) }, newText: block + '\n' };
  }
  // The closing brace shares its line with content: replace the spaces before it.
  let from = close;
  while (from > body.start + 1 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { span: { start: from, end: close }, newText: '\n' + block + '\n' + outer };
}

/**
 * Inserts an agreement-level clause (one line, without indentation) where a
 * reader looks for it: on the line after the agreement's last clause of one
 * of `kinds` (default: obligations), else on the line before its first
 * `termination`, else at the end of the agreement. Undefined when the
 * agreement's block is broken.
 */
export function insertNextTo(text: string, agreement: A.Agreement, line: string, kinds: readonly string[] = ['Obligation']): TextEdit | undefined {
  const body = agreement.body;
  if (!body || !isClosed(text, body)) return undefined;
  const same = agreement.items.filter((i) => kinds.includes(i.kind));
  const last = same[same.length - 1];
  if (last) {
    const end = lineEnd(text, last.span.end);
    const rest = text.slice(last.span.end, end).trim();
    if (rest === '' || rest.startsWith('//')) return { span: { start: end, end }, newText: '\n' + indentAt(text, last.span.start) + line };
  }
  const termination = agreement.items.find((i) => i.kind === 'Termination');
  if (termination) {
    const start = lineStart(text, termination.span.start);
    if (text.slice(start, termination.span.start).trim() === '') {
      return { span: { start, end: start }, newText: indentAt(text, termination.span.start) + line + '\n' };
    }
  }
  return appendToBlock(text, body, [line]);
}

/**
 * Removes a clause: its whole line when nothing else is on it, else the
 * clause and the spaces before it (a comment on its line stays).
 */
export function removeClause(text: string, span: Span): TextEdit {
  const start = lineStart(text, span.start);
  const end = lineEnd(text, span.end);
  const rest = text.slice(span.end, end).trim();
  if (text.slice(start, span.start).trim() === '' && rest === '') {
    return { span: { start, end: end + lineBreakLength(text, end) }, newText: '' };
  }
  let from = span.start;
  while (from > start && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { span: { start: from, end: span.end }, newText: '' };
}

/** Inserts a top-level declaration on its own lines before the item at `offset`. */
export function insertBefore(text: string, offset: number, lines: string[]): TextEdit {
  const start = lineStart(text, offset);
  return { span: { start, end: start }, newText: lines.join('\n') + '\n\n' };
}

/** Quotes a text as a Pledge string. */
export function quoted(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** The fix edits with `\n` written as the text's own line break (CRLF files stay CRLF, CR files CR). */
export function withLineEndings<E extends { newText: string; snippet?: string }>(text: string, edits: readonly E[]): E[] {
  const eol = lineBreakOf(text);
  if (eol === '\n') return [...edits];
  return edits.map((e) => ({
    ...e,
    newText: e.newText.replace(/\r?\n/g, eol),
    ...(e.snippet !== undefined ? { snippet: e.snippet.replace(/\r?\n/g, eol) } : {}),
  }));
}

// Placeholders: a fix writes `placeholder('30 days')` where the writer should
// fill in a value of their own; `withPlaceholders` turns the edit into a plain
// `newText` (the default) plus an LSP `snippet` (`${1:30 days}`). The marks are
// private-use characters, so they survive every helper that places text.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** Marks `value` as a placeholder in the text of an edit (see `withPlaceholders`). */
export function placeholder(value: string): string {
  return OPEN + value.replace(/[\uE000\uE001]/g, '') + CLOSE;
}

/** Escapes text for LSP snippet syntax. */
function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/**
 * An edit whose text contains `placeholder(…)` marks as a plain edit with a
 * `snippet`: placeholders are numbered in order, the plain text keeps their
 * defaults. An edit without marks is returned unchanged.
 */
export function withPlaceholders(edit: TextEdit): TextEdit {
  if (!edit.newText.includes(OPEN)) return edit;
  let n = 0;
  let snippet = '';
  let plain = '';
  for (const part of edit.newText.split(/(\uE000[^\uE001]*\uE001)/)) {
    if (part.startsWith(OPEN)) {
      const value = part.slice(1, -1);
      plain += value;
      snippet += '${' + ++n + ':' + snippetEscape(value) + '}';
    } else {
      plain += part;
      snippet += snippetEscape(part);
    }
  }
  return { ...edit, newText: plain, snippet };
}
