// The Chevrotain parser of LANGUAGE.md §3, with error recovery on. It builds
// the AST of ast.ts as it reads.
//
// Recovery strategy: every `{ … }` block (and the file itself) repeats over its
// clause alternatives plus one "junk" alternative that swallows a single token
// of any kind. A block stops swallowing at `}`, and at a clause keyword of an
// enclosing block when a `}` is missing (`misplacedClause`), so a missing `}`
// or a misspelt keyword costs only the broken clause, never the rest of the
// file. Chevrotain's own single-token insertion/deletion repairs small slips
// inside a clause.

import { EmbeddedActionsParser, EOF, type IOrAlt, type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import type * as A from './ast';
import * as T from './tokens';
import * as V from './values';
import { errorMessageProvider } from './messages';

/** Tokens that start a top-level item. */
const TOP_STARTS: TokenType[] = [T.Import, T.Party, T.Calendar, T.Agreement];
/** Tokens that start a clause inside an agreement. */
const AGREEMENT_STARTS: TokenType[] = [
  T.Provider,
  T.Customer,
  T.Version,
  T.Effective,
  T.Calendar,
  T.Service,
  T.Kpi,
  T.Escalation,
  T.Emergency,
  T.Credits,
  T.Obligation,
  T.Remedy,
  T.Termination,
  T.Change,
  T.Review,
];
const SERVICE_STARTS: TokenType[] = [T.Support, T.Availability, T.Maintenance, T.Capacity, T.Depends, T.Priority];
const PRIORITY_STARTS: TokenType[] = [T.Respond, T.Resolve, T.Clock];
const PARTY_STARTS: TokenType[] = [T.Contact];
const KPI_STARTS: TokenType[] = [T.For, T.Target, T.Measured, T.Reported];
const EMERGENCY_STARTS: TokenType[] = [T.Reachable, T.Respond, T.Precondition, T.Afterwards];
const CREDIT_STARTS: TokenType[] = [T.Below, T.Cap, T.Claim, T.Sole];
const LEVEL_STARTS: TokenType[] = [T.Level];

/** The clause starters of each kind of block, outermost first. */
export const BLOCK_STARTS = {
  file: TOP_STARTS,
  party: PARTY_STARTS,
  agreement: AGREEMENT_STARTS,
  service: SERVICE_STARTS,
  priority: PRIORITY_STARTS,
  kpi: KPI_STARTS,
  escalation: LEVEL_STARTS,
  emergency: EMERGENCY_STARTS,
  credits: CREDIT_STARTS,
} as const;

export type BlockKind = keyof typeof BLOCK_STARTS;

function matchesAny(token: IToken, types: readonly TokenType[]): boolean {
  for (const t of types) if (tokenMatcher(token, t)) return true;
  return false;
}

/**
 * An AST node under construction: the extent of the real tokens read for it
 * so far (its own and its subrules'), the nodes its subrules built, and the
 * braces of its `{ … }` body.
 */
interface Frame {
  /** Offset of the first real token, -1 while there is none. */
  start: number;
  /** Offset just past the last real token. */
  end: number;
  nodes: Built[];
  /** A clause's head, read by `head` and `forHead`: its keyword, name and title. */
  keyword: IToken | undefined;
  name: IToken | undefined;
  title: IToken | undefined;
  open: IToken | undefined;
  close: IToken | undefined;
}

/** What a rule builds: a clause, or a value of one. */
type Built =
  | A.TopItem
  | A.AgreementItem
  | A.ServiceItem
  | A.PriorityItem
  | A.KpiItem
  | A.EmergencyItem
  | A.CreditItem
  | A.AvailOption
  | A.Contact
  | A.ContactField
  | A.Level
  | A.Schedule
  | A.Window
  | A.ContactRef
  | A.Duration
  | A.Period
  | A.ObligationKind
  | A.Timing
  | A.Who;

type Kind = Built['kind'];
type OfKind<K extends Kind> = Extract<Built, { kind: K }>;

function frame(): Frame {
  return { start: -1, end: 0, nodes: [], keyword: undefined, name: undefined, title: undefined, open: undefined, close: undefined };
}

/** The frame rules get while Chevrotain records the grammar (they read no tokens then). */
const RECORDING_FRAME = frame();

/** The span of a frame's real tokens, or an empty span at 0 when it read none. */
function spanOf(f: Frame): A.Span {
  return f.start < 0 ? { start: 0, end: 0 } : { start: f.start, end: f.end };
}

/**
 * The clause keyword's span. Lookahead enters a clause only on its keyword in
 * the text; the clause's own span stands in should that ever not hold.
 */
function keyword(t: IToken | undefined, f: Frame): A.Span {
  const r = V.real(t);
  return r ? V.tokenSpan(r) : spanOf(f);
}

/** The span of a `{ … }` body; a missing `}` ends it where the clause ends. */
function bodyOf(f: Frame): A.Span | undefined {
  const open = V.real(f.open);
  if (!open) return undefined;
  const close = V.real(f.close);
  return { start: open.startOffset, end: close ? close.startOffset + 1 : spanOf(f).end };
}

/** The first node of a kind that a subrule built. */
function first<K extends Kind>(f: Frame, kind: K): OfKind<K> | undefined {
  for (const n of f.nodes) if (n.kind === kind) return n as OfKind<K>;
  return undefined;
}

/**
 * The nodes subrules built, when they are all of the block's item type: a
 * copy of just their length (an array grown by pushing keeps spare room, which
 * the AST of every closed file would hold on to).
 */
function items<T extends Built>(f: Frame): T[] {
  return (f.nodes.length === 0 ? [] : f.nodes.slice()) as T[];
}

/**
 * The parser builds the AST as it reads (Chevrotain's embedded actions): no
 * concrete syntax tree is kept. Each rule opens a frame, records the tokens it
 * reads, and in a `finally` builds its node and hands it to the rule that
 * called it. The `finally` also runs when an error unwinds the rule, so a
 * clause broken half-way keeps what was read of it, and recovery loses no
 * more than the broken part.
 */
export class PledgeParser extends EmbeddedActionsParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      skipValidations: T.SKIP_GRAMMAR_VALIDATION,
      errorMessageProvider,
    });
    this.performSelfAnalysis();
  }

  /**
   * The frames of the rules being read, innermost last (the first is the
   * file's caller). `file` starts every parse with fresh frames, so a parse
   * that failed half-way leaves nothing behind for the next.
   */
  private frames: Frame[] = [frame()];
  private cur: Frame = this.frames[0]!;

  /** The top-level items of the last file parsed. */
  items: A.TopItem[] = [];

  /**
   * The clause starters of the enclosing blocks, innermost last; when a `}`
   * is missing, a block's junk alternative stops at any of them, so that the
   * block ends and the outer block can pick the clause up.
   */
  private stopStack: (readonly TokenType[])[] = [];

  /**
   * Brace depth of skipped text, per open block loop: a misspelt block such as
   * `servce X { … }` is skipped whole, so its `}` does not close the block
   * around it.
   */
  private junkDepth: number[] = [];

  /** The tokens skipped as junk, in source order, with the block they were skipped in and their index in the input. */
  junk: Array<{ token: IToken; block: BlockKind; index: number }> = [];

  /**
   * For each token index: how many more `}` than `{` follow from there to the
   * end of the input (set by `parse()` with the input).
   */
  closesFrom: Int32Array = new Int32Array(0);

  // -------------------------------------------------------------------------
  // Frames

  /** Opens the frame of a rule; while Chevrotain records the grammar, rules build nothing. */
  private open(): Frame {
    if (this.RECORDING_PHASE) return RECORDING_FRAME;
    const f = frame();
    this.frames.push(f);
    this.cur = f;
    return f;
  }

  /** Ends the innermost frame: its extent joins its caller's, which becomes current. */
  private leave(f: Frame): Frame {
    this.frames.pop();
    const parent = this.frames[this.frames.length - 1]!;
    if (f.start >= 0) {
      if (parent.start < 0) parent.start = f.start;
      if (f.end > parent.end) parent.end = f.end;
    }
    this.cur = parent;
    return parent;
  }

  /** Ends a clause's frame; a clause of which no token is in the text is left out. */
  private clause(f: Frame, node: Built): void {
    const parent = this.leave(f);
    if (f.start >= 0) parent.nodes.push(node);
  }

  /** Ends a value's frame; a value recovery left incomplete is left out. */
  private value(f: Frame, node: Built | undefined): void {
    const parent = this.leave(f);
    if (node !== undefined) parent.nodes.push(node);
  }

  /** Notes a token the current rule read. */
  private see(t: IToken): IToken {
    if (this.RECORDING_PHASE) return t;
    if (!t.isInsertedInRecovery && !Number.isNaN(t.startOffset)) {
      const f = this.cur;
      if (f.start < 0) f.start = t.startOffset;
      f.end = V.tokenEnd(t);
    }
    return t;
  }

  // -------------------------------------------------------------------------
  // Blocks and recovery

  private loops: Partial<Record<BlockKind, { GATE: () => boolean; MAX_LOOKAHEAD: number; DEF: () => void }>> = {};

  private blockLoop(kind: BlockKind, itemRule: () => void, closed: boolean): void {
    const own = BLOCK_STARTS[kind];
    // The loop's options are made once per block kind: a fresh set of closures
    // on every block would be most of what the parser allocates. They keep the
    // arguments of the first call, which is right because each kind of block
    // is read by one rule, always with the same item rule and closedness.
    const loop = (this.loops[kind] ??= {
      GATE: () => this.continuesBlock(own, closed),
      MAX_LOOKAHEAD: 1,
      DEF: this.blockItem(kind, itemRule),
    });
    if (!this.RECORDING_PHASE) this.junkDepth.push(0);
    try {
      // One token decides between a clause and junk: a clause keyword starts
      // the clause even when what follows it is broken.
      this.MANY9(loop);
    } finally {
      if (!this.RECORDING_PHASE) this.junkDepth.pop();
    }
  }

  private blockItem(kind: BlockKind, itemRule: () => void): () => void {
    const choice = {
      MAX_LOOKAHEAD: 1,
      DEF: [
        { GATE: () => this.currentJunkDepth() === 0, ALT: itemRule },
        {
          IGNORE_AMBIGUITIES: true,
          ALT: () => {
            const t = this.CONSUME9(T.AnyToken);
            if (this.RECORDING_PHASE) return;
            this.see(t);
            this.trackJunkBraces(t);
            if (!t.isInsertedInRecovery) this.junk.push({ token: t, block: kind, index: this.tokenIndex() });
          },
        },
      ],
    };
    return () => this.OR9(choice);
  }

  /** The index in the input of the token last read (Chevrotain keeps it in a field it does not type). */
  private tokenIndex(): number {
    return (this as unknown as { currIdx: number }).currIdx;
  }

  private currentJunkDepth(): number {
    return this.junkDepth[this.junkDepth.length - 1] ?? 0;
  }

  private trackJunkBraces(t: IToken): void {
    const i = this.junkDepth.length - 1;
    if (i < 0) return;
    if (tokenMatcher(t, T.LCurly)) this.junkDepth[i]! += 1;
    else if (tokenMatcher(t, T.RCurly) && this.junkDepth[i]! > 0) this.junkDepth[i]! -= 1;
  }

  private continuesBlock(own: readonly TokenType[], closed: boolean): boolean {
    const next = this.LA(1);
    if (next.tokenType === undefined || tokenMatcher(next, EOF)) return false;
    // Inside a skipped `{ … }`: only a top-level declaration ends the skipping.
    if (this.currentJunkDepth() > 0) return !matchesAny(next, TOP_STARTS);
    if (closed && tokenMatcher(next, T.RCurly)) return false;
    if (matchesAny(next, own)) return true;
    for (const outer of this.stopStack) if (matchesAny(next, outer)) return closed && this.misplacedClause();
    return true;
  }

  /**
   * A clause keyword of an enclosing block inside a `{ … }` block ends the
   * block only when a `}` is missing. When the rest of the input still closes
   * every open block, the clause is misplaced (`capacity` in a priority): it is
   * skipped where it stands, so the error is reported on it and the blocks
   * around it keep their own `}`.
   */
  private misplacedClause(): boolean {
    const index = this.tokenIndex() + 1;
    const closes = this.closesFrom[index] ?? 0;
    return closes >= this.stopStack.length - 1;
  }

  /** A `{ … }` body of the current rule. */
  private block(kind: BlockKind, itemRule: () => void): void {
    const f = this.cur;
    const open = this.see(this.CONSUME(T.LCurly));
    if (!this.RECORDING_PHASE) {
      f.open ??= open;
      this.stopStack.push(BLOCK_STARTS[kind]);
    }
    try {
      this.blockLoop(kind, itemRule, true);
    } finally {
      if (!this.RECORDING_PHASE) this.stopStack.pop();
    }
    const close = this.see(this.CONSUME(T.RCurly));
    if (!this.RECORDING_PHASE) f.close ??= close;
  }

  // -------------------------------------------------------------------------
  // Shapes several clauses share

  /** The head `<keyword> Name "title"?` of a named clause, kept on its frame. */
  private head(keywordType: TokenType): void {
    // Each token is kept as soon as it is read: an error on the next one
    // unwinds the rule, and the clause keeps what came before it.
    const f = this.cur;
    const kw = this.see(this.CONSUME(keywordType));
    if (!this.RECORDING_PHASE) f.keyword = kw;
    const name = this.see(this.CONSUME(T.Identifier));
    if (!this.RECORDING_PHASE) f.name = name;
    this.OPTION(this.title);
  }

  private title = (): void => {
    const t = this.see(this.CONSUME(T.StringLit));
    if (!this.RECORDING_PHASE) this.cur.title = t;
  };

  /** The head `<keyword> for Service` of a service's escalation, emergency or credits block, kept on its frame. */
  private forHead(keywordType: TokenType): void {
    const f = this.cur;
    const kw = this.see(this.CONSUME(keywordType));
    if (!this.RECORDING_PHASE) f.keyword = kw;
    this.see(this.CONSUME(T.For));
    const name = this.see(this.CONSUME(T.Identifier));
    if (!this.RECORDING_PHASE) f.name = name;
  }

  /** A rule for a clause of a keyword and one token, such as `provider Acme`. */
  private pair(keywordType: TokenType, valueType: TokenType, build: (f: Frame, kw: IToken | undefined, value: IToken | undefined) => Built): () => void {
    return () => {
      const f = this.open();
      let kw: IToken | undefined;
      let value: IToken | undefined;
      try {
        kw = this.see(this.CONSUME(keywordType));
        value = this.see(this.CONSUME(valueType));
      } finally {
        if (!this.RECORDING_PHASE) this.clause(f, build(f, kw, value));
      }
    };
  }

  /** A rule for a priority's limit, `respond|resolve within <duration> (as result|effort)?`. */
  private limit(keywordType: TokenType, build: (f: Frame) => Built): () => void {
    return () => {
      const f = this.open();
      try {
        const kw = this.see(this.CONSUME(keywordType));
        if (!this.RECORDING_PHASE) f.keyword = kw;
        this.see(this.CONSUME(T.Within));
        this.SUBRULE(this.duration);
        this.OPTION(this.asKind);
      } finally {
        if (!this.RECORDING_PHASE) this.clause(f, build(f));
      }
    };
  }

  // -------------------------------------------------------------------------
  // The file

  public file = this.RULE('file', () => {
    if (!this.RECORDING_PHASE) {
      this.frames = [frame()];
      this.stopStack = [TOP_STARTS];
      this.junkDepth = [];
      this.junk = [];
    }
    const f = this.open();
    try {
      this.blockLoop('file', this.topItem, false);
    } finally {
      if (!this.RECORDING_PHASE) {
        this.leave(f);
        this.items = items<A.TopItem>(f);
      }
    }
  });

  private topAlts?: IOrAlt<unknown>[];
  private topItem = (): void => {
    this.OR(
      (this.topAlts ??= [
        { ALT: () => this.SUBRULE(this.importDecl) },
        { ALT: () => this.SUBRULE(this.party) },
        { ALT: () => this.SUBRULE(this.calendar) },
        { ALT: () => this.SUBRULE(this.agreement) },
      ]),
    );
  };

  private importDecl = this.RULE('importDecl', this.pair(T.Import, T.StringLit, (f, kw, value) => ({ kind: 'Import', keyword: keyword(kw, f), path: V.str(value), span: spanOf(f) })));

  private party = this.RULE('party', () => {
    const f = this.open();
    try {
      this.head(T.Party);
      this.OPTION2(this.partyBody);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Party',
          keyword: keyword(f.keyword, f),
          name: V.name(f.name),
          title: V.str(f.title),
          contacts: items<A.Contact>(f),
          body: bodyOf(f),
          span: spanOf(f),
        });
    }
  });

  private partyBody = (): void => {
    this.block('party', this.partyItem);
  };

  private partyItem = (): void => {
    this.SUBRULE(this.contact);
  };

  private contactFieldItem = (): void => {
    this.SUBRULE(this.contactField);
  };

  private contact = this.RULE('contact', () => {
    const f = this.open();
    try {
      this.head(T.Contact);
      this.MANY(this.contactFieldItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Contact',
          keyword: keyword(f.keyword, f),
          name: V.name(f.name),
          title: V.str(f.title),
          fields: items<A.ContactField>(f),
          span: spanOf(f),
        });
    }
  });

  private fieldAlts?: IOrAlt<IToken>[];
  private contactField = this.RULE('contactField', () => {
    const f = this.open();
    let field: IToken | undefined;
    let value: IToken | undefined;
    try {
      field = this.see(
        this.OR(
          (this.fieldAlts ??= [
            { ALT: () => this.CONSUME(T.Phone) },
            { ALT: () => this.CONSUME(T.Email) },
            { ALT: () => this.CONSUME(T.Role) },
          ]),
        ),
      );
      value = this.see(this.CONSUME(T.StringLit));
    } finally {
      if (!this.RECORDING_PHASE) {
        // The field word is in the text whenever lookahead chose this clause;
        // `phone` only gives the type its value should that ever not hold.
        const kw = V.real(field);
        this.clause(f, {
          kind: 'ContactField',
          field: (kw?.image ?? 'phone') as A.ContactFieldName,
          keyword: keyword(field, f),
          value: V.str(value),
          span: spanOf(f),
        });
      }
    }
  });

  private calendar = this.RULE('calendar', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let nm: IToken | undefined;
    let timezone: IToken | undefined;
    let holidays: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Calendar));
      nm = this.see(this.CONSUME(T.Identifier));
      this.SUBRULE(this.schedule);
      // The alternatives keep what they read in this rule's variables, so
      // they are made for each calendar (few in a file), not cached.
      this.MANY(() =>
        this.OR([
          {
            ALT: () => {
              this.see(this.CONSUME(T.Timezone));
              const t = this.see(this.CONSUME(T.StringLit));
              timezone ??= t;
            },
          },
          {
            ALT: () => {
              this.see(this.CONSUME(T.Holidays));
              const t = this.see(this.CONSUME2(T.StringLit));
              holidays ??= t;
            },
          },
        ]),
      );
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, {
        kind: 'Calendar',
        keyword: keyword(kw, f),
        name: V.name(nm),
        schedule: first(f, 'Schedule'),
        timezone: V.str(timezone),
        holidays: V.str(holidays),
        span: spanOf(f),
      });
    }
  });

  private scheduleAlts?: IOrAlt<IToken | undefined>[];
  private schedule = this.RULE('schedule', () => {
    const f = this.open();
    let word: IToken | undefined;
    try {
      word = this.OR(
        (this.scheduleAlts ??= [
          { ALT: () => this.see(this.CONSUME(T.RoundTheClock)) },
          {
            ALT: () => {
              this.SUBRULE(this.window);
              this.MANY(this.moreWindows);
              return undefined;
            },
          },
          { ALT: () => this.see(this.CONSUME(T.Identifier)) },
        ]),
      );
    } finally {
      if (!this.RECORDING_PHASE) this.value(f, scheduleNode(f, word));
    }
  });

  private moreWindows = (): void => {
    this.see(this.CONSUME(T.Comma));
    this.SUBRULE2(this.window);
  };

  private window = this.RULE('window', () => {
    const f = this.open();
    let from: IToken | undefined;
    let to: IToken | undefined;
    let start: IToken | undefined;
    let end: IToken | undefined;
    try {
      from = this.see(this.CONSUME(T.DayTok));
      this.OPTION(() => {
        this.see(this.CONSUME(T.Dash));
        to = this.see(this.CONSUME2(T.DayTok));
      });
      start = this.see(this.CONSUME(T.TimeTok));
      this.see(this.CONSUME2(T.Dash));
      end = this.see(this.CONSUME2(T.TimeTok));
    } finally {
      // A window stays even when none of it is in the text: the schedule it
      // belongs to is then reported as broken, not as empty.
      if (!this.RECORDING_PHASE) this.value(f, { kind: 'Window', from: V.day(from), to: V.day(to), start: V.time(start), end: V.time(end), span: spanOf(f) });
    }
  });

  private agreement = this.RULE('agreement', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let title: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Agreement));
      title = this.see(this.CONSUME(T.StringLit));
      this.block('agreement', this.agreementItem);
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, {
        kind: 'Agreement',
        keyword: keyword(kw, f),
        title: V.str(title),
        body: bodyOf(f),
        items: items<A.AgreementItem>(f),
        span: spanOf(f),
      });
    }
  });

  private agreementAlts?: IOrAlt<unknown>[];
  private agreementItem = (): void => {
    this.OR(
      (this.agreementAlts ??= [
        { ALT: () => this.SUBRULE(this.provider) },
        { ALT: () => this.SUBRULE(this.customer) },
        { ALT: () => this.SUBRULE(this.version) },
        { ALT: () => this.SUBRULE(this.effective) },
        { ALT: () => this.SUBRULE(this.calendar) },
        { ALT: () => this.SUBRULE(this.service) },
        { ALT: () => this.SUBRULE(this.kpi) },
        { ALT: () => this.SUBRULE(this.escalation) },
        { ALT: () => this.SUBRULE(this.emergency) },
        { ALT: () => this.SUBRULE(this.credits) },
        { ALT: () => this.SUBRULE(this.obligation) },
        { ALT: () => this.SUBRULE(this.remedy) },
        { ALT: () => this.SUBRULE(this.termination) },
        { ALT: () => this.SUBRULE(this.change) },
        { ALT: () => this.SUBRULE(this.review) },
      ]),
    );
  };

  private provider = this.RULE('provider', this.pair(T.Provider, T.Identifier, (f, kw, value) => ({ kind: 'Provider', keyword: keyword(kw, f), party: V.name(value), span: spanOf(f) })));

  private customer = this.RULE('customer', this.pair(T.Customer, T.Identifier, (f, kw, value) => ({ kind: 'Customer', keyword: keyword(kw, f), party: V.name(value), span: spanOf(f) })));

  private version = this.RULE('version', this.pair(T.Version, T.StringLit, (f, kw, value) => ({ kind: 'Version', keyword: keyword(kw, f), value: V.str(value), span: spanOf(f) })));

  private effective = this.RULE('effective', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let from: IToken | undefined;
    let until: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Effective));
      from = this.see(this.CONSUME(T.DateTok));
      this.OPTION(() => {
        this.see(this.CONSUME(T.Until));
        until = this.see(this.CONSUME2(T.DateTok));
      });
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'Effective', keyword: keyword(kw, f), from: V.date(from), until: V.date(until), span: spanOf(f) });
    }
  });

  private service = this.RULE('service', () => {
    const f = this.open();
    try {
      this.head(T.Service);
      this.block('service', this.serviceItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Service',
          keyword: keyword(f.keyword, f),
          name: V.name(f.name),
          title: V.str(f.title),
          body: bodyOf(f),
          items: items<A.ServiceItem>(f),
          span: spanOf(f),
        });
    }
  });

  private serviceAlts?: IOrAlt<unknown>[];
  private serviceItem = (): void => {
    this.OR(
      (this.serviceAlts ??= [
        { ALT: () => this.SUBRULE(this.support) },
        { ALT: () => this.SUBRULE(this.availability) },
        { ALT: () => this.SUBRULE(this.maintenance) },
        { ALT: () => this.SUBRULE(this.capacity) },
        { ALT: () => this.SUBRULE(this.dependsOn) },
        { ALT: () => this.SUBRULE(this.priority) },
      ]),
    );
  };

  private support = this.RULE('support', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Support));
      this.SUBRULE(this.schedule);
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'Support', keyword: keyword(kw, f), schedule: first(f, 'Schedule'), span: spanOf(f) });
    }
  });

  private availability = this.RULE('availability', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let pct: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Availability));
      pct = this.see(this.CONSUME(T.PercentTok));
      this.see(this.CONSUME(T.Per));
      this.SUBRULE(this.period);
      this.MANY(this.availOptionItem);
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, {
        kind: 'Availability',
        keyword: keyword(kw, f),
        percent: V.percent(pct),
        period: first(f, 'Period'),
        options: f.nodes.filter((n): n is A.AvailOption => n.kind !== 'Period').slice(),
        span: spanOf(f),
      });
    }
  });

  private availOptionItem = (): void => {
    this.SUBRULE(this.availOption);
  };

  // What the option's alternatives read (they are made once; see `duration`).
  private optionKeyword: IToken | undefined;
  private optionValue: IToken | undefined;
  private optionAlts?: IOrAlt<void>[];
  private availOption = this.RULE('availOption', () => {
    const f = this.open();
    this.optionKeyword = this.optionValue = undefined;
    try {
      this.OR(
        (this.optionAlts ??= [
          {
            ALT: () => {
              this.optionKeyword = this.see(this.CONSUME(T.Measured));
              this.see(this.CONSUME(T.By));
              this.optionValue = this.see(this.CONSUME(T.StringLit));
            },
          },
          {
            ALT: () => {
              this.optionKeyword = this.see(this.CONSUME(T.Excluding));
              this.see(this.CONSUME(T.Maintenance));
            },
          },
          {
            ALT: () => {
              this.optionKeyword = this.see(this.CONSUME(T.During));
              this.see(this.CONSUME(T.Support));
            },
          },
          {
            ALT: () => {
              this.optionKeyword = this.see(this.CONSUME(T.Max));
              this.see(this.CONSUME(T.Downtime));
              this.SUBRULE(this.duration);
            },
          },
          {
            ALT: () => {
              this.optionKeyword = this.see(this.CONSUME2(T.Downtime));
              this.see(this.CONSUME(T.Counted));
              this.see(this.CONSUME(T.From));
              this.optionValue = this.see(
                this.OR2([
                  { ALT: () => this.CONSUME(T.Detection) },
                  { ALT: () => this.CONSUME(T.Report) },
                ]),
              );
            },
          },
        ]),
      );
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, availOptionNode(f, this.optionKeyword, this.optionValue));
    }
  });

  private maintenance = this.RULE('maintenance', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Maintenance));
      this.SUBRULE(this.schedule);
      this.OPTION(this.notice);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Maintenance', keyword: keyword(kw, f), schedule: first(f, 'Schedule'), notice: first(f, 'Duration'), span: spanOf(f) });
    }
  });

  /** `notice <duration>` */
  private notice = (): void => {
    this.see(this.CONSUME(T.Notice));
    this.SUBRULE(this.duration);
  };

  private capacity = this.RULE('capacity', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let text: IToken | undefined;
    let buyer: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Capacity));
      text = this.see(this.CONSUME(T.StringLit));
      this.see(this.CONSUME(T.Bought));
      this.see(this.CONSUME(T.By));
      buyer = this.see(this.CONSUME(T.Identifier));
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Capacity', keyword: keyword(kw, f), text: V.str(text), buyer: V.name(buyer), span: spanOf(f) });
    }
  });

  private dependsOn = this.RULE('dependsOn', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let obligation: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Depends));
      this.see(this.CONSUME(T.On));
      obligation = this.see(this.CONSUME(T.Identifier));
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'DependsOn', keyword: keyword(kw, f), obligation: V.name(obligation), span: spanOf(f) });
    }
  });

  private priority = this.RULE('priority', () => {
    const f = this.open();
    try {
      this.head(T.Priority);
      this.block('priority', this.priorityItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Priority',
          keyword: keyword(f.keyword, f),
          name: V.name(f.name),
          title: V.str(f.title),
          body: bodyOf(f),
          items: items<A.PriorityItem>(f),
          span: spanOf(f),
        });
    }
  });

  private priorityAlts?: IOrAlt<unknown>[];
  private priorityItem = (): void => {
    this.OR(
      (this.priorityAlts ??= [
        { ALT: () => this.SUBRULE(this.respond) },
        { ALT: () => this.SUBRULE(this.resolve) },
        { ALT: () => this.SUBRULE(this.clock) },
      ]),
    );
  };

  private asKind = (): void => {
    this.SUBRULE(this.kind);
  };

  private respond = this.RULE('respond', this.limit(T.Respond, (f) => ({ kind: 'Respond', keyword: keyword(f.keyword, f), duration: first(f, 'Duration'), as: first(f, 'Kind'), span: spanOf(f) })));

  private resolve = this.RULE('resolve', this.limit(T.Resolve, (f) => ({ kind: 'Resolve', keyword: keyword(f.keyword, f), duration: first(f, 'Duration'), as: first(f, 'Kind'), span: spanOf(f) })));

  private clockAlts?: IOrAlt<IToken>[];
  private clock = this.RULE('clock', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let from: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Clock));
      this.see(this.CONSUME(T.From));
      from = this.see(
        this.OR(
          (this.clockAlts ??= [
            { ALT: () => this.CONSUME(T.Report) },
            { ALT: () => this.CONSUME(T.Detection) },
            { ALT: () => this.CONSUME(T.Diagnosis) },
          ]),
        ),
      );
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Clock', keyword: keyword(kw, f), from: V.word<'report' | 'detection' | 'diagnosis'>(from), span: spanOf(f) });
    }
  });

  private kindAlts?: IOrAlt<IToken>[];
  private kind = this.RULE('kind', () => {
    const f = this.open();
    let value: IToken | undefined;
    try {
      this.see(this.CONSUME(T.As));
      value = this.see(
        this.OR(
          (this.kindAlts ??= [
            { ALT: () => this.CONSUME(T.Result) },
            { ALT: () => this.CONSUME(T.Effort) },
          ]),
        ),
      );
    } finally {
      if (!this.RECORDING_PHASE) {
        const v = V.real(value);
        this.value(f, v && { kind: 'Kind', value: v.image as 'result' | 'effort', span: spanOf(f) });
      }
    }
  });

  private kpi = this.RULE('kpi', () => {
    const f = this.open();
    try {
      this.head(T.Kpi);
      this.block('kpi', this.kpiItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Kpi',
          keyword: keyword(f.keyword, f),
          name: V.name(f.name),
          title: V.str(f.title),
          body: bodyOf(f),
          items: items<A.KpiItem>(f),
          span: spanOf(f),
        });
    }
  });

  private kpiAlts?: IOrAlt<unknown>[];
  private kpiItem = (): void => {
    this.OR(
      (this.kpiAlts ??= [
        { ALT: () => this.SUBRULE(this.kpiFor) },
        { ALT: () => this.SUBRULE(this.target) },
        { ALT: () => this.SUBRULE(this.kpiMeasuredBy) },
        { ALT: () => this.SUBRULE(this.reportedBy) },
      ]),
    );
  };

  private kpiFor = this.RULE('kpiFor', this.pair(T.For, T.Identifier, (f, kw, value) => ({ kind: 'KpiFor', keyword: keyword(kw, f), service: V.name(value), span: spanOf(f) })));

  private directionAlts?: IOrAlt<IToken>[];
  private targetAlts?: IOrAlt<IToken | undefined>[];
  private target = this.RULE('target', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let at: IToken | undefined;
    let direction: IToken | undefined;
    let amount: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Target));
      at = this.see(this.CONSUME(T.At));
      direction = this.see(
        this.OR(
          (this.directionAlts ??= [
            { ALT: () => this.CONSUME(T.Least) },
            { ALT: () => this.CONSUME(T.Most) },
          ]),
        ),
      );
      amount = this.OR2(
        (this.targetAlts ??= [
          { ALT: () => this.see(this.CONSUME(T.PercentTok)) },
          {
            ALT: () => {
              this.SUBRULE(this.duration);
              return undefined;
            },
          },
          { ALT: () => this.see(this.CONSUME(T.NumberTok)) },
        ]),
      );
      this.see(this.CONSUME(T.Per));
      this.SUBRULE(this.period);
    } finally {
      if (!this.RECORDING_PHASE) {
        const a = V.real(at);
        const dir = V.real(direction);
        const isPercent = amount !== undefined && tokenMatcher(amount, T.PercentTok);
        this.clause(f, {
          kind: 'Target',
          keyword: keyword(kw, f),
          direction: dir && a ? { kind: 'Word', value: `at ${dir.image}` as 'at least' | 'at most', span: { start: a.startOffset, end: V.tokenSpan(dir).end } } : undefined,
          value: isPercent ? V.percent(amount) : (first(f, 'Duration') ?? V.numberLit(amount)),
          period: first(f, 'Period'),
          span: spanOf(f),
        });
      }
    }
  });

  private kpiMeasuredBy = this.RULE('kpiMeasuredBy', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let source: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Measured));
      this.see(this.CONSUME(T.By));
      source = this.see(this.CONSUME(T.StringLit));
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'KpiMeasuredBy', keyword: keyword(kw, f), source: V.str(source), span: spanOf(f) });
    }
  });

  private reportedBy = this.RULE('reportedBy', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let from: IToken | undefined;
    let to: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Reported));
      this.see(this.CONSUME(T.By));
      from = this.see(this.CONSUME(T.Identifier));
      this.see(this.CONSUME(T.To));
      to = this.see(this.CONSUME2(T.Identifier));
      this.see(this.CONSUME(T.Every));
      this.SUBRULE(this.period);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'ReportedBy', keyword: keyword(kw, f), from: V.name(from), to: V.name(to), period: first(f, 'Period'), span: spanOf(f) });
    }
  });

  private escalation = this.RULE('escalation', () => {
    const f = this.open();
    try {
      this.forHead(T.Escalation);
      this.block('escalation', this.escalationItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Escalation',
          keyword: keyword(f.keyword, f),
          service: V.name(f.name),
          body: bodyOf(f),
          levels: items<A.Level>(f),
          span: spanOf(f),
        });
    }
  });

  private escalationItem = (): void => {
    this.SUBRULE(this.level);
  };

  private level = this.RULE('level', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let number: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Level));
      number = this.see(this.CONSUME(T.NumberTok));
      this.SUBRULE(this.contactRef);
      this.see(this.CONSUME(T.After));
      this.SUBRULE(this.duration);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Level',
          keyword: keyword(kw, f),
          number: V.numberLit(number),
          contact: first(f, 'ContactRef'),
          after: first(f, 'Duration'),
          span: spanOf(f),
        });
    }
  });

  private contactRef = this.RULE('contactRef', () => {
    const f = this.open();
    let firstName: IToken | undefined;
    let second: IToken | undefined;
    try {
      firstName = this.see(this.CONSUME(T.Identifier));
      this.OPTION(() => {
        this.see(this.CONSUME(T.Dot));
        second = this.see(this.CONSUME2(T.Identifier));
      });
    } finally {
      if (!this.RECORDING_PHASE) {
        const node: A.ContactRef | undefined =
          f.start < 0
            ? undefined
            : V.real(second)
              ? { kind: 'ContactRef', party: V.name(firstName), contact: V.name(second), span: spanOf(f) }
              : { kind: 'ContactRef', contact: V.name(firstName), span: spanOf(f) };
        this.value(f, node);
      }
    }
  });

  private emergency = this.RULE('emergency', () => {
    const f = this.open();
    try {
      this.forHead(T.Emergency);
      this.block('emergency', this.emergencyItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Emergency',
          keyword: keyword(f.keyword, f),
          service: V.name(f.name),
          body: bodyOf(f),
          items: items<A.EmergencyItem>(f),
          span: spanOf(f),
        });
    }
  });

  private emergencyAlts?: IOrAlt<unknown>[];
  private emergencyItem = (): void => {
    this.OR(
      (this.emergencyAlts ??= [
        { ALT: () => this.SUBRULE(this.reachable) },
        { ALT: () => this.SUBRULE(this.emergencyRespond) },
        { ALT: () => this.SUBRULE(this.precondition) },
        { ALT: () => this.SUBRULE(this.afterwards) },
      ]),
    );
  };

  private reachable = this.RULE('reachable', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let channel: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Reachable));
      this.SUBRULE(this.schedule);
      this.see(this.CONSUME(T.Via));
      this.SUBRULE(this.contactRef);
      this.OPTION(() => {
        channel = this.see(this.CONSUME(T.ChannelTok));
      });
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Reachable',
          keyword: keyword(kw, f),
          schedule: first(f, 'Schedule'),
          contact: first(f, 'ContactRef'),
          channel: V.word<A.Channel>(channel),
          span: spanOf(f),
        });
    }
  });

  private emergencyRespond = this.RULE('emergencyRespond', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Respond));
      this.see(this.CONSUME(T.Within));
      this.SUBRULE(this.duration);
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'EmergencyRespond', keyword: keyword(kw, f), duration: first(f, 'Duration'), span: spanOf(f) });
    }
  });

  private precondition = this.RULE('precondition', this.pair(T.Precondition, T.StringLit, (f, kw, value) => ({ kind: 'Precondition', keyword: keyword(kw, f), text: V.str(value), span: spanOf(f) })));

  private afterwards = this.RULE('afterwards', this.pair(T.Afterwards, T.StringLit, (f, kw, value) => ({ kind: 'Afterwards', keyword: keyword(kw, f), text: V.str(value), span: spanOf(f) })));

  private credits = this.RULE('credits', () => {
    const f = this.open();
    try {
      this.forHead(T.Credits);
      this.block('credits', this.creditItem);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, {
          kind: 'Credits',
          keyword: keyword(f.keyword, f),
          service: V.name(f.name),
          body: bodyOf(f),
          items: items<A.CreditItem>(f),
          span: spanOf(f),
        });
    }
  });

  private creditAlts?: IOrAlt<unknown>[];
  private creditItem = (): void => {
    this.OR(
      (this.creditAlts ??= [
        { ALT: () => this.SUBRULE(this.below) },
        { ALT: () => this.SUBRULE(this.cap) },
        { ALT: () => this.SUBRULE(this.claim) },
        { ALT: () => this.SUBRULE(this.soleRemedy) },
      ]),
    );
  };

  private below = this.RULE('below', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let threshold: IToken | undefined;
    let credit: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Below));
      threshold = this.see(this.CONSUME(T.PercentTok));
      this.see(this.CONSUME(T.Credit));
      credit = this.see(this.CONSUME2(T.PercentTok));
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Below', keyword: keyword(kw, f), threshold: V.percent(threshold), credit: V.percent(credit), span: spanOf(f) });
    }
  });

  private cap = this.RULE('cap', this.pair(T.Cap, T.PercentTok, (f, kw, value) => ({ kind: 'Cap', keyword: keyword(kw, f), percent: V.percent(value), span: spanOf(f) })));

  private claim = this.RULE('claim', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Claim));
      this.see(this.CONSUME(T.Within));
      this.SUBRULE(this.duration);
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'Claim', keyword: keyword(kw, f), duration: first(f, 'Duration'), span: spanOf(f) });
    }
  });

  private soleRemedy = this.RULE('soleRemedy', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Sole));
      this.see(this.CONSUME(T.Remedy));
    } finally {
      if (!this.RECORDING_PHASE) this.clause(f, { kind: 'SoleRemedy', keyword: keyword(kw, f), span: spanOf(f) });
    }
  });

  private obligation = this.RULE('obligation', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let firstName: IToken | undefined;
    let second: IToken | undefined;
    let text: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Obligation));
      this.OPTION(() => {
        firstName = this.see(this.CONSUME(T.Identifier));
      });
      this.OPTION2(() => {
        second = this.see(this.CONSUME2(T.Identifier));
      });
      text = this.see(this.CONSUME(T.StringLit));
      this.OPTION3(this.asKind);
      this.OPTION4(this.timingItem);
    } finally {
      if (!this.RECORDING_PHASE) {
        const named = V.real(second) !== undefined;
        this.clause(f, {
          kind: 'Obligation',
          keyword: keyword(kw, f),
          name: named ? V.name(firstName) : undefined,
          party: named ? V.name(second) : V.name(firstName),
          text: V.str(text),
          as: first(f, 'Kind'),
          timing: f.nodes.find((n): n is A.Timing => n.kind === 'Every' || n.kind === 'Within' || n.kind === 'By'),
          span: spanOf(f),
        });
      }
    }
  });

  private timingItem = (): void => {
    this.SUBRULE(this.timing);
  };

  // What the timing's alternatives read (they are made once; see `duration`).
  private timingKeyword: IToken | undefined;
  private timingDate: IToken | undefined;
  private timingAlts?: IOrAlt<void>[];
  private timing = this.RULE('timing', () => {
    const f = this.open();
    this.timingKeyword = this.timingDate = undefined;
    try {
      this.OR(
        (this.timingAlts ??= [
          {
            ALT: () => {
              this.timingKeyword = this.see(this.CONSUME(T.Every));
              this.SUBRULE(this.period);
            },
          },
          {
            ALT: () => {
              this.timingKeyword = this.see(this.CONSUME(T.Within));
              this.SUBRULE(this.duration);
            },
          },
          {
            ALT: () => {
              this.timingKeyword = this.see(this.CONSUME(T.By));
              this.timingDate = this.see(this.CONSUME(T.DateTok));
            },
          },
        ]),
      );
    } finally {
      if (!this.RECORDING_PHASE) this.value(f, timingNode(f, this.timingKeyword, this.timingDate));
    }
  });

  private remedy = this.RULE('remedy', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let from: IToken | undefined;
    let to: IToken | undefined;
    let text: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Remedy));
      from = this.see(this.CONSUME(T.Identifier));
      this.see(this.CONSUME(T.To));
      to = this.see(this.CONSUME2(T.Identifier));
      text = this.see(this.CONSUME(T.StringLit));
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Remedy', keyword: keyword(kw, f), from: V.name(from), to: V.name(to), text: V.str(text), span: spanOf(f) });
    }
  });

  private termination = this.RULE('termination', () => {
    const f = this.open();
    let kw: IToken | undefined;
    let party: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Termination));
      party = this.see(this.CONSUME(T.Identifier));
      this.OPTION(this.notice);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Termination', keyword: keyword(kw, f), party: V.name(party), notice: first(f, 'Duration'), span: spanOf(f) });
    }
  });

  private change = this.RULE('change', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Change));
      this.see(this.CONSUME(T.By));
      this.SUBRULE(this.who);
      this.OPTION(this.notice);
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Change', keyword: keyword(kw, f), by: whoOf(f), notice: first(f, 'Duration'), span: spanOf(f) });
    }
  });

  private review = this.RULE('review', () => {
    const f = this.open();
    let kw: IToken | undefined;
    try {
      kw = this.see(this.CONSUME(T.Review));
      this.see(this.CONSUME(T.Every));
      this.SUBRULE(this.period);
      this.OPTION(() => {
        this.see(this.CONSUME(T.By));
        this.SUBRULE(this.who);
      });
    } finally {
      if (!this.RECORDING_PHASE)
        this.clause(f, { kind: 'Review', keyword: keyword(kw, f), period: first(f, 'Period'), by: whoOf(f), span: spanOf(f) });
    }
  });

  private whoAlts?: IOrAlt<IToken>[];
  private who = this.RULE('who', () => {
    const f = this.open();
    let t: IToken | undefined;
    try {
      t = this.see(
        this.OR(
          (this.whoAlts ??= [
            { ALT: () => this.CONSUME(T.Both) },
            { ALT: () => this.CONSUME(T.Identifier) },
          ]),
        ),
      );
    } finally {
      if (!this.RECORDING_PHASE) this.value(f, t !== undefined && tokenMatcher(t, T.Both) ? V.word<'both'>(t) : V.name(t));
    }
  });

  // What the duration's alternatives read. The alternatives are made once
  // (durations are the most frequent value), so they keep their tokens here
  // rather than in the rule's variables; a duration holds no other rule.
  private durationShort: IToken | undefined;
  private durationAmount: IToken | undefined;
  private durationBusiness: IToken | undefined;
  private durationUnit: IToken | undefined;
  private durationAlts?: IOrAlt<void>[];
  private duration = this.RULE('duration', () => {
    const f = this.open();
    this.durationShort = this.durationAmount = this.durationBusiness = this.durationUnit = undefined;
    try {
      this.OR(
        (this.durationAlts ??= [
          {
            ALT: () => {
              this.durationShort = this.see(this.CONSUME(T.ShortDuration));
            },
          },
          {
            ALT: () => {
              this.durationAmount = this.see(this.CONSUME(T.NumberTok));
              this.OPTION(this.businessWord);
              this.durationUnit = this.see(this.CONSUME(T.UnitTok));
            },
          },
        ]),
      );
    } finally {
      if (!this.RECORDING_PHASE)
        this.value(f, V.shortDuration(this.durationShort) ?? V.longDuration(this.durationAmount, this.durationBusiness, this.durationUnit, spanOf(f)));
    }
  });

  private businessWord = (): void => {
    this.durationBusiness = this.see(this.CONSUME(T.Business));
  };

  private period = this.RULE('period', () => {
    const f = this.open();
    let t: IToken | undefined;
    try {
      t = this.see(this.CONSUME(T.PeriodTok));
    } finally {
      if (!this.RECORDING_PHASE) this.value(f, V.period(t));
    }
  });
}

/** A schedule: `24x7`, a calendar's name, or its windows (none left when recovery lost them all). */
function scheduleNode(f: Frame, word: IToken | undefined): A.Schedule | undefined {
  const w = V.real(word);
  if (w && tokenMatcher(w, T.RoundTheClock)) return { kind: 'Schedule', form: 'always', text: w.image, span: V.tokenSpan(w) };
  if (w) return { kind: 'Schedule', form: 'ref', ref: V.name(w)!, span: V.tokenSpan(w) };
  const windows = items<A.Window>(f);
  if (windows.length === 0 || f.start < 0) return undefined;
  return { kind: 'Schedule', form: 'windows', windows, span: spanOf(f) };
}

/** An availability option, by its first word; `downtime counted from` is the last alternative (and the one a keyword-less option falls to). */
function availOptionNode(f: Frame, kw: IToken | undefined, value: IToken | undefined): A.AvailOption {
  const s = spanOf(f);
  const k = V.real(kw);
  if (k && tokenMatcher(k, T.Measured)) return { kind: 'MeasuredBy', keyword: V.tokenSpan(k), source: V.str(value), span: s };
  if (k && tokenMatcher(k, T.Excluding)) return { kind: 'ExcludingMaintenance', keyword: V.tokenSpan(k), span: s };
  if (k && tokenMatcher(k, T.During)) return { kind: 'DuringSupport', keyword: V.tokenSpan(k), span: s };
  if (k && tokenMatcher(k, T.Max)) return { kind: 'MaxDowntime', keyword: V.tokenSpan(k), duration: first(f, 'Duration'), span: s };
  const counted = kw !== undefined && tokenMatcher(kw, T.Downtime);
  return {
    kind: 'DowntimeCountedFrom',
    keyword: k && counted ? V.tokenSpan(k) : s,
    from: counted ? V.word<'detection' | 'report'>(value) : undefined,
    span: s,
  };
}

function timingNode(f: Frame, kw: IToken | undefined, date: IToken | undefined): A.Timing | undefined {
  const k = V.real(kw);
  if (!k || f.start < 0) return undefined;
  if (tokenMatcher(k, T.Every)) return { kind: 'Every', keyword: V.tokenSpan(k), period: first(f, 'Period'), span: spanOf(f) };
  if (tokenMatcher(k, T.Within)) return { kind: 'Within', keyword: V.tokenSpan(k), duration: first(f, 'Duration'), span: spanOf(f) };
  return { kind: 'By', keyword: V.tokenSpan(k), date: V.date(date), span: spanOf(f) };
}

function whoOf(f: Frame): A.Who | undefined {
  for (const n of f.nodes) if (n.kind === 'Word' || n.kind === 'Name') return n;
  return undefined;
}

let instance: PledgeParser | undefined;

/** The one parser instance (building it analyses the grammar, which is slow). */
export function parserInstance(): PledgeParser {
  instance ??= new PledgeParser();
  return instance;
}
