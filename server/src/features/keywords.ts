// What each keyword of the language means, in plain words: the one place the
// hover (and anything else that explains the language) reads it from.
//
// `KEYWORDS` has one entry per keyword of the grammar (see syntax/tokens.ts).
// `CLAUSES` explains whole clauses by their syntax-tree kind, for the words
// that make up the clause's fixed phrase (`sole remedy`, `depends on` …);
// `IN_CLAUSE` refines a word whose meaning depends on the clause it sits in
// (`diagnosis` in `clock from diagnosis`, `phone` in `reachable … via X phone`).

/** An explanation: `title` becomes the bold first line, `body` follows. */
export interface KeywordDoc {
  title: string;
  body: string;
}

const doc = (title: string, body: string): KeywordDoc => ({ title, body });

const DAY = (name: string) => doc(`${name}`, `A day of the week, used in schedules such as \`Mon-Fri 08:00-18:00\`. A range like \`Fri-Mon\` wraps past Sunday.`);
const UNIT = (unit: string, minutes: string) =>
  doc(`${unit}: a unit of time`, `One ${unit} is ${minutes}. Write \`business\` before \`hour(s)\`/\`day(s)\` to count only the service's support time.`);
const PERIOD_NOTE = 'Periods: week = 7 days, month = 30 days, quarter = 90 days, year = 365 days.';

const RESULT_EFFORT =
  'A **result obligation** (*resultaatverplichting*) promises the outcome itself: if it is not reached, the promise is broken, whatever the effort. ' +
  'An **effort obligation** (*inspanningsverplichting*) promises to do one\'s reasonable best: it is broken only when the effort was not made.';

/** One entry per keyword of the grammar. */
export const KEYWORDS: Readonly<Record<string, KeywordDoc>> = {
  Mon: DAY('Monday'),
  Tue: DAY('Tuesday'),
  Wed: DAY('Wednesday'),
  Thu: DAY('Thursday'),
  Fri: DAY('Friday'),
  Sat: DAY('Saturday'),
  Sun: DAY('Sunday'),

  minute: UNIT('minute', '1 minute'),
  minutes: UNIT('minute', '1 minute'),
  hour: UNIT('hour', '60 minutes'),
  hours: UNIT('hour', '60 minutes'),
  day: UNIT('day', '1,440 minutes (24 hours on the clock)'),
  days: UNIT('day', '1,440 minutes (24 hours on the clock)'),
  week: doc('week: a period or a unit of time', `7 days (10,080 minutes). ${PERIOD_NOTE}`),
  weeks: UNIT('week', '7 days (10,080 minutes)'),
  month: doc('month: a period or a unit of time', `Always 30 days (43,200 minutes), whatever the calendar month. ${PERIOD_NOTE}`),
  months: UNIT('month', '30 days (43,200 minutes)'),
  quarter: doc('quarter: a period or a unit of time', `Always 90 days (129,600 minutes). ${PERIOD_NOTE}`),
  quarters: UNIT('quarter', '90 days (129,600 minutes)'),
  year: doc('year: a period or a unit of time', `Always 365 days (525,600 minutes). ${PERIOD_NOTE}`),
  years: UNIT('year', '365 days (525,600 minutes)'),
  business: doc(
    'business: counted in support time',
    'A `business hour` is an hour of the service\'s support time; a `business day` is its longest daily support window (10 hours for `Mon-Fri 08:00-18:00`). ' +
      'The clock stops outside support hours, so on the wall clock a business duration can take much longer.',
  ),

  phone: doc('phone', 'A phone number of a contact, or — after `via` — the channel of an emergency call. A phone is the channel that wakes someone up.'),
  email: doc('email', 'An e-mail address of a contact, or — after `via` — the channel of an emergency. Nobody reads e-mail at 3 a.m.'),
  portal: doc('portal', 'Reached through a web portal or ticket system. Fine for routine work; nobody watches a portal at night.'),
  chat: doc('chat', 'Reached through a chat channel. Only as fast as whoever happens to be watching it.'),

  import: doc('import: use definitions from another file', 'Makes the parties and calendars of another `.pledge` file visible here. The path is relative to this file and must stay inside the workspace folder.'),
  party: doc('party: one side of agreements', 'Declares an organisation that can be a provider or a customer, with an optional full name and its contacts.'),
  contact: doc('contact: a person or desk of a party', 'Someone of this party who can be reached, with `phone`, `email` and `role`. Escalation levels and emergency clauses name contacts.'),
  role: doc('role', 'What the contact does for the party (e.g. "account director").'),
  calendar: doc('calendar: named hours of cover', 'A named weekly schedule, optionally with a time zone and a country whose public holidays give no cover. Services name it after `support`.'),
  timezone: doc('timezone', 'The IANA time zone the calendar\'s times are in (e.g. "Europe/Amsterdam").'),
  holidays: doc('holidays: public holidays give no cover', 'The country (ISO code, e.g. "NL") whose public holidays are days off for this calendar. Holidays lengthen the gaps in cover.'),
  agreement: doc('agreement: one service agreement', 'The contract itself: who provides and who buys, the services with their promises, what each party owes the other, remedies and how it ends.'),
  provider: doc('provider: the party that delivers', 'The party that delivers the services and makes the service promises. Credits flow from the provider to the customer.'),
  customer: doc('customer: the party that buys', 'The party that buys the services. It has obligations too: a fair agreement says what the customer owes.'),
  version: doc('version', 'The version of the agreement text.'),
  effective: doc('effective: the term', 'The date the agreement takes effect, and with `until` the date it ends. Public holidays are taken over this term.'),
  until: doc('until', 'The last day of the agreement\'s term.'),
  service: doc('service: what is delivered', 'A service with its support hours, availability promise, maintenance, capacity and priorities.'),
  support: doc('support: when someone is working on it', 'The hours in which the provider handles incidents. Outside them, business durations stand still and nobody need answer — unless an `emergency` clause says so.'),
  availability: doc('availability: the uptime promise', 'The share of each period the service is up. The rest is the downtime budget: `(100 − A)% × period`.'),
  per: doc('per', 'The period a percentage or target is measured over. ' + PERIOD_NOTE),
  maintenance: doc('maintenance: planned downtime', 'The windows in which the provider may take the service down for planned work, with how much `notice` it gives.'),
  notice: doc('notice: warning in advance', 'How long in advance the other party must be told (of maintenance, a termination or a change).'),
  capacity: doc('capacity: how much was bought', 'The volume the promises hold for (e.g. "2,500 workplaces"), and who bought it.'),
  bought: doc('bought by', 'The party that bought the capacity; it usually owes a forecast so the provider can plan.'),
  by: doc('by', 'Names who does something (`measured by`, `bought by`, `change by`, `review by`, `reported by`), or a deadline date for an obligation (`by 2026-06-30`).'),
  depends: doc('depends on: a promise that needs the other side', 'The service\'s promises hold only when the named obligation (usually of the customer) is met.'),
  on: doc('depends on', 'The obligation that the service\'s promises depend on.'),
  measured: doc('measured by: the source of the numbers', 'Where the figures come from. A promise nobody measures cannot be checked, and so cannot be trusted.'),
  excluding: doc('excluding maintenance', 'Planned maintenance does not count as downtime against the availability promise.'),
  during: doc('during support', 'Availability is measured over support hours only, so the downtime budget is a share of support time instead of the whole period.'),
  max: doc('max downtime', 'The longest a single outage may last.'),
  downtime: doc('downtime', 'Time the service is not available. `max downtime` limits one outage; `downtime counted from` says when an outage starts to count.'),
  counted: doc('downtime counted from', 'When an outage starts to count: at `detection` by the provider\'s monitoring, or at the customer\'s `report`.'),
  from: doc('from: when the clock starts', 'The moment time starts counting: `report`, `detection` or `diagnosis`.'),
  detection: doc('detection: the clock starts when the fault is detected', 'Time counts from the moment the provider\'s monitoring notices the problem — even if nobody has called yet.'),
  report: doc('report: the clock starts when the customer reports', 'Time counts from the moment the customer reports the problem.'),
  diagnosis: doc('diagnosis: the clock starts when the provider has diagnosed', 'Time only starts once the provider has worked out what is wrong — the provider decides when its own clock starts.'),
  priority: doc('priority: an incident class with response times', 'An incident class with the times to respond and to resolve. Priorities are ordered as written: the first is the most urgent ("top priority").'),
  respond: doc('respond within: time to a first response', 'How quickly someone starts working on it and answers the reporter — not how quickly it is fixed.'),
  resolve: doc('resolve within: time to a fix', 'How quickly the incident must be solved (or worked around).'),
  within: doc('within: a deadline', 'The time allowed, from the moment the clock starts.'),
  clock: doc('clock from: when times start counting', 'The moment respond and resolve times start: `report`, `detection` or `diagnosis`.'),
  kpi: doc('kpi: a measured indicator', 'A key performance indicator: what is measured, the target, the source and who reports it to whom.'),
  for: doc('for: the service it applies to', 'The service this KPI, escalation ladder, emergency clause or credits table belongs to.'),
  target: doc('target: the level to reach', 'The value the KPI must reach (`at least`) or stay under (`at most`) per period.'),
  at: doc('at least / at most', 'The direction of a KPI target.'),
  least: doc('at least', 'The KPI must reach this value or more.'),
  most: doc('at most', 'The KPI must stay at or below this value.'),
  reported: doc('reported by … to … every …', 'Who reports the KPI, to whom, and how often. Reporting is itself an obligation of the reporting party.'),
  to: doc('to', 'The receiving party (of a report or a remedy).'),
  every: doc('every: how often', 'A recurring period. ' + PERIOD_NOTE),
  escalation: doc('escalation: who to call when it takes too long', 'The ladder of contacts an incident moves up, and after how long each level is reached.'),
  level: doc('level: one step of the ladder', 'A step of the escalation ladder: its number, the contact, and how long after the start it is reached.'),
  after: doc('after', 'How long after the incident starts this level is reached.'),
  emergency: doc(
    'emergency: who answers the phone on Saturday night',
    'When everything is on fire outside support hours, someone must pick up. The emergency clause says who is reachable when, through which channel, and how fast they respond.',
  ),
  reachable: doc('reachable: when and how to reach someone in an emergency', 'The hours someone can be reached in an emergency, the contact, and the channel.'),
  via: doc('via', 'The contact (and channel) through which the emergency is reached.'),
  precondition: doc('precondition', 'A condition the caller must meet before help starts. Procedure before action slows the response when every minute counts.'),
  afterwards: doc('afterwards', 'What is done after the emergency (e.g. register the incident). Paperwork belongs here, not before the response.'),
  credits: doc('credits: money back for missed availability', 'Service credits the provider pays the customer when the measured availability falls below thresholds.'),
  below: doc('below … credit …', 'When availability falls below this threshold, the customer receives this credit (a share of the fee).'),
  credit: doc('credit', 'The share of the fee credited to the customer.'),
  cap: doc('cap', 'The most the credits can add up to in one period.'),
  claim: doc('claim within', 'How long the customer has to claim a credit.'),
  sole: doc('sole remedy: credits are the only compensation', 'The customer gives up every other remedy for missed availability: the credits are all it can get.'),
  remedy: doc('remedy: compensation from one party to the other', '`remedy X to Y "…"`: what X owes Y when X fails. Remedies should run both ways.'),
  obligation: doc('obligation: what a party owes', 'Something a party must do, optionally named, as a result or effort obligation, with a deadline or a frequency.'),
  as: doc('as result / as effort: what kind of promise', RESULT_EFFORT),
  result: doc('result obligation (resultaatverplichting)', 'The outcome itself is promised: missing it breaks the promise, however hard one tried. ' + RESULT_EFFORT),
  effort: doc('effort obligation (inspanningsverplichting)', 'Only reasonable best effort is promised: the promise is broken only when the effort was not made. ' + RESULT_EFFORT),
  termination: doc('termination: how a party may end the agreement', 'The right of a party to end the agreement, with its notice period. Both sides should have one.'),
  change: doc('change by: who may change the agreement', 'Who may change the agreement (`both` together, or one party alone), with how much notice.'),
  both: doc('both', 'Both parties together: neither can act alone.'),
  review: doc('review every: regular review', 'How often the parties sit down to review the agreement, and who takes part.'),
};

/** Whole clauses by syntax-tree kind, for the words of their fixed phrase. */
export const CLAUSES: Readonly<Record<string, KeywordDoc & { words: readonly string[] }>> = {
  SoleRemedy: { ...KEYWORDS.sole!, words: ['sole', 'remedy'] },
  Clock: { ...KEYWORDS.clock!, words: ['clock', 'from'] },
  DependsOn: { ...KEYWORDS.depends!, words: ['depends', 'on'] },
  MeasuredBy: { ...KEYWORDS.measured!, words: ['measured', 'by'] },
  KpiMeasuredBy: { ...KEYWORDS.measured!, words: ['measured', 'by'] },
  ExcludingMaintenance: { ...KEYWORDS.excluding!, words: ['excluding', 'maintenance'] },
  DuringSupport: { ...KEYWORDS.during!, words: ['during', 'support'] },
  MaxDowntime: { ...KEYWORDS.max!, words: ['max', 'downtime'] },
  DowntimeCountedFrom: { ...KEYWORDS.counted!, words: ['downtime', 'counted', 'from'] },
  Capacity: { ...KEYWORDS.capacity!, words: ['capacity'] },
  ReportedBy: { ...KEYWORDS.reported!, words: ['reported', 'by', 'to', 'every'] },
  Respond: { ...KEYWORDS.respond!, words: ['respond', 'within'] },
  Resolve: { ...KEYWORDS.resolve!, words: ['resolve', 'within'] },
  EmergencyRespond: { ...doc('respond within: the emergency response time', 'How fast the emergency contact responds once reached — day or night.'), words: ['respond', 'within'] },
  Claim: { ...KEYWORDS.claim!, words: ['claim', 'within'] },
  Remedy: { ...KEYWORDS.remedy!, words: ['remedy', 'to'] },
  Change: { ...KEYWORDS.change!, words: ['change', 'by'] },
  Review: { ...KEYWORDS.review!, words: ['review', 'every', 'by'] },
  KpiFor: { ...doc('for: the service the KPI measures', 'The service this KPI is about.'), words: ['for'] },
  Escalation: { ...KEYWORDS.escalation!, words: ['escalation', 'for'] },
  Emergency: { ...KEYWORDS.emergency!, words: ['emergency', 'for'] },
  Credits: { ...KEYWORDS.credits!, words: ['credits', 'for'] },
};

/** Words whose meaning depends on the clause (by syntax-tree kind) they sit in. */
export const IN_CLAUSE: Readonly<Record<string, Readonly<Record<string, KeywordDoc>>>> = {
  Clock: {
    report: doc('clock from report', 'Times start when the customer reports the incident — a moment both sides can see.'),
    detection: doc('clock from detection', 'Times start when the provider\'s monitoring detects the fault, even before anyone calls: the strongest promise.'),
    diagnosis: doc(
      'clock from diagnosis: the provider starts its own clock',
      'Times only start once the provider has diagnosed the problem. The provider decides when that is, so the customer cannot check the promise; `clock from report` is the usual fair choice.',
    ),
  },
  DowntimeCountedFrom: {
    detection: doc('downtime counted from detection', 'An outage counts from the moment monitoring detects it.'),
    report: doc('downtime counted from report', 'An outage counts only from the customer\'s report: unnoticed downtime is free for the provider.'),
  },
  Reachable: {
    phone: doc('via … phone', 'The emergency is reached by phone: a voice that answers, day or night.'),
    email: doc('via … email', 'The emergency is reached by e-mail. Nobody reads e-mail at 3 a.m.: an emergency needs a voice.'),
    portal: doc('via … portal', 'The emergency is reached through a portal. Nobody watches a portal at night: an emergency needs a voice.'),
    chat: doc('via … chat', 'The emergency is reached by chat — only as fast as whoever happens to watch it.'),
  },
  ContactField: {
    phone: doc('phone', 'The contact\'s phone number.'),
    email: doc('email', 'The contact\'s e-mail address.'),
  },
  Capacity: {
    bought: doc('bought by', KEYWORDS.bought!.body),
    by: doc('bought by', KEYWORDS.bought!.body),
  },
  By: { by: doc('by: a deadline date', 'The obligation must be met by this date.') },
  Within: { within: doc('within: a deadline', 'The obligation must be met within this time of it arising.') },
  Every: { every: doc('every: a recurring obligation', 'The obligation recurs every period. ' + PERIOD_NOTE) },
  Maintenance: { notice: doc('notice: warning before maintenance', 'How long in advance the customer is told of maintenance.') },
  Termination: { notice: doc('notice: the notice period', 'How long before the end the party must give notice of termination.') },
  Change: { notice: doc('notice: warning before a change', 'How long in advance a change must be announced.') },
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
    const clause = CLAUSES[clauseKind];
    if (clause && clause.words.includes(word)) return { title: clause.title, body: clause.body };
  }
  return KEYWORDS[word];
}
