// Offsets ↔ (line, character) positions, 0-based, in UTF-16 code units as LSP counts them,
// and the line helpers every part of Pledge uses.
//
// A line ends at `\r\n`, `\n` or a lone `\r`, as LSP clients and
// vscode-languageserver-textdocument count lines. Nothing else in Pledge
// splits lines by hand: it asks this module.

import type { Span } from './ast';

export interface Position {
  line: number;
  character: number;
}

const LF = 10;
const CR = 13;

/** Every line break: `\r\n`, `\n` or a lone `\r`. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** The length of the line break starting at `i` (2 for `\r\n`, 1 for `\n` or a lone `\r`), 0 when none does. */
export function lineBreakLength(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c === LF) return 1;
  if (c === CR) return text.charCodeAt(i + 1) === LF ? 2 : 1;
  return 0;
}

/** Whether a line starts at `offset`: it follows a line break (the `\n` of `\r\n` is not a line start of its own). */
function startsLine(text: string, offset: number): boolean {
  if (offset === 0) return true;
  const prev = text.charCodeAt(offset - 1);
  if (prev === LF) return true;
  return prev === CR && text.charCodeAt(offset) !== LF;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.starts.push(i + 1);
      else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line]! };
  }

  /** The 0-based line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  offset(p: Position): number {
    if (p.line >= this.starts.length) return this.text.length;
    const line = Math.max(0, p.line);
    return Math.min(this.starts[line]! + Math.max(0, p.character), this.lineEnd(line));
  }

  range(span: Span): { start: Position; end: Position } {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Where the content of a line ends: the offset of its line break, or the end of the text. */
  lineEnd(line: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    if (l + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[l + 1]!;
    return this.text.charCodeAt(next - 1) === LF && this.text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
  }

  /** The text of a line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** The start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0 && !startsLine(text, i)) i--;
  return i;
}

/** The end of the content of the line holding `offset`: its line break, or the end of the text. */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  // Inside a `\r\n`, the line's content ended at the `\r`.
  if (i > 0 && text.charCodeAt(i) === LF && text.charCodeAt(i - 1) === CR) return i - 1;
  while (i < text.length && lineBreakLength(text, i) === 0) i++;
  return i;
}

/** 1-based line and column of an offset (for messages about files other than agreements). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const p = new LineIndex(text).position(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/** The lines of a text, without their line breaks (`a\r\nb\rc\n` → `a`, `b`, `c`, ``). */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** How many line breaks a text holds (`\r\n` counts once). */
export function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const len = lineBreakLength(text, i);
    if (len) {
      n++;
      i += len - 1;
    }
  }
  return n;
}

/** The line break a text uses: that of its first line, `\n` when it has none. */
export function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  for (let i = 0; i < text.length; i++) {
    const len = lineBreakLength(text, i);
    if (len === 2) return '\r\n';
    if (len === 1) return text.charCodeAt(i) === CR ? '\r' : '\n';
  }
  return '\n';
}

/** `text` with every line break written as `eol`. */
export function withLineBreaks(text: string, eol: string): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
