// Syntax error messages in the user's words ("expected a duration such as
// `4 hours` after `within`"), never token-type names. The texts live in the
// `syntax` catalogue area, so they follow the current locale.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import { hasMessage, intlTag, t, type MessageKey } from '../i18n';
import * as T from './tokens';

/** Parser rules that stand for a whole value when the parser expected the rule. */
const RULE_WORDS = new Set([
  'duration',
  'period',
  'schedule',
  'window',
  'kind',
  'who',
  'contactRef',
  'timing',
  'contactField',
  'availOption',
  'clock',
  'target',
]);

/** What a rule stands for, when the parser expected the whole rule. */
function ruleWord(ruleName: string): string | undefined {
  return RULE_WORDS.has(ruleName) ? t(`syntax.rule.${ruleName}` as MessageKey) : undefined;
}

/** Blocks whose closing `}` is named, by the rule that parses them. */
const BLOCKS = new Set(['party', 'agreement', 'service', 'priority', 'kpi', 'escalation', 'emergency', 'credits']);

function quote(image: string): string {
  return '`' + image.replace(/`/g, "'") + '`';
}

/** How a token the user wrote is named in a message. */
export function describeFound(token: IToken | undefined): string {
  if (token === undefined || tokenMatcher(token, EOF) || token.image === undefined || token.image === '') {
    return t('syntax.endOfFile');
  }
  const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
  return quote(image);
}

/** The token before the error, when there is one worth naming. */
function previousOf(previous: IToken | undefined): string | undefined {
  if (previous === undefined || previous.image === undefined || previous.image === '' || tokenMatcher(previous, EOF)) {
    return undefined;
  }
  return describeFound(previous);
}

/** The user-facing label of a token type, in the current locale. */
export function labelOf(type: TokenType): string {
  const key = `syntax.token.${type.name}`;
  if (hasMessage(key)) return t(key);
  return type.LABEL ?? type.name;
}

function isKeyword(token: IToken): boolean {
  return token.tokenType !== undefined && tokenMatcher(token, T.Keyword);
}

/** The text being parsed (to tell whether a line ends between two tokens). */
let source = '';
export function setSourceText(text: string): void {
  source = text;
}

/** Tokens a "expected `}`" error was built for: a missing `}` is reported where the next clause starts. */
const closeErrors = new WeakSet<IToken>();
export function isCloseError(token: IToken): boolean {
  return closeErrors.has(token);
}

/** Whether a line ends between `previous` and `actual`. */
function lineEndsBefore(actual: IToken, previous: IToken | undefined): boolean {
  if (!previous || previous.image === undefined || Number.isNaN(previous.startOffset) || Number.isNaN(actual.startOffset)) return false;
  return /[\r\n]/.test(source.slice(previous.startOffset + previous.image.length, actual.startOffset));
}

function found(actual: IToken, previous?: IToken): string {
  if (!tokenMatcher(actual, EOF) && lineEndsBefore(actual, previous)) return t('syntax.found.lineEnd');
  return t(isKeyword(actual) ? 'syntax.found.keyword' : 'syntax.found', { token: describeFound(actual) });
}

/** "expected WHAT [after PREVIOUS], found …" (or "at least one WHAT"). */
function expected(what: string, previous: IToken | undefined, actual: IToken, atLeastOne = false): string {
  const prev = previousOf(previous);
  const key: MessageKey = atLeastOne
    ? prev === undefined
      ? 'syntax.expectedOne'
      : 'syntax.expectedOne.after'
    : prev === undefined
      ? 'syntax.expected'
      : 'syntax.expected.after';
  return t(key, { what, previous: prev, found: found(actual, previous) });
}

/** "A, B or C" in the current locale; more than six alternatives end in "…". */
export function orList(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? t('syntax.moreText');
  if (unique.length > 6) return unique.slice(0, 6).join(', ') + ', …';
  return new Intl.ListFormat(intlTag(), { type: 'disjunction' }).format(unique);
}

function expectedStarts(paths: TokenType[][]): string[] {
  return paths.filter((p) => p.length > 0).map((p) => labelOf(p[0]!));
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected: expectedType, actual, previous, ruleName }) {
    if (expectedType === T.Identifier && isKeyword(actual) && !lineEndsBefore(actual, previous)) {
      const prev = previousOf(previous);
      return t(prev === undefined ? 'syntax.keywordAsName' : 'syntax.keywordAsName.after', {
        previous: prev,
        token: describeFound(actual),
      });
    }
    if (expectedType === T.RCurly) {
      closeErrors.add(actual);
      const block = t(BLOCKS.has(ruleName) ? (`syntax.block.${ruleName}` as MessageKey) : 'syntax.block.other');
      return t('syntax.expectedClose', { block, found: describeFound(actual) });
    }
    if (ruleName === 'obligation' && expectedType === T.StringLit && isKeyword(actual) && previous?.image === 'obligation') {
      return t('syntax.obligationParty', { token: describeFound(actual) });
    }
    let what = labelOf(expectedType);
    // The first token of a value rule stands for the whole value.
    if (ruleName === 'duration' && (expectedType === T.NumberTok || expectedType === T.ShortDuration)) what = ruleWord('duration')!;
    if (ruleName === 'duration' && expectedType === T.UnitTok) what = t('syntax.rule.unit');
    if (ruleName === 'period') what = ruleWord('period')!;
    return expected(what, previous, actual);
  },

  buildNotAllInputParsedMessage({ firstRedundant }) {
    return t('syntax.notAllInput', { token: describeFound(firstRedundant) });
  },

  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const what = ruleWord(ruleName) ?? orList(expectedPathsPerAlt.flatMap(expectedStarts));
    return expected(what, previous, actual[0]!);
  },

  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    const what = ruleWord(ruleName) ?? orList(expectedStarts(expectedIterationPaths));
    return expected(what, previous, actual[0]!, true);
  },
};
