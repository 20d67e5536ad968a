// parse(text) → { file, errors }: never throws, always returns a tree.

import { tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { closest, distance } from 'fastest-levenshtein';
import type * as A from './ast';
import { t, type MessageKey } from '../i18n';
import { describeFound, isCloseError, labelOf, orList, setSourceText } from './messages';
import { BLOCK_STARTS, parserInstance, type BlockKind } from './parser';
import { PledgeLexer, UnterminatedString, keywordWords } from './tokens';
import { tokenEnd, tokenSpan } from './values';

/** A syntax problem (PL001), on the exact offending token. */
export interface SyntaxProblem {
  message: string;
  span: A.Span;
}

export interface ParseResult {
  file: A.File;
  errors: SyntaxProblem[];
  /** Every significant token, in order (for semantic highlighting and formatting). */
  tokens: IToken[];
}

/** Where a clause stands ("in a service"), in the current locale. */
function blockName(block: BlockKind): string {
  return t(`syntax.in.${block}` as MessageKey);
}

/** Clause keywords that are always followed by the same word. */
const CLAUSE_PHRASES: Record<string, string> = {
  depends: 'depends on',
  measured: 'measured by',
  reported: 'reported by',
  sole: 'sole remedy',
};

/** The words that may start a clause in a block, as a user reads them. */
export function clauseWords(block: BlockKind): string[] {
  return BLOCK_STARTS[block].map((t: TokenType) => {
    const label = labelOf(t).replace(/`/g, '');
    return CLAUSE_PHRASES[label] ?? label;
  });
}

function list(words: string[]): string {
  const q = words.map((w) => '`' + w + '`');
  return q.length <= 1 ? q.join('') : orList(q);
}

/** Suggests the clause keyword a misspelt word was probably meant to be. */
function suggestion(word: string, block: BlockKind): string | undefined {
  const candidates = clauseWords(block).map((w) => w.split(' ')[0]!);
  if (candidates.length === 0 || !/^[A-Za-z_]+$/.test(word)) return undefined;
  const best = closest(word.toLowerCase(), candidates);
  const d = distance(word.toLowerCase(), best);
  return d > 0 && d <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function junkMessage(first: IToken, block: BlockKind): string {
  const found = describeFound(first);
  const guess = suggestion(first.image, block);
  const where = blockName(block);
  if (guess) return t('syntax.unknownClause', { token: found, where, guess: '`' + guess + '`' });
  if (first.image === '}') return t('syntax.strayClose', { where });
  const homes = (Object.keys(BLOCK_STARTS) as BlockKind[]).filter((b) => b !== block && b !== 'file' && BLOCK_STARTS[b].some((type) => tokenMatcher(first, type)));
  if (homes.length > 0 && !BLOCK_STARTS[block].some((type) => tokenMatcher(first, type))) {
    return t('syntax.misplacedClause', { token: found, blocks: orList(homes.map(blockName)), where, expected: list(clauseWords(block)) });
  }
  const what = keywordWords.has(first.image) ? t('syntax.theKeyword', { token: found }) : found;
  return t('syntax.unexpected', { what, where, expected: list(clauseWords(block)) });
}

function lexerMessage(text: string, offset: number, length: number): string {
  const chars = text.slice(offset, offset + length);
  if (chars.startsWith('%')) return t('syntax.percentSpace');
  return t('syntax.unexpectedChars', { count: length, chars: '`' + chars + '`' });
}

export function parse(text: string): ParseResult {
  const lexed = PledgeLexer.tokenize(text);
  const errors: SyntaxProblem[] = [];
  const comments: A.Comment[] = [];

  for (const e of lexed.errors) {
    errors.push({ message: lexerMessage(text, e.offset, e.length), span: { start: e.offset, end: e.offset + e.length } });
  }
  for (const c of lexed.groups.comments ?? []) {
    const block = c.image.startsWith('/*');
    comments.push({ kind: 'Comment', text: c.image, block, span: tokenSpan(c) });
    if (c.tokenType.name === 'UnterminatedBlockComment') {
      errors.push({
        message: t('syntax.unterminatedComment'),
        span: { start: c.startOffset, end: c.startOffset + 2 },
      });
    }
  }
  // An indexed loop: this runs once per parse, often before V8 optimises it,
  // and an unoptimised for-of allocates a result object per token.
  const tokens = lexed.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.tokenType === UnterminatedString) {
      errors.push({ message: t('syntax.unterminatedString'), span: tokenSpan(token) });
    }
  }

  const parser = parserInstance();
  parser.closesFrom = closesFrom(lexed.tokens);
  setSourceText(text);
  parser.input = lexed.tokens;
  let items: A.TopItem[] = [];
  try {
    parser.file();
    items = parser.items;
  } catch (e) {
    // Recovery is on, so this is not expected; keep the promise never to throw.
    errors.push({ message: t('syntax.unreadable', { reason: (e as Error).message }), span: { start: 0, end: 0 } });
  }

  const parserErrorStarts = new Set<number>(errors.map((e) => e.span.start));
  for (const e of parser.errors) {
    const t = e.token;
    const atEnd = t.tokenType?.name === 'EOF' || Number.isNaN(t.startOffset);
    let span = atEnd ? endSpan(text, lexed.tokens) : tokenSpan(t);
    // An unfinished clause is reported where it ends (its last token), not
    // on the next line's clause: the error is about what is missing there.
    const previous = atEnd ? undefined : lexed.tokens[indexOfToken(lexed.tokens, t) - 1];
    if (previous && !isCloseError(t) && /[\r\n]/.test(text.slice(previous.startOffset + previous.image.length, t.startOffset))) {
      span = tokenSpan(previous);
    }
    parserErrorStarts.add(span.start);
    parserErrorStarts.add(tokenSpan(t).start);
    errors.push({ message: e.message, span });
  }

  // One error for each run of skipped tokens, unless the parser already
  // reported an error on its first token.
  let previousIndex = -2;
  for (const { token, block, index } of parser.junk) {
    const continues = index === previousIndex + 1;
    previousIndex = index;
    if (continues) continue;
    if (parserErrorStarts.has(token.startOffset)) continue;
    errors.push({ message: junkMessage(token, block), span: tokenSpan(token) });
  }

  errors.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  // One error per token: the first (innermost) explanation is the useful one.
  const unique = errors.filter((e, i) => i === 0 || e.span.start !== errors[i - 1]!.span.start);
  return { file: fileNode(items, comments, text.length), errors: unique, tokens: lexed.tokens };
}

function fileNode(items: A.TopItem[], comments: A.Comment[], length: number): A.File {
  return {
    kind: 'File',
    items,
    imports: items.filter((i): i is A.Import => i.kind === 'Import'),
    parties: items.filter((i): i is A.Party => i.kind === 'Party'),
    calendars: items.filter((i): i is A.Calendar => i.kind === 'Calendar'),
    agreements: items.filter((i): i is A.Agreement => i.kind === 'Agreement'),
    comments,
    span: { start: 0, end: length },
  };
}

/** The index of `token` in `tokens` (sorted by offset), by binary search; 0 when it is not there. */
function indexOfToken(tokens: readonly IToken[], token: IToken): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t === token) return mid;
    if (t.startOffset < token.startOffset) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** For each token index, how many more `}` than `{` follow from there (the parser's test for a missing `}`). */
function closesFrom(tokens: readonly IToken[]): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const image = tokens[i]!.image;
    out[i] = out[i + 1]! + (image === '}' ? 1 : image === '{' ? -1 : 0);
  }
  return out;
}

/** Where "end of file" errors point: just after the last token. */
function endSpan(text: string, tokens: IToken[]): A.Span {
  const last = tokens[tokens.length - 1];
  if (!last) return { start: 0, end: Math.min(text.length, 1) };
  const end = tokenEnd(last);
  return { start: last.startOffset, end };
}
