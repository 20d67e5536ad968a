// Text helpers shared by quick fixes: where lines start, how they are indented,
// and how to insert a clause into a block so that the result reads naturally.

import type { Span } from '../../syntax/ast';
import { PledgeLexer } from '../../syntax/tokens';
import type { TextEdit } from '../types';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEnd(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
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

/** Inserts a top-level declaration on its own lines before the item at `offset`. */
export function insertBefore(text: string, offset: number, lines: string[]): TextEdit {
  const start = lineStart(text, offset);
  return { span: { start, end: start }, newText: lines.join('\n') + '\n\n' };
}

/** Inserts lines right after the line holding `offset`, with the same indentation. */
export function insertLineAfter(text: string, offset: number, line: string): TextEdit {
  const end = lineEnd(text, offset);
  const indent = indentAt(text, offset);
  return { span: { start: end, end }, newText: '\n' + indent + line };
}

/** Quotes a text as a Pledge string. */
export function quoted(s: string): string {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** The fix edits with `\n` written as the text's own line break (CRLF files stay CRLF). */
export function withLineEndings<E extends { newText: string }>(text: string, edits: readonly E[]): E[] {
  const lf = text.indexOf('\n');
  if (lf <= 0 || text[lf - 1] !== '\r') return [...edits];
  return edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r\n') }));
}
