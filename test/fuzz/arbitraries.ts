// fast-check arbitraries for Pledge: a grammar-aware generator of agreements
// that parse (every construct of LANGUAGE.md §3, with comments and free
// layout), and mutators that break them in the ways real files break.

import fc from 'fast-check';

// ---------------------------------------------------------------------------
// Tokens

/** Names shared by declarations and references, so that most references resolve. */
const PARTIES = ['Acme', 'Town', 'Utrecht'] as const;
const CONTACTS = ['Desk', 'Duty', 'Regie'] as const;
const CALENDARS = ['Office', 'Late'] as const;
const SERVICES = ['Web', 'Mail', 'Workplace'] as const;
const OBLIGATIONS = ['Forecast', 'Restore', 'Access'] as const;

const party = fc.constantFrom(...PARTIES, 'Nobody');
const contact = fc.constantFrom(...CONTACTS);
const calendarName = fc.constantFrom(...CALENDARS);
const service = fc.constantFrom(...SERVICES);
const obligationName = fc.constantFrom(...OBLIGATIONS);

/** Characters for string contents, including escapes, non-ASCII and astral characters. */
const stringChar = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABC0123456789.,:;/-+@()'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom('\\"', '\\\\', 'é', 'ñ', '€', 'ß', '中', '😀', '🎉', '\u00a0') },
);
export const str = fc.array(stringChar, { maxLength: 24 }).map((cs) => `"${cs.join('')}"`);

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
const decimal = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined })).map(([a, b]) =>
  b === undefined ? String(a) : `${a}.${String(b).padStart(2, '0')}`,
);
const percent = fc.oneof(decimal.map((d) => `${d}%`), fc.constantFrom('99.5%', '99.9%', '99.99%', '100%', '95%', '0%'));
const period = fc.constantFrom('week', 'month', 'quarter', 'year');
const day = fc.constantFrom('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun');
const hhmm = fc.tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 45, 59)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const date = fc.tuple(fc.integer({ min: 2020, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(
  ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
);
const unit = fc.constantFrom(
  'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'months', 'month', 'quarters', 'years',
  'business hour', 'business hours', 'business day', 'business days',
);
const duration = fc.oneof(
  fc.tuple(int(0, 90), fc.constantFrom('m', 'min', 'h', 'd', 'w')).map(([n, u]) => `${n}${u}`),
  fc.tuple(fc.oneof(int(0, 400), decimal), unit).map(([n, u]) => `${n} ${u}`),
);
const kind = fc.constantFrom('as result', 'as effort');
const window = fc.tuple(day, fc.option(day, { nil: undefined }), hhmm, hhmm).map(([a, b, s, e]) => `${a}${b ? `-${b}` : ''} ${s}-${e}`);
const schedule = fc.oneof(
  fc.constantFrom('24x7', '24/7'),
  fc.array(window, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(', ')),
  calendarName,
);
const contactRef = fc.oneof(contact, fc.tuple(party, contact).map(([p, c]) => `${p}.${c}`));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const join = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' ');

// ---------------------------------------------------------------------------
// Comments: between clauses, on their own line or after a clause.

const commentText = fc.array(fc.constantFrom(...'abc xyz 0123 é 😀 pledge-note'.split(' ')), { maxLength: 4 }).map((w) => w.join(' '));
const comment = fc.oneof(commentText.map((t) => `// ${t}`), commentText.map((t) => `/* ${t} */`));

/** A clause, possibly with a comment before it (a line comment always ends its own line). */
function withComment(clause: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(opt(comment), clause, opt(commentText)).map(([c, body, trailing]) => {
    const before = c === undefined ? '' : c + '\n';
    return before + body + (trailing === undefined ? '' : ` // ${trailing}`);
  });
}

const block = (head: string, items: string[]) => `${head} {\n${items.join('\n')}\n}`;

// ---------------------------------------------------------------------------
// Declarations

const contactField = fc.oneof(str.map((s) => `phone ${s}`), str.map((s) => `email ${s}`), str.map((s) => `role ${s}`));
const contactDecl = fc.tuple(contact, opt(str), fc.array(contactField, { maxLength: 3 })).map(([n, s, f]) => join('contact', n, s, ...f));
const partyDecl = fc.tuple(fc.constantFrom(...PARTIES), opt(str), opt(fc.array(withComment(contactDecl), { maxLength: 3 }))).map(
  ([n, s, contacts]) => (contacts === undefined ? join('party', n, s) : block(join('party', n, s), contacts)),
);
const calendarDecl = fc.tuple(calendarName, schedule, opt(str), opt(fc.constantFrom('"NL"', '"BE"', '"XX"'))).map(([n, s, tz, h]) =>
  join('calendar', n, s, tz && `timezone ${tz}`, h && `holidays ${h}`),
);

// ---------------------------------------------------------------------------
// Services and agreement clauses

const availOption = fc.oneof(
  str.map((s) => `measured by ${s}`),
  fc.constant('excluding maintenance'),
  fc.constant('during support'),
  duration.map((d) => `max downtime ${d}`),
  fc.constantFrom('downtime counted from detection', 'downtime counted from report'),
);
const priorityItem = fc.oneof(
  fc.tuple(duration, opt(kind)).map(([d, k]) => join('respond within', d, k)),
  fc.tuple(duration, opt(kind)).map(([d, k]) => join('resolve within', d, k)),
  fc.constantFrom('clock from report', 'clock from detection', 'clock from diagnosis'),
);
const priority = fc.tuple(fc.constantFrom('P1', 'P2', 'P3'), opt(str), fc.array(withComment(priorityItem), { maxLength: 3 })).map(([n, s, items]) =>
  block(join('priority', n, s), items),
);
const serviceItem = fc.oneof(
  schedule.map((s) => `support ${s}`),
  fc.tuple(percent, period, fc.array(availOption, { maxLength: 3 })).map(([p, per, o]) => join('availability', p, 'per', per, ...o)),
  fc.tuple(schedule, opt(duration)).map(([s, d]) => join('maintenance', s, d && `notice ${d}`)),
  fc.tuple(str, party).map(([s, p]) => `capacity ${s} bought by ${p}`),
  obligationName.map((o) => `depends on ${o}`),
  priority,
);
const serviceDecl = fc.tuple(service, opt(str), fc.array(withComment(serviceItem), { maxLength: 6 })).map(([n, s, items]) =>
  block(join('service', n, s), items),
);
const kpiItem = fc.oneof(
  service.map((s) => `for ${s}`),
  fc.tuple(fc.constantFrom('at least', 'at most'), fc.oneof(percent, duration, int(0, 500)), period).map(([c, v, p]) => `target ${c} ${v} per ${p}`),
  str.map((s) => `measured by ${s}`),
  fc.tuple(party, party, period).map(([a, b, p]) => `reported by ${a} to ${b} every ${p}`),
);
const kpi = fc.tuple(fc.constantFrom('Fix', 'Speed'), opt(str), fc.array(withComment(kpiItem), { maxLength: 4 })).map(([n, s, items]) =>
  block(join('kpi', n, s), items),
);
const level = fc.tuple(int(0, 5), contactRef, duration).map(([n, c, d]) => `level ${n} ${c} after ${d}`);
const escalation = fc.tuple(service, fc.array(withComment(level), { maxLength: 4 })).map(([s, items]) => block(`escalation for ${s}`, items));
const emergencyItem = fc.oneof(
  fc.tuple(schedule, contactRef, opt(fc.constantFrom('phone', 'email', 'portal', 'chat'))).map(([s, c, ch]) => join('reachable', s, 'via', c, ch)),
  duration.map((d) => `respond within ${d}`),
  str.map((s) => `precondition ${s}`),
  str.map((s) => `afterwards ${s}`),
);
const emergency = fc.tuple(service, fc.array(withComment(emergencyItem), { maxLength: 4 })).map(([s, items]) => block(`emergency for ${s}`, items));
const creditItem = fc.oneof(
  fc.tuple(percent, percent).map(([a, b]) => `below ${a} credit ${b}`),
  percent.map((p) => `cap ${p}`),
  duration.map((d) => `claim within ${d}`),
  fc.constant('sole remedy'),
);
const credits = fc.tuple(service, fc.array(withComment(creditItem), { maxLength: 4 })).map(([s, items]) => block(`credits for ${s}`, items));
const timing = fc.oneof(period.map((p) => `every ${p}`), duration.map((d) => `within ${d}`), date.map((d) => `by ${d}`));
const obligation = fc.tuple(opt(obligationName), party, str, opt(kind), opt(timing)).map(([n, p, s, k, t]) => join('obligation', n, p, s, k, t));
const remedy = fc.tuple(party, party, str).map(([a, b, s]) => `remedy ${a} to ${b} ${s}`);
const termination = fc.tuple(party, opt(duration)).map(([p, d]) => join('termination', p, d && `notice ${d}`));
const change = fc.tuple(fc.oneof(fc.constant('both'), party), opt(duration)).map(([w, d]) => join('change by', w, d && `notice ${d}`));
const review = fc.tuple(period, opt(fc.oneof(fc.constant('both'), party))).map(([p, w]) => join('review every', p, w && `by ${w}`));

const agreementItem = fc.oneof(
  party.map((p) => `provider ${p}`),
  party.map((p) => `customer ${p}`),
  str.map((s) => `version ${s}`),
  fc.tuple(date, opt(date)).map(([a, b]) => join('effective', a, b && `until ${b}`)),
  calendarDecl,
  serviceDecl,
  kpi,
  escalation,
  emergency,
  credits,
  obligation,
  remedy,
  termination,
  change,
  review,
);
const agreement = fc
  .tuple(str, fc.constantFrom(...PARTIES), fc.constantFrom(...PARTIES), fc.array(withComment(agreementItem), { maxLength: 12 }))
  .map(([title, provider, customer, items]) => block(`agreement ${title}`, [`provider ${provider}`, `customer ${customer}`, ...items]));

const importDecl = fc.constantFrom('import "parties.pledge"', 'import "../shared/x.pledge"', 'import "missing.pledge"');

/** One line break or other spacing, to lay the generated text out freely. */
const spacing = fc.constantFrom('\n', '\n', '\n', '\n\n', '\n  ', '\r\n', '\n\t\t');

/** A file that parses: imports, parties, calendars and agreements, with comments and varied layout. */
export const validAgreement: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(importDecl, { maxLength: 2 }),
    fc.array(withComment(partyDecl), { maxLength: 3 }),
    fc.array(calendarDecl, { maxLength: 2 }),
    fc.array(withComment(agreement), { minLength: 1, maxLength: 2 }),
    opt(comment),
    fc.array(spacing, { minLength: 64, maxLength: 64 }),
  )
  .map(([imports, parties, calendars, agreements, trailing, spaces]) => {
    const lines = [...imports, ...parties, ...calendars, ...agreements, ...(trailing ? [trailing] : [])].join('\n').split('\n');
    // Re-lay the lines: indentation lost, blank lines and line breaks varied.
    return lines.map((l, i) => l.trim() + (i < lines.length - 1 ? spaces[i % spaces.length]! : '\n')).join('');
  });

// ---------------------------------------------------------------------------
// Mutators

const TOKENS = ['{', '}', '}', '{', '"', '//', '/*', '*/', ',', '-', '.', 'agreement', 'service', 'priority', 'emergency', 'for', 'within', 'per', '24x7', '99.9%', '4h', 'Mon-Fri', '08:00-18:00', 'provider', 'customer', '2026-02-30', '\n', '\\'];

export type Mutation = (text: string) => string;

/** A random edit of a text, of the kinds that break real files. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete a range
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(([at, n]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + t.slice(i + n);
  }),
  // duplicate a range
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 80 })).map(([at, n]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n);
  }),
  // swap two ranges
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 30 })).map(([a, b, n]): Mutation => (t) => {
    const [i, j] = [Math.floor(a * t.length), Math.floor(b * t.length)].sort((x, y) => x - y) as [number, number];
    if (j < i + n) return t;
    return t.slice(0, i) + t.slice(j, j + n) + t.slice(i + n, j) + t.slice(i, i + n) + t.slice(j + n);
  }),
  // insert a random token
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...TOKENS)).map(([at, tok]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return `${t.slice(0, i)} ${tok} ${t.slice(i)}`;
  }),
  // random characters (any UTF-16 code unit, lone surrogates included)
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 8 })).map(([at, codes]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + String.fromCharCode(...codes) + t.slice(i);
  }),
  // surrogate pairs and split pairs
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('😀', '\ud83d', '\ude00', '\ude00\ud83d', '𝔘𝔱𝔯𝔢𝔠𝔥𝔱')).map(([at, s]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + s + t.slice(i);
  }),
  // NUL and other control characters
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('\u0000', '\u0000\u0000\u0000', '\u0007', '\u001b[31m', '\ufeff', '\u2028', '\r')).map(([at, s]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + s + t.slice(i);
  }),
  // truncation
  fc.double({ min: 0, max: 1, noNaN: true }).map((at): Mutation => (t) => t.slice(0, Math.floor(at * t.length))),
  // brace storms
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('{', '}', '{}', '"{', '/*{'), fc.integer({ min: 10, max: 1000 })).map(([at, s, n]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + s.repeat(n) + t.slice(i);
  }),
  // deep repetition of a clause or of an opening block
  fc.tuple(
    fc.constantFrom('service S {', 'priority P1 {', 'agreement "x" {', '  obligation Acme "x" every month\n', 'level 1 Desk after 1h\n', '// c\n', 'party A "a"\n'),
    fc.integer({ min: 10, max: 300 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ).map(([s, n, at]): Mutation => (t) => {
    const i = Math.floor(at * t.length);
    return t.slice(0, i) + s.repeat(n) + t.slice(i);
  }),
);

/** A valid agreement with one to three mutations applied. */
export const mutatedAgreement: fc.Arbitrary<string> = fc
  .tuple(validAgreement, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([text, ms]) => ms.reduce((t, m) => m(t), text));

/** Any input: mostly mutants, some valid files, some plain noise. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: mutatedAgreement },
  { weight: 3, arbitrary: validAgreement },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);
