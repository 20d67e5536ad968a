// Tokens of the Pledge language (LANGUAGE.md §2).
//
// Keywords are separate token types for the parser, but the lexer matches
// every word as an `Identifier` and then gives the words that are keywords
// their keyword type by one table lookup (so `provider2` is a name, and the
// lexer does not try a hundred keyword patterns at every letter). Every token
// type carries a `LABEL` written in the user's words; the parser's error
// messages are built from these labels.

import { createToken as chevrotainToken, Lexer, type ILexingResult, type ITokenConfig, type TokenType } from 'chevrotain';

/**
 * Category of every concrete token: lets a block skip one token of any kind
 * while it recovers from text that is not a clause.
 */
export const AnyToken = chevrotainToken({ name: 'AnyToken', pattern: Lexer.NA, label: 'any text' });

function createToken(config: ITokenConfig): TokenType {
  const categories = config.categories === undefined ? [] : Array.isArray(config.categories) ? config.categories : [config.categories];
  return chevrotainToken({ ...config, categories: [AnyToken, ...categories] });
}

function createCategory(config: ITokenConfig): TokenType {
  return chevrotainToken(config);
}

// Every token type the lexer matches names the characters it can start with
// (`start_chars_hint`): building the lexer then need not analyse each
// pattern's regular expression, on every start of the CLI.

export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  start_chars_hint: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_'],
  label: 'a name',
});

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  start_chars_hint: [' ', '\t', '\r', '\n', '\f', '\v', '\u00a0', '\ufeff'],
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const LineComment = createToken({
  name: 'LineComment',
  pattern: /\/\/[^\n\r]*/,
  start_chars_hint: ['/'],
  group: 'comments',
});

export const BlockComment = createToken({
  name: 'BlockComment',
  pattern: /\/\*[\s\S]*?\*\//,
  start_chars_hint: ['/'],
  group: 'comments',
  line_breaks: true,
});

/** A block comment that never closes: reported, and kept as a comment so no text is lost. */
export const UnterminatedBlockComment = createToken({
  name: 'UnterminatedBlockComment',
  pattern: /\/\*[\s\S]*/,
  start_chars_hint: ['/'],
  group: 'comments',
  line_breaks: true,
});

export const StringLit = createToken({
  name: 'StringLit',
  pattern: /"(?:[^"\\\n\r]|\\.)*"/,
  start_chars_hint: ['"'],
  label: 'a quoted text such as "…"',
});

/** A string that runs to the end of the line: accepted as a string, reported as PL001. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\n\r]|\\.)*\\?/,
  start_chars_hint: ['"'],
  categories: [StringLit],
  label: 'a quoted text such as "…"',
});

export const RoundTheClock = createToken({
  name: 'RoundTheClock',
  pattern: /24(?:x|\/)7(?![A-Za-z0-9_])/,
  start_chars_hint: ['2'],
  label: '`24x7`',
});

export const DateTok = createToken({
  name: 'Date',
  pattern: /\d{4}-\d{2}-\d{2}(?![0-9])/,
  start_chars_hint: [...'0123456789'],
  label: 'a date such as `2026-01-01`',
});

export const TimeTok = createToken({
  name: 'Time',
  pattern: /\d{1,2}:\d{2}(?![0-9])/,
  start_chars_hint: [...'0123456789'],
  label: 'a time such as `08:00`',
});

export const PercentTok = createToken({
  name: 'Percent',
  pattern: /\d+(?:\.\d+)?%/,
  start_chars_hint: [...'0123456789'],
  label: 'a percentage such as `99.9%`',
});

export const ShortDuration = createToken({
  name: 'ShortDuration',
  pattern: /\d+(?:\.\d+)?(?:min|m|h|d|w)(?![A-Za-z0-9_])/,
  start_chars_hint: [...'0123456789'],
  label: 'a duration such as `4h`',
});

export const NumberTok = createToken({
  name: 'Number',
  pattern: /\d+(?:\.\d+)?/,
  start_chars_hint: [...'0123456789'],
  label: 'a number',
});

export const LCurly = createToken({ name: 'LCurly', pattern: /{/, start_chars_hint: ['{'], label: '`{`' });
export const RCurly = createToken({ name: 'RCurly', pattern: /}/, start_chars_hint: ['}'], label: '`}`' });
export const Comma = createToken({ name: 'Comma', pattern: /,/, start_chars_hint: [','], label: '`,`' });
export const Dash = createToken({ name: 'Dash', pattern: /-/, start_chars_hint: ['-'], label: '`-`' });
export const Dot = createToken({ name: 'Dot', pattern: /\./, start_chars_hint: ['.'], label: '`.`' });

/** Every keyword token, by its word. */
export const keywords: Record<string, TokenType> = {};

/** Token categories used by the grammar. */
export const DayTok = createCategory({ name: 'Day', pattern: Lexer.NA, label: 'a day such as `Mon`' });
export const UnitTok = createCategory({ name: 'Unit', pattern: Lexer.NA, label: 'a unit such as `hours`' });
export const PeriodTok = createCategory({
  name: 'PeriodWord',
  pattern: Lexer.NA,
  label: 'a period (`week`, `month`, `quarter` or `year`)',
});
export const ChannelTok = createCategory({
  name: 'Channel',
  pattern: Lexer.NA,
  label: 'a channel (`phone`, `email`, `portal` or `chat`)',
});
export const Keyword = createCategory({ name: 'Keyword', pattern: Lexer.NA, label: 'a keyword' });

function keyword(word: string, categories: TokenType[] = []): TokenType {
  const t = createToken({
    name: `Kw_${word}`,
    pattern: Lexer.NA,
    categories: [Keyword, ...categories],
    label: `\`${word}\``,
  });
  keywords[word] = t;
  return t;
}

// Days
export const Mon = keyword('Mon', [DayTok]);
export const Tue = keyword('Tue', [DayTok]);
export const Wed = keyword('Wed', [DayTok]);
export const Thu = keyword('Thu', [DayTok]);
export const Fri = keyword('Fri', [DayTok]);
export const Sat = keyword('Sat', [DayTok]);
export const Sun = keyword('Sun', [DayTok]);

// Units and periods. `week` is both. Longer words come first.
export const Minutes = keyword('minutes', [UnitTok]);
export const Minute = keyword('minute', [UnitTok]);
export const Hours = keyword('hours', [UnitTok]);
export const Hour = keyword('hour', [UnitTok]);
export const Days = keyword('days', [UnitTok]);
export const DayKw = keyword('day', [UnitTok]);
export const Weeks = keyword('weeks', [UnitTok]);
export const Week = keyword('week', [UnitTok, PeriodTok]);
// Months, quarters and years also serve as duration units (`notice 6 months`),
// with the lengths of LANGUAGE.md §5's periods.
export const Months = keyword('months', [UnitTok]);
export const Month = keyword('month', [UnitTok, PeriodTok]);
export const Quarters = keyword('quarters', [UnitTok]);
export const Quarter = keyword('quarter', [UnitTok, PeriodTok]);
export const Years = keyword('years', [UnitTok]);
export const Year = keyword('year', [UnitTok, PeriodTok]);
export const Business = keyword('business');

// Channels (phone and email are also contact fields)
export const Phone = keyword('phone', [ChannelTok]);
export const Email = keyword('email', [ChannelTok]);
export const Portal = keyword('portal', [ChannelTok]);
export const Chat = keyword('chat', [ChannelTok]);

// Declarations and clauses
export const Import = keyword('import');
export const Party = keyword('party');
export const Contact = keyword('contact');
export const Role = keyword('role');
export const Calendar = keyword('calendar');
export const Timezone = keyword('timezone');
export const Holidays = keyword('holidays');
export const Agreement = keyword('agreement');
export const Provider = keyword('provider');
export const Customer = keyword('customer');
export const Version = keyword('version');
export const Effective = keyword('effective');
export const Until = keyword('until');
export const Service = keyword('service');
export const Support = keyword('support');
export const Availability = keyword('availability');
export const Per = keyword('per');
export const Maintenance = keyword('maintenance');
export const Notice = keyword('notice');
export const Capacity = keyword('capacity');
export const Bought = keyword('bought');
export const By = keyword('by');
export const Depends = keyword('depends');
export const On = keyword('on');
export const Measured = keyword('measured');
export const Excluding = keyword('excluding');
export const During = keyword('during');
export const Max = keyword('max');
export const Downtime = keyword('downtime');
export const Counted = keyword('counted');
export const From = keyword('from');
export const Detection = keyword('detection');
export const Report = keyword('report');
export const Diagnosis = keyword('diagnosis');
export const Priority = keyword('priority');
export const Respond = keyword('respond');
export const Resolve = keyword('resolve');
export const Within = keyword('within');
export const Clock = keyword('clock');
export const Kpi = keyword('kpi');
export const For = keyword('for');
export const Target = keyword('target');
export const At = keyword('at');
export const Least = keyword('least');
export const Most = keyword('most');
export const Reported = keyword('reported');
export const To = keyword('to');
export const Every = keyword('every');
export const Escalation = keyword('escalation');
export const Level = keyword('level');
export const After = keyword('after');
export const Emergency = keyword('emergency');
export const Reachable = keyword('reachable');
export const Via = keyword('via');
export const Precondition = keyword('precondition');
export const Afterwards = keyword('afterwards');
export const Credits = keyword('credits');
export const Below = keyword('below');
export const Credit = keyword('credit');
export const Cap = keyword('cap');
export const Claim = keyword('claim');
export const Sole = keyword('sole');
export const Remedy = keyword('remedy');
export const Obligation = keyword('obligation');
export const As = keyword('as');
export const Result = keyword('result');
export const Effort = keyword('effort');
export const Termination = keyword('termination');
export const Change = keyword('change');
export const Both = keyword('both');
export const Review = keyword('review');

const keywordTokens = Object.values(keywords);

export const allTokens: TokenType[] = [
  AnyToken,
  WhiteSpace,
  BlockComment,
  UnterminatedBlockComment,
  LineComment,
  StringLit,
  UnterminatedString,
  RoundTheClock,
  DateTok,
  TimeTok,
  PercentTok,
  ShortDuration,
  NumberTok,
  LCurly,
  RCurly,
  Comma,
  Dash,
  Dot,
  DayTok,
  UnitTok,
  PeriodTok,
  ChannelTok,
  Keyword,
  ...keywordTokens,
  Identifier,
];

/**
 * True in the bundles built by scripts/build.mjs (which define
 * `__PLEDGE_BUNDLED__`): the grammar checks Chevrotain runs when a lexer or
 * parser is built are skipped there, because they cost startup time on every
 * run and the tests (which run the sources) already run them.
 */
declare const __PLEDGE_BUNDLED__: boolean | undefined;
export const SKIP_GRAMMAR_VALIDATION = typeof __PLEDGE_BUNDLED__ !== 'undefined' && __PLEDGE_BUNDLED__ === true;

/** What the lexer itself matches: every token type except the keywords (found by lookup). */
const keywordSet = new Set(keywordTokens);
const lexedTokens = allTokens.filter((t) => !keywordSet.has(t));

const wordLexer = new Lexer(lexedTokens, {
  ensureOptimizations: true,
  // Only start offsets: every position the language reports is computed from
  // them (syntax/positions.ts), and a token ends where its image does
  // (`tokenEnd` in values.ts), so line, column and end per token would be
  // wasted work.
  positionTracking: 'onlyOffset',
  skipValidations: SKIP_GRAMMAR_VALIDATION,
});

const keywordOfWord = new Map<string, TokenType>(Object.entries(keywords));

/** Pledge's lexer: Chevrotain's, with keywords resolved by lookup. */
export const PledgeLexer = {
  tokenize(text: string): ILexingResult {
    const lexed = wordLexer.tokenize(text);
    const tokens = lexed.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.tokenType !== Identifier) continue;
      const keyword = keywordOfWord.get(token.image);
      if (keyword !== undefined) {
        token.tokenType = keyword;
        token.tokenTypeIdx = keyword.tokenTypeIdx!;
      }
    }
    return lexed;
  },
};

/** Words that are keywords of the language (reserved where a name is expected). */
export const keywordWords: ReadonlySet<string> = new Set(Object.keys(keywords));
