// The Chevrotain parser of LANGUAGE.md §3, with error recovery on.
//
// Recovery strategy: every `{ … }` block (and the file itself) repeats over its
// clause alternatives plus one "junk" alternative that swallows a single token
// of any kind. A block stops swallowing at `}` and at any token that starts a
// clause of an enclosing block, so a missing `}` or a misspelt keyword costs
// only the broken clause, never the rest of the file. Chevrotain's own
// single-token insertion/deletion repairs small slips inside a clause.

import { CstParser, EOF, type CstNode, type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import * as T from './tokens';
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
  return types.some((t) => tokenMatcher(token, t));
}

export class PledgeParser extends CstParser {
  constructor() {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'onlyOffset',
      maxLookahead: 3,
      skipValidations: T.SKIP_GRAMMAR_VALIDATION,
      errorMessageProvider,
    });
    this.performSelfAnalysis();
  }

  /**
   * The clause starters of the enclosing blocks, innermost last; a block's
   * junk alternative stops at any of them (and at `}`), so that the block ends
   * and the outer block can pick the clause up.
   */
  private stopStack: TokenType[][] = [];

  /**
   * Brace depth of skipped text, per open block loop: a misspelt block such as
   * `servce X { … }` is skipped whole, so its `}` does not close the block
   * around it.
   */
  private junkDepth: number[] = [];

  /** The tokens skipped as junk, in source order, with the block they were skipped in and their index in the input. */
  junk: Array<{ token: IToken; block: BlockKind; index: number }> = [];

  private blockLoop(kind: BlockKind, items: () => void, closed: boolean): void {
    const own = BLOCK_STARTS[kind];
    this.ACTION(() => this.junkDepth.push(0));
    try {
      // One token decides between a clause and junk: a clause keyword starts
      // the clause even when what follows it is broken.
      this.MANY9({
        GATE: () => this.continuesBlock(own, closed),
        MAX_LOOKAHEAD: 1,
        DEF: () => {
          this.OR9({
            MAX_LOOKAHEAD: 1,
            DEF: [
              { GATE: () => this.currentJunkDepth() === 0, ALT: items },
              {
                IGNORE_AMBIGUITIES: true,
                ALT: () => {
                  const t = this.CONSUME9(T.AnyToken, { LABEL: 'junk' });
                  this.ACTION(() => {
                    this.trackJunkBraces(t);
                    if (!t.isInsertedInRecovery) this.junk.push({ token: t, block: kind, index: (this as unknown as { currIdx: number }).currIdx });
                  });
                },
              },
            ],
          });
        },
      });
    } finally {
      this.ACTION(() => this.junkDepth.pop());
    }
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
   * For each token index: how many more `}` than `{` follow from there to the
   * end of the input (set by `parse()` with the input).
   */
  closesFrom: Int32Array = new Int32Array(0);

  /**
   * A clause keyword of an enclosing block inside a `{ … }` block ends the
   * block only when a `}` is missing. When the rest of the input still closes
   * every open block, the clause is misplaced (`capacity` in a priority): it is
   * skipped where it stands, so the error is reported on it and the blocks
   * around it keep their own `}`.
   */
  private misplacedClause(): boolean {
    const index = (this as unknown as { currIdx: number }).currIdx + 1;
    const closes = this.closesFrom[index] ?? 0;
    return closes >= this.stopStack.length - 1;
  }

  private block(kind: BlockKind, items: () => void): void {
    this.CONSUME(T.LCurly);
    this.ACTION(() => this.stopStack.push([...BLOCK_STARTS[kind]]));
    try {
      this.blockLoop(kind, items, true);
    } finally {
      this.ACTION(() => this.stopStack.pop());
    }
    this.CONSUME(T.RCurly);
  }

  public file = this.RULE('file', () => {
    this.ACTION(() => {
      this.stopStack = [TOP_STARTS];
      this.junkDepth = [];
      this.junk = [];
    });
    this.blockLoop(
      'file',
      () =>
        this.OR([
          { ALT: () => this.SUBRULE(this.importDecl) },
          { ALT: () => this.SUBRULE(this.party) },
          { ALT: () => this.SUBRULE(this.calendar) },
          { ALT: () => this.SUBRULE(this.agreement) },
        ]),
      false,
    );
  });

  private importDecl = this.RULE('importDecl', () => {
    this.CONSUME(T.Import);
    this.CONSUME(T.StringLit, { LABEL: 'path' });
  });

  private party = this.RULE('party', () => {
    this.CONSUME(T.Party);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'title' }));
    this.OPTION2(() => this.block('party', () => this.SUBRULE(this.contact)));
  });

  private contact = this.RULE('contact', () => {
    this.CONSUME(T.Contact);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'title' }));
    this.MANY(() => this.SUBRULE(this.contactField));
  });

  private contactField = this.RULE('contactField', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Phone, { LABEL: 'field' }) },
      { ALT: () => this.CONSUME(T.Email, { LABEL: 'field' }) },
      { ALT: () => this.CONSUME(T.Role, { LABEL: 'field' }) },
    ]);
    this.CONSUME(T.StringLit, { LABEL: 'value' });
  });

  private calendar = this.RULE('calendar', () => {
    this.CONSUME(T.Calendar);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.SUBRULE(this.schedule);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Timezone);
            this.CONSUME(T.StringLit, { LABEL: 'timezone' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Holidays);
            this.CONSUME2(T.StringLit, { LABEL: 'holidays' });
          },
        },
      ]),
    );
  });

  private schedule = this.RULE('schedule', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.RoundTheClock, { LABEL: 'always' }) },
      {
        ALT: () => {
          this.SUBRULE(this.window);
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.SUBRULE2(this.window);
          });
        },
      },
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'ref' }) },
    ]);
  });

  private window = this.RULE('window', () => {
    this.CONSUME(T.DayTok, { LABEL: 'from' });
    this.OPTION(() => {
      this.CONSUME(T.Dash, { LABEL: 'dayDash' });
      this.CONSUME2(T.DayTok, { LABEL: 'to' });
    });
    this.CONSUME(T.TimeTok, { LABEL: 'start' });
    this.CONSUME2(T.Dash, { LABEL: 'timeDash' });
    this.CONSUME2(T.TimeTok, { LABEL: 'end' });
  });

  private agreement = this.RULE('agreement', () => {
    this.CONSUME(T.Agreement);
    this.CONSUME(T.StringLit, { LABEL: 'title' });
    this.block('agreement', () =>
      this.OR([
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
  });

  private provider = this.RULE('provider', () => {
    this.CONSUME(T.Provider);
    this.CONSUME(T.Identifier, { LABEL: 'party' });
  });

  private customer = this.RULE('customer', () => {
    this.CONSUME(T.Customer);
    this.CONSUME(T.Identifier, { LABEL: 'party' });
  });

  private version = this.RULE('version', () => {
    this.CONSUME(T.Version);
    this.CONSUME(T.StringLit, { LABEL: 'value' });
  });

  private effective = this.RULE('effective', () => {
    this.CONSUME(T.Effective);
    this.CONSUME(T.DateTok, { LABEL: 'from' });
    this.OPTION(() => {
      this.CONSUME(T.Until);
      this.CONSUME2(T.DateTok, { LABEL: 'until' });
    });
  });

  private service = this.RULE('service', () => {
    this.CONSUME(T.Service);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'title' }));
    this.block('service', () =>
      this.OR([
        { ALT: () => this.SUBRULE(this.support) },
        { ALT: () => this.SUBRULE(this.availability) },
        { ALT: () => this.SUBRULE(this.maintenance) },
        { ALT: () => this.SUBRULE(this.capacity) },
        { ALT: () => this.SUBRULE(this.dependsOn) },
        { ALT: () => this.SUBRULE(this.priority) },
      ]),
    );
  });

  private support = this.RULE('support', () => {
    this.CONSUME(T.Support);
    this.SUBRULE(this.schedule);
  });

  private availability = this.RULE('availability', () => {
    this.CONSUME(T.Availability);
    this.CONSUME(T.PercentTok, { LABEL: 'percent' });
    this.CONSUME(T.Per);
    this.SUBRULE(this.period);
    this.MANY(() => this.SUBRULE(this.availOption));
  });

  private availOption = this.RULE('availOption', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Measured, { LABEL: 'measured' });
          this.CONSUME(T.By);
          this.CONSUME(T.StringLit, { LABEL: 'source' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Excluding, { LABEL: 'excluding' });
          this.CONSUME(T.Maintenance);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.During, { LABEL: 'during' });
          this.CONSUME(T.Support);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Max, { LABEL: 'max' });
          this.CONSUME(T.Downtime);
          this.SUBRULE(this.duration);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Downtime, { LABEL: 'counted' });
          this.CONSUME(T.Counted);
          this.CONSUME(T.From);
          this.OR2([
            { ALT: () => this.CONSUME(T.Detection, { LABEL: 'from' }) },
            { ALT: () => this.CONSUME(T.Report, { LABEL: 'from' }) },
          ]);
        },
      },
    ]);
  });

  private maintenance = this.RULE('maintenance', () => {
    this.CONSUME(T.Maintenance);
    this.SUBRULE(this.schedule);
    this.OPTION(() => {
      this.CONSUME(T.Notice);
      this.SUBRULE(this.duration);
    });
  });

  private capacity = this.RULE('capacity', () => {
    this.CONSUME(T.Capacity);
    this.CONSUME(T.StringLit, { LABEL: 'text' });
    this.CONSUME(T.Bought);
    this.CONSUME(T.By);
    this.CONSUME(T.Identifier, { LABEL: 'buyer' });
  });

  private dependsOn = this.RULE('dependsOn', () => {
    this.CONSUME(T.Depends);
    this.CONSUME(T.On);
    this.CONSUME(T.Identifier, { LABEL: 'obligation' });
  });

  private priority = this.RULE('priority', () => {
    this.CONSUME(T.Priority);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'title' }));
    this.block('priority', () =>
      this.OR([
        { ALT: () => this.SUBRULE(this.respond) },
        { ALT: () => this.SUBRULE(this.resolve) },
        { ALT: () => this.SUBRULE(this.clock) },
      ]),
    );
  });

  private respond = this.RULE('respond', () => {
    this.CONSUME(T.Respond);
    this.CONSUME(T.Within);
    this.SUBRULE(this.duration);
    this.OPTION(() => this.SUBRULE(this.kind));
  });

  private resolve = this.RULE('resolve', () => {
    this.CONSUME(T.Resolve);
    this.CONSUME(T.Within);
    this.SUBRULE(this.duration);
    this.OPTION(() => this.SUBRULE(this.kind));
  });

  private clock = this.RULE('clock', () => {
    this.CONSUME(T.Clock);
    this.CONSUME(T.From);
    this.OR([
      { ALT: () => this.CONSUME(T.Report, { LABEL: 'from' }) },
      { ALT: () => this.CONSUME(T.Detection, { LABEL: 'from' }) },
      { ALT: () => this.CONSUME(T.Diagnosis, { LABEL: 'from' }) },
    ]);
  });

  private kind = this.RULE('kind', () => {
    this.CONSUME(T.As);
    this.OR([
      { ALT: () => this.CONSUME(T.Result, { LABEL: 'value' }) },
      { ALT: () => this.CONSUME(T.Effort, { LABEL: 'value' }) },
    ]);
  });

  private kpi = this.RULE('kpi', () => {
    this.CONSUME(T.Kpi);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.OPTION(() => this.CONSUME(T.StringLit, { LABEL: 'title' }));
    this.block('kpi', () =>
      this.OR([
        { ALT: () => this.SUBRULE(this.kpiFor) },
        { ALT: () => this.SUBRULE(this.target) },
        { ALT: () => this.SUBRULE(this.kpiMeasuredBy) },
        { ALT: () => this.SUBRULE(this.reportedBy) },
      ]),
    );
  });

  private kpiFor = this.RULE('kpiFor', () => {
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier, { LABEL: 'service' });
  });

  private target = this.RULE('target', () => {
    this.CONSUME(T.Target);
    this.CONSUME(T.At);
    this.OR([
      { ALT: () => this.CONSUME(T.Least, { LABEL: 'direction' }) },
      { ALT: () => this.CONSUME(T.Most, { LABEL: 'direction' }) },
    ]);
    this.OR2([
      { ALT: () => this.CONSUME(T.PercentTok, { LABEL: 'percent' }) },
      { ALT: () => this.SUBRULE(this.duration) },
      { ALT: () => this.CONSUME(T.NumberTok, { LABEL: 'number' }) },
    ]);
    this.CONSUME(T.Per);
    this.SUBRULE(this.period);
  });

  private kpiMeasuredBy = this.RULE('kpiMeasuredBy', () => {
    this.CONSUME(T.Measured);
    this.CONSUME(T.By);
    this.CONSUME(T.StringLit, { LABEL: 'source' });
  });

  private reportedBy = this.RULE('reportedBy', () => {
    this.CONSUME(T.Reported);
    this.CONSUME(T.By);
    this.CONSUME(T.Identifier, { LABEL: 'from' });
    this.CONSUME(T.To);
    this.CONSUME2(T.Identifier, { LABEL: 'to' });
    this.CONSUME(T.Every);
    this.SUBRULE(this.period);
  });

  private escalation = this.RULE('escalation', () => {
    this.CONSUME(T.Escalation);
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier, { LABEL: 'service' });
    this.block('escalation', () => this.SUBRULE(this.level));
  });

  private level = this.RULE('level', () => {
    this.CONSUME(T.Level);
    this.CONSUME(T.NumberTok, { LABEL: 'number' });
    this.SUBRULE(this.contactRef);
    this.CONSUME(T.After);
    this.SUBRULE(this.duration);
  });

  private contactRef = this.RULE('contactRef', () => {
    this.CONSUME(T.Identifier, { LABEL: 'first' });
    this.OPTION(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Identifier, { LABEL: 'second' });
    });
  });

  private emergency = this.RULE('emergency', () => {
    this.CONSUME(T.Emergency);
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier, { LABEL: 'service' });
    this.block('emergency', () =>
      this.OR([
        { ALT: () => this.SUBRULE(this.reachable) },
        { ALT: () => this.SUBRULE(this.emergencyRespond) },
        { ALT: () => this.SUBRULE(this.precondition) },
        { ALT: () => this.SUBRULE(this.afterwards) },
      ]),
    );
  });

  private reachable = this.RULE('reachable', () => {
    this.CONSUME(T.Reachable);
    this.SUBRULE(this.schedule);
    this.CONSUME(T.Via);
    this.SUBRULE(this.contactRef);
    this.OPTION(() => this.CONSUME(T.ChannelTok, { LABEL: 'channel' }));
  });

  private emergencyRespond = this.RULE('emergencyRespond', () => {
    this.CONSUME(T.Respond);
    this.CONSUME(T.Within);
    this.SUBRULE(this.duration);
  });

  private precondition = this.RULE('precondition', () => {
    this.CONSUME(T.Precondition);
    this.CONSUME(T.StringLit, { LABEL: 'text' });
  });

  private afterwards = this.RULE('afterwards', () => {
    this.CONSUME(T.Afterwards);
    this.CONSUME(T.StringLit, { LABEL: 'text' });
  });

  private credits = this.RULE('credits', () => {
    this.CONSUME(T.Credits);
    this.CONSUME(T.For);
    this.CONSUME(T.Identifier, { LABEL: 'service' });
    this.block('credits', () =>
      this.OR([
        { ALT: () => this.SUBRULE(this.below) },
        { ALT: () => this.SUBRULE(this.cap) },
        { ALT: () => this.SUBRULE(this.claim) },
        { ALT: () => this.SUBRULE(this.soleRemedy) },
      ]),
    );
  });

  private below = this.RULE('below', () => {
    this.CONSUME(T.Below);
    this.CONSUME(T.PercentTok, { LABEL: 'threshold' });
    this.CONSUME(T.Credit);
    this.CONSUME2(T.PercentTok, { LABEL: 'credit' });
  });

  private cap = this.RULE('cap', () => {
    this.CONSUME(T.Cap);
    this.CONSUME(T.PercentTok, { LABEL: 'percent' });
  });

  private claim = this.RULE('claim', () => {
    this.CONSUME(T.Claim);
    this.CONSUME(T.Within);
    this.SUBRULE(this.duration);
  });

  private soleRemedy = this.RULE('soleRemedy', () => {
    this.CONSUME(T.Sole);
    this.CONSUME(T.Remedy);
  });

  private obligation = this.RULE('obligation', () => {
    this.CONSUME(T.Obligation);
    this.OPTION(() => {
      this.CONSUME(T.Identifier, { LABEL: 'first' });
    });
    this.OPTION2(() => {
      this.CONSUME2(T.Identifier, { LABEL: 'second' });
    });
    this.CONSUME(T.StringLit, { LABEL: 'text' });
    this.OPTION3(() => this.SUBRULE(this.kind));
    this.OPTION4(() => this.SUBRULE(this.timing));
  });

  private timing = this.RULE('timing', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Every, { LABEL: 'every' });
          this.SUBRULE(this.period);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Within, { LABEL: 'within' });
          this.SUBRULE(this.duration);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.By, { LABEL: 'by' });
          this.CONSUME(T.DateTok, { LABEL: 'date' });
        },
      },
    ]);
  });

  private remedy = this.RULE('remedy', () => {
    this.CONSUME(T.Remedy);
    this.CONSUME(T.Identifier, { LABEL: 'from' });
    this.CONSUME(T.To);
    this.CONSUME2(T.Identifier, { LABEL: 'to' });
    this.CONSUME(T.StringLit, { LABEL: 'text' });
  });

  private termination = this.RULE('termination', () => {
    this.CONSUME(T.Termination);
    this.CONSUME(T.Identifier, { LABEL: 'party' });
    this.OPTION(() => {
      this.CONSUME(T.Notice);
      this.SUBRULE(this.duration);
    });
  });

  private change = this.RULE('change', () => {
    this.CONSUME(T.Change);
    this.CONSUME(T.By);
    this.SUBRULE(this.who);
    this.OPTION(() => {
      this.CONSUME(T.Notice);
      this.SUBRULE(this.duration);
    });
  });

  private review = this.RULE('review', () => {
    this.CONSUME(T.Review);
    this.CONSUME(T.Every);
    this.SUBRULE(this.period);
    this.OPTION(() => {
      this.CONSUME(T.By);
      this.SUBRULE(this.who);
    });
  });

  private who = this.RULE('who', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Both, { LABEL: 'both' }) },
      { ALT: () => this.CONSUME(T.Identifier, { LABEL: 'party' }) },
    ]);
  });

  private duration = this.RULE('duration', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.ShortDuration, { LABEL: 'short' }) },
      {
        ALT: () => {
          this.CONSUME(T.NumberTok, { LABEL: 'amount' });
          this.OPTION(() => this.CONSUME(T.Business, { LABEL: 'business' }));
          this.CONSUME(T.UnitTok, { LABEL: 'unit' });
        },
      },
    ]);
  });

  private period = this.RULE('period', () => {
    this.CONSUME(T.PeriodTok, { LABEL: 'value' });
  });
}

let instance: PledgeParser | undefined;

/** The one parser instance (building it analyses the grammar, which is slow). */
export function parserInstance(): PledgeParser {
  instance ??= new PledgeParser();
  return instance;
}

export type { CstNode };
