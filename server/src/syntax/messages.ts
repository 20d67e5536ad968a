// Syntax error messages in the user's words ("expected a duration such as
// `4 hours` after `within`"), never token-type names.

import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import * as T from './tokens';

/** What a rule stands for, when the parser expected the whole rule. */
const RULE_WORDS: Record<string, string> = {
  duration: 'a duration such as `4 hours`, `1 business day` or `15m`',
  period: 'a period (`week`, `month`, `quarter` or `year`)',
  schedule: 'a schedule such as `Mon-Fri 08:00-18:00`, `24x7` or a calendar name',
  window: 'a time window such as `Mon-Fri 08:00-18:00`',
  kind: '`result` or `effort`',
  who: '`both` or a party name',
  contactRef: 'a contact name such as `ServiceDesk` or `Acme.ServiceDesk`',
  timing: '`every` a period, `within` a duration or `by` a date',
  contactField: '`phone`, `email` or `role`',
  availOption:
    '`measured by`, `excluding maintenance`, `during support`, `max downtime` or `downtime counted from`',
  clock: '`report`, `detection` or `diagnosis`',
  target: '`at least` or `at most` followed by a value',
};

/** How a block is called, by the rule that parses it. */
const BLOCK_WORDS: Record<string, string> = {
  party: 'party',
  agreement: 'agreement',
  service: 'service',
  priority: 'priority',
  kpi: 'KPI',
  escalation: 'escalation ladder',
  emergency: 'emergency clause',
  credits: 'credits table',
};

function quote(image: string): string {
  return '`' + image.replace(/`/g, "'") + '`';
}

/** How a token the user wrote is named in a message. */
export function describeFound(token: IToken | undefined): string {
  if (token === undefined || tokenMatcher(token, EOF) || token.image === undefined || token.image === '') {
    return 'the end of the file';
  }
  const image = token.image.length > 40 ? token.image.slice(0, 37) + '…' : token.image;
  return quote(image);
}

function after(previous: IToken | undefined): string {
  if (previous === undefined || previous.image === undefined || previous.image === '' || tokenMatcher(previous, EOF)) {
    return '';
  }
  return ` after ${describeFound(previous)}`;
}

/** The user-facing label of a token type. */
export function labelOf(type: TokenType): string {
  return type.LABEL ?? type.name;
}

function isKeyword(token: IToken): boolean {
  return token.tokenType !== undefined && tokenMatcher(token, T.Keyword);
}

function found(actual: IToken): string {
  if (isKeyword(actual)) return `found the keyword ${describeFound(actual)}`;
  return `found ${describeFound(actual)}`;
}

function orList(items: string[]): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? 'more text';
  if (unique.length > 6) return unique.slice(0, 6).join(', ') + ', …';
  return unique.slice(0, -1).join(', ') + ' or ' + unique[unique.length - 1];
}

function expectedStarts(paths: TokenType[][]): string[] {
  return paths.filter((p) => p.length > 0).map((p) => labelOf(p[0]!));
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (expected === T.Identifier && isKeyword(actual)) {
      return `expected a name${after(previous)}, but ${describeFound(actual)} is a keyword and cannot be used as a name`;
    }
    if (expected === T.RCurly) {
      const block = BLOCK_WORDS[ruleName] ?? 'block';
      return `expected \`}\` to close the ${block} before ${describeFound(actual)}`;
    }
    if (ruleName === 'obligation' && expected === T.StringLit && isKeyword(actual) && previous?.image === 'obligation') {
      return `expected the party that owes the obligation after \`obligation\`, but ${describeFound(actual)} is a keyword and cannot be used as a name`;
    }
    let what = labelOf(expected);
    // The first token of a value rule stands for the whole value.
    if (ruleName === 'duration' && (expected === T.NumberTok || expected === T.ShortDuration)) what = RULE_WORDS.duration!;
    if (ruleName === 'duration' && expected === T.UnitTok) {
      what = 'a unit (`minutes`, `hours`, `days`, `weeks`, `months`, `business hours` or `business days`)';
    }
    if (ruleName === 'period') what = RULE_WORDS.period!;
    return `expected ${what}${after(previous)}, ${found(actual)}`;
  },

  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeFound(firstRedundant)}: expected \`party\`, \`calendar\`, \`agreement\` or \`import\``;
  },

  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const first = actual[0]!;
    const word = RULE_WORDS[ruleName];
    const what = word ?? orList(expectedPathsPerAlt.flatMap(expectedStarts));
    return `expected ${what}${after(previous)}, ${found(first)}`;
  },

  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    const first = actual[0]!;
    const what = RULE_WORDS[ruleName] ?? orList(expectedStarts(expectedIterationPaths));
    return `expected at least one ${what}${after(previous)}, ${found(first)}`;
  },
};
