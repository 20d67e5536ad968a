// The Pledge formatter: one canonical layout for every `.pledge` file.
//
// Canonical layout
// ================
// The formatter works from the token stream merged with the comments, by
// offset, so no text is ever lost: it only rewrites the whitespace between
// them. The syntax tree is used for one thing only, to know where clauses
// start.
//
// Lines
// - Every clause starts a new line: the top-level items (import, party,
//   calendar, agreement) and the clauses of agreements, services, priorities,
//   KPIs, escalation ladders (`level`), emergency clauses, credits tables and
//   parties (`contact`).
// - Everything else stays on its clause's line: availability options,
//   contact fields, `as …`, timings, `notice …`, `timezone …`, ….
// - A clause that must be broken (a line comment inside it) continues on the
//   next line, indented one level deeper than the clause.
//
// Blocks
// - Two spaces of indentation per open brace (configurable).
// - `{` ends the opening line, after one space; `}` stands on its own line.
// - A block with content is always written over several lines. An empty
//   block (no clause and no comment inside) stays on its line as `{ }`.
//
// Spaces
// - One space between tokens, except: no space around `-` (day ranges and
//   time windows: `Mon-Fri 08:00-18:00`), none before `,` and one after it,
//   none around `.` (`Party.Contact`).
// - One space separates a comment from code on the same line.
//
// Blank lines
// - At the top level: exactly one blank line between items. Imports may stay
//   grouped: between two imports a blank line is kept only when written; one
//   blank line follows the last import.
// - Inside blocks: a blank line written between two clauses is kept; several
//   collapse into one. Never a blank line right after `{` or before `}`.
// - Comments on their own lines follow the same rules as the clauses around
//   them. A comment written directly above a clause stays directly above it
//   (so `// pledge-disable-next-line …` keeps suppressing the same clause),
//   also at the top level.
// - No blank lines at the start of the file.
//
// Comments
// - A comment that trailed code on its line stays trailing (one space before
//   it). A comment on its own line stays on its own line, indented to the
//   depth of the clause that follows it (a comment at the end of a block is
//   indented like the block's clauses).
// - Block comments are kept byte for byte (inner lines are not re-indented);
//   line comments lose only their trailing spaces and tabs.
//
// Tokens
// - Strings, numbers, dates and every other token are written exactly as in
//   the source.
//
// End of file and line breaks
// - The result ends with exactly one line break (with `insertFinalNewline:
//   false`, only when the source ended with one). An empty file stays empty.
// - Line breaks are CRLF when the source's first line break is CRLF, LF
//   otherwise. A leading byte order mark is kept.
//
// Safety
// - A file with syntax errors is never formatted.
// - The result is re-read and its tokens and comments compared with the
//   source's; any difference means no formatting at all.
// - Formatting is idempotent: formatting formatted text changes nothing.

import { countLineBreaks as countNewlines, lineBreakOf, LineIndex } from '../syntax/positions';
import type { IToken } from 'chevrotain';
import type * as A from '../syntax/ast';
import { parse } from '../syntax/parse';
import { PledgeLexer } from '../syntax/tokens';

export interface FormatOptions {
  /** One level of indentation; two spaces by default. */
  indent?: string;
  /** End the result with a line break; true by default. */
  insertFinalNewline?: boolean;
}

export interface TextEditOut {
  span: { start: number; end: number };
  newText: string;
}

type ElementKind = 'token' | 'lineComment' | 'blockComment';

/** A token or a comment: the text between two elements is only whitespace. */
interface Element {
  kind: ElementKind;
  start: number;
  /** End of the text kept (a line comment's trailing spaces are not kept). */
  end: number;
  text: string;
  /** For tokens: the token type's name (`LCurly`, `Dash`, …). */
  type: string;
}

/** What the syntax tree says about a clause keyword. */
interface ClauseStart {
  topLevel: boolean;
  isImport: boolean;
}

/** The formatted text, and where each element landed in it. */
interface Layout {
  text: string;
  /** Source elements, in order. */
  elements: Element[];
  /** Offset of each element in `text`. */
  outStarts: number[];
}

const BOM = '\ufeff';

/** The whole file in canonical layout, or undefined when the file has syntax errors (never format broken text). */
export function formatText(text: string, options?: FormatOptions): string | undefined {
  return layout(text, options)?.text;
}

/** Minimal edits turning `text` into its formatted form; with `range`, only edits that touch lines of the range. */
export function formatEdits(
  text: string,
  options?: FormatOptions,
  range?: { start: number; end: number },
): TextEditOut[] {
  const result = layout(text, options);
  if (!result || result.text === text) return [];
  const edits = gapEdits(text, result);
  if (!range) return edits;
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.position(offset).line;
  const first = lineOf(range.start);
  const last = lineOf(range.end > range.start ? range.end - 1 : range.start);
  return edits.filter((e) => lineOf(e.span.start) <= last && lineOf(e.span.end) >= first);
}

// ---------------------------------------------------------------------------
// Layout

function layout(text: string, options?: FormatOptions): Layout | undefined {
  const parsed = parse(text);
  if (parsed.errors.length > 0) return undefined;
  const indentUnit = options?.indent ?? '  ';
  const finalNewline = options?.insertFinalNewline ?? true;
  const eol = lineBreakOf(text);
  const prefix = text.startsWith(BOM) ? BOM : '';

  const elements = mergeElements(parsed.tokens, parsed.file.comments);
  const starts = clauseStarts(parsed.file);
  const out: string[] = [prefix];
  let length = prefix.length;
  const outStarts: number[] = [];
  const emit = (s: string): void => {
    out.push(s);
    length += s.length;
  };

  // The index of the next token at or after each element (for comments: what they belong to).
  const nextToken = new Array<number>(elements.length + 1).fill(-1);
  for (let i = elements.length - 1; i >= 0; i--) {
    nextToken[i] = elements[i]!.kind === 'token' ? i : nextToken[i + 1]!;
  }

  let depth = 0;
  /** The last `{` is the last code on the output line, or only comments follow it. */
  let afterOpen = false;
  /** The current output line holds only comments that stand on their own line. */
  let commentLine = false;
  let lastTopIsImport = false;

  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const prev = i > 0 ? elements[i - 1]! : undefined;
    const gap = prev ? text.slice(prev.end, e.start) : '';
    const newlinesInGap = countNewlines(gap);
    const isComment = e.kind !== 'token';

    let newLine: boolean;
    let indentDepth = depth;
    /** Whether the line starts between clauses (blank-line rules apply). */
    let betweenClauses = false;
    const clause: ClauseStart | undefined = isComment ? undefined : starts.get(e.start);

    if (!prev) {
      newLine = true;
    } else if (isComment) {
      newLine = newlinesInGap > 0;
    } else if (e.type === 'RCurly') {
      newLine = prev.type !== 'LCurly';
    } else {
      newLine = clause !== undefined || prev.kind === 'lineComment' || prev.type === 'LCurly' || prev.type === 'RCurly';
    }

    if (e.type === 'RCurly') depth = Math.max(0, depth - 1);

    if (newLine) {
      // Which line is this: a clause, a closing brace, a comment between clauses, or a continuation?
      const next = nextToken[i];
      const owner = next === undefined || next < 0 ? undefined : elements[next]!;
      const ownerClause = owner ? starts.get(owner.start) : undefined;
      if (!isComment) {
        if (e.type === 'RCurly') indentDepth = depth;
        else if (clause) {
          indentDepth = depth;
          betweenClauses = true;
        } else indentDepth = depth + 1;
      } else if (!owner || owner.type === 'RCurly' || ownerClause) {
        indentDepth = depth;
        betweenClauses = true;
      } else {
        indentDepth = depth + 1;
      }

      let blank = false;
      if (prev && betweenClauses && !afterOpen) {
        const written = newlinesInGap > 1;
        if (depth > 0) blank = written;
        else if (written) blank = true;
        else if (commentLine) blank = false;
        else if (!ownerClause) blank = false;
        else blank = !(lastTopIsImport && ownerClause.isImport);
      }
      if (prev) emit(blank ? eol + eol : eol);
      emit(indentUnit.repeat(indentDepth));
      commentLine = isComment;
      afterOpen = false;
    } else if (prev) {
      emit(separator(prev, e) ? ' ' : '');
    }

    if (clause?.topLevel) lastTopIsImport = clause.isImport;
    if (e.type === 'LCurly') {
      depth++;
      afterOpen = true;
    } else if (!isComment) {
      afterOpen = false;
    }
    if (!isComment) commentLine = false;

    outStarts.push(length);
    emit(e.text);
  }

  if (elements.length > 0) {
    const last = elements[elements.length - 1]!;
    const sourceEndsWithBreak = /[\r\n]$/.test(text.slice(last.end));
    if (finalNewline || sourceEndsWithBreak) emit(eol);
  }

  const formatted = out.join('');
  if (!sameContent(elements, formatted)) return undefined;
  return { text: formatted, elements, outStarts };
}

/** Whether one space separates two elements on the same line. */
function separator(prev: Element, e: Element): boolean {
  if (prev.kind !== 'token' || e.kind !== 'token') return true;
  if (e.type === 'Comma' || e.type === 'Dot' || e.type === 'Dash') return false;
  if (prev.type === 'Dot' || prev.type === 'Dash') return false;
  return true;
}

/** Tokens and comments in source order. */
/**
 * A line comment without its trailing spaces and tabs, scanned backwards by
 * hand: `/[ \t]+$/` retries at every blank of a long run, quadratic in its length.
 */
export function withoutTrailingBlanks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

function mergeElements(tokens: readonly IToken[], comments: readonly A.Comment[]): Element[] {
  const out: Element[] = [];
  let c = 0;
  const pushComment = (comment: A.Comment): void => {
    if (comment.block) {
      out.push({ kind: 'blockComment', start: comment.span.start, end: comment.span.end, text: comment.text, type: 'BlockComment' });
    } else {
      const kept = withoutTrailingBlanks(comment.text);
      out.push({ kind: 'lineComment', start: comment.span.start, end: comment.span.start + kept.length, text: kept, type: 'LineComment' });
    }
  };
  for (const t of tokens) {
    while (c < comments.length && comments[c]!.span.start < t.startOffset) pushComment(comments[c++]!);
    out.push({ kind: 'token', start: t.startOffset, end: t.startOffset + t.image.length, text: t.image, type: t.tokenType.name });
  }
  while (c < comments.length) pushComment(comments[c++]!);
  return out;
}

/** The offsets where a clause keyword starts, from the syntax tree. */
function clauseStarts(file: A.File): Map<number, ClauseStart> {
  const starts = new Map<number, ClauseStart>();
  const add = (keyword: A.Span, topLevel = false, isImport = false): void => {
    starts.set(keyword.start, { topLevel, isImport });
  };
  const addCalendar = (c: A.Calendar, topLevel: boolean): void => add(c.keyword, topLevel);
  for (const item of file.items) {
    switch (item.kind) {
      case 'Import':
        add(item.keyword, true, true);
        break;
      case 'Party':
        add(item.keyword, true);
        for (const contact of item.contacts) add(contact.keyword);
        break;
      case 'Calendar':
        addCalendar(item, true);
        break;
      case 'Agreement':
        add(item.keyword, true);
        for (const a of item.items) addAgreementItem(a, add);
        break;
    }
  }
  return starts;
}

function addAgreementItem(a: A.AgreementItem, add: (keyword: A.Span) => void): void {
  add(a.keyword);
  switch (a.kind) {
    case 'Service':
      for (const s of a.items) {
        add(s.keyword);
        if (s.kind === 'Priority') for (const p of s.items) add(p.keyword);
      }
      break;
    case 'Kpi':
      for (const k of a.items) add(k.keyword);
      break;
    case 'Escalation':
      for (const l of a.levels) add(l.keyword);
      break;
    case 'Emergency':
      for (const m of a.items) add(m.keyword);
      break;
    case 'Credits':
      for (const c of a.items) add(c.keyword);
      break;
    default:
      break;
  }
}

/** The formatted text holds exactly the source's tokens and comments, in order. */
function sameContent(elements: readonly Element[], formatted: string): boolean {
  const lexed = PledgeLexer.tokenize(formatted);
  if (lexed.errors.length > 0) return false;
  const comments = lexed.groups.comments ?? [];
  let t = 0;
  let c = 0;
  for (const e of elements) {
    if (e.kind === 'token') {
      if (lexed.tokens[t++]?.image !== e.text) return false;
    } else {
      const image = comments[c++]?.image;
      if (image === undefined) return false;
      if ((e.kind === 'lineComment' ? withoutTrailingBlanks(image) : image) !== e.text) return false;
    }
  }
  return t === lexed.tokens.length && c === comments.length;
}

// ---------------------------------------------------------------------------
// Edits

/**
 * The formatter only changes the whitespace between elements, so the edits
 * are the differing gaps, each trimmed to the characters that change.
 */
function gapEdits(text: string, result: Layout): TextEditOut[] {
  const { elements, outStarts } = result;
  const out = result.text;
  const edits: TextEditOut[] = [];
  const push = (oldStart: number, oldEnd: number, newStart: number, newEnd: number): void => {
    let a = oldStart;
    let b = newStart;
    while (a < oldEnd && b < newEnd && text.charCodeAt(a) === out.charCodeAt(b)) {
      a++;
      b++;
    }
    let x = oldEnd;
    let y = newEnd;
    while (x > a && y > b && text.charCodeAt(x - 1) === out.charCodeAt(y - 1)) {
      x--;
      y--;
    }
    if (a === x && b === y) return;
    edits.push({ span: { start: a, end: x }, newText: out.slice(b, y) });
  };
  if (elements.length === 0) {
    push(0, text.length, 0, out.length);
    return edits;
  }
  push(0, elements[0]!.start, 0, outStarts[0]!);
  for (let i = 1; i < elements.length; i++) {
    push(elements[i - 1]!.end, elements[i]!.start, outStarts[i - 1]! + elements[i - 1]!.text.length, outStarts[i]!);
  }
  const last = elements.length - 1;
  push(elements[last]!.end, text.length, outStarts[last]! + elements[last]!.text.length, out.length);
  return edits;
}

// ---------------------------------------------------------------------------
// Text helpers


