// What each keyword of the language means, in plain words: the one place the
// hover (and anything else that explains the language) reads it from.
//
// `KEYWORDS` has one entry per keyword of the grammar (see syntax/tokens.ts).
// `CLAUSES` explains whole clauses by their syntax-tree kind, for the words
// that make up the clause's fixed phrase (`sole remedy`, `depends on` …);
// `IN_CLAUSE` refines a word whose meaning depends on the clause it sits in
// (`diagnosis` in `clock from diagnosis`, `phone` in `reachable … via X phone`).
//
// The texts live in the `features` catalogue area (`features.kw.*`,
// `features.in.*`, `features.clause.*`); each explanation reads them in the
// current locale when its `title` or `body` is read.

import { t, type MessageKey } from '../i18n';

/** An explanation: `title` becomes the bold first line, `body` follows. */
export interface KeywordDoc {
  readonly title: string;
  readonly body: string;
}

/** An explanation whose texts are the catalogue's `<titleKey>` and `<bodyKey>`. */
function doc(titleKey: string, bodyKey = titleKey.replace(/\.title$/, '.body')): KeywordDoc {
  return {
    get title() {
      return t(titleKey as MessageKey);
    },
    get body() {
      return t(bodyKey as MessageKey);
    },
  };
}

const kw = (word: string): KeywordDoc => doc(`features.kw.${word}.title`);
const day = (word: string): KeywordDoc => doc(`features.kw.${word}.title`, 'features.kw.weekday.body');

/** The keywords of the grammar that share another keyword's explanation. */
const SAME_AS: Readonly<Record<string, string>> = { minutes: 'minute', hours: 'hour', days: 'day' };

const WORDS = [
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters',
  'year', 'years', 'business', 'phone', 'email', 'portal', 'chat', 'import', 'party', 'contact', 'role', 'calendar',
  'timezone', 'holidays', 'agreement', 'provider', 'customer', 'version', 'effective', 'until', 'service', 'support',
  'availability', 'per', 'maintenance', 'notice', 'capacity', 'bought', 'by', 'depends', 'on', 'measured', 'excluding',
  'during', 'max', 'downtime', 'counted', 'from', 'detection', 'report', 'diagnosis', 'priority', 'respond', 'resolve',
  'within', 'clock', 'kpi', 'for', 'target', 'at', 'least', 'most', 'reported', 'to', 'every', 'escalation', 'level',
  'after', 'emergency', 'reachable', 'via', 'precondition', 'afterwards', 'credits', 'below', 'credit', 'cap', 'claim',
  'sole', 'remedy', 'obligation', 'as', 'result', 'effort', 'termination', 'change', 'both', 'review',
] as const;

/** One entry per keyword of the grammar. */
export const KEYWORDS: Readonly<Record<string, KeywordDoc>> = Object.fromEntries([
  ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => [d, day(d)] as const),
  ...WORDS.map((w) => [w, kw(SAME_AS[w] ?? w)] as const),
]);

const clause = (d: KeywordDoc, words: readonly string[]) => ({
  get title() {
    return d.title;
  },
  get body() {
    return d.body;
  },
  words,
});

/** Whole clauses by syntax-tree kind, for the words of their fixed phrase. */
export const CLAUSES: Readonly<Record<string, KeywordDoc & { words: readonly string[] }>> = {
  SoleRemedy: clause(KEYWORDS.sole!, ['sole', 'remedy']),
  Clock: clause(KEYWORDS.clock!, ['clock', 'from']),
  DependsOn: clause(KEYWORDS.depends!, ['depends', 'on']),
  MeasuredBy: clause(KEYWORDS.measured!, ['measured', 'by']),
  KpiMeasuredBy: clause(KEYWORDS.measured!, ['measured', 'by']),
  ExcludingMaintenance: clause(KEYWORDS.excluding!, ['excluding', 'maintenance']),
  DuringSupport: clause(KEYWORDS.during!, ['during', 'support']),
  MaxDowntime: clause(KEYWORDS.max!, ['max', 'downtime']),
  DowntimeCountedFrom: clause(KEYWORDS.counted!, ['downtime', 'counted', 'from']),
  Capacity: clause(KEYWORDS.capacity!, ['capacity']),
  ReportedBy: clause(KEYWORDS.reported!, ['reported', 'by', 'to', 'every']),
  Respond: clause(KEYWORDS.respond!, ['respond', 'within']),
  Resolve: clause(KEYWORDS.resolve!, ['resolve', 'within']),
  EmergencyRespond: clause(doc('features.clause.EmergencyRespond.title'), ['respond', 'within']),
  Claim: clause(KEYWORDS.claim!, ['claim', 'within']),
  Remedy: clause(KEYWORDS.remedy!, ['remedy', 'to']),
  Change: clause(KEYWORDS.change!, ['change', 'by']),
  Review: clause(KEYWORDS.review!, ['review', 'every', 'by']),
  KpiFor: clause(doc('features.clause.KpiFor.title'), ['for']),
  Escalation: clause(KEYWORDS.escalation!, ['escalation', 'for']),
  Emergency: clause(KEYWORDS.emergency!, ['emergency', 'for']),
  Credits: clause(KEYWORDS.credits!, ['credits', 'for']),
};

const inClause = (kind: string, words: readonly string[]): Record<string, KeywordDoc> =>
  Object.fromEntries(words.map((w) => [w, doc(`features.in.${kind}.${w}.title`)]));

/** Words whose meaning depends on the clause (by syntax-tree kind) they sit in. */
export const IN_CLAUSE: Readonly<Record<string, Readonly<Record<string, KeywordDoc>>>> = {
  Clock: inClause('Clock', ['report', 'detection', 'diagnosis']),
  DowntimeCountedFrom: inClause('DowntimeCountedFrom', ['detection', 'report']),
  Reachable: inClause('Reachable', ['phone', 'email', 'portal', 'chat']),
  ContactField: inClause('ContactField', ['phone', 'email']),
  Capacity: { bought: KEYWORDS.bought!, by: KEYWORDS.bought! },
  By: inClause('By', ['by']),
  Within: inClause('Within', ['within']),
  Every: inClause('Every', ['every']),
  Maintenance: inClause('Maintenance', ['notice']),
  Termination: inClause('Termination', ['notice']),
  Change: inClause('Change', ['notice']),
};

/**
 * The explanation of `word` inside a clause of syntax-tree kind `clauseKind`
 * (undefined outside any clause): a clause-specific sense first, then the
 * clause's phrase, then the word's general meaning.
 */
export function explainKeyword(word: string, clauseKind?: string): KeywordDoc | undefined {
  if (clauseKind) {
    const specific = IN_CLAUSE[clauseKind]?.[word];
    if (specific) return specific;
    const c = CLAUSES[clauseKind];
    if (c && c.words.includes(word)) return { title: c.title, body: c.body };
  }
  return Object.prototype.hasOwnProperty.call(KEYWORDS, word) ? KEYWORDS[word] : undefined;
}
