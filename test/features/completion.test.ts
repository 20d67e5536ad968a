import { describe, it, expect } from 'vitest';
import { completions, type CompletionOut } from '../../server/src/features/completion';
import { parse } from '../../server/src/syntax/parse';
import snippets from '../../grammar/snippets.json';
import * as path from 'node:path';
import { analyzeFixture } from './util';
import { REPO } from '../harness/analyze';

// Every case is a text with a cursor `‸`, analysed as if saved beside the
// features fixtures, so that `samples/parties.pledge` resolves as an import.
const CURSOR = '‸';

const HEADER = `import "../../../samples/parties.pledge"

party Prov "Provider" {
  contact Desk "Provider desk" phone "+31 20 555 0100"
  contact Duty "Duty manager" phone "+31 6 5555 0101"
}

party Cust "Customer" {
  contact Desk "Customer desk" email "desk@cust.example"
  contact Regie "Regie" email "regie@cust.example"
}

calendar Late Mon-Fri 18:00-22:00
`;

/** The header and an agreement around `body` (clauses of the agreement). */
const inAgreement = (body: string) => `${HEADER}
agreement "X" {
  provider Prov
  customer Cust
  calendar Night Mon-Sun 22:00-06:00

  service Mail "E-mail" {
    support Office
  }
  service Chat {
    support Office
  }

  obligation Forecast Cust "Deliver a forecast" as effort every quarter
  obligation Advice Prov "Advise" as effort every year

${body}
}
`;
const inService = (body: string) => inAgreement(`  service New {\n${body}\n  }`);
const inPriority = (body: string) => inService(`    priority P1 {\n${body}\n    }`);
const inKpi = (body: string) => inAgreement(`  kpi K {\n${body}\n  }`);
const inEscalation = (body: string) => inAgreement(`  escalation for Mail {\n${body}\n  }`);
const inEmergency = (body: string) => inAgreement(`  emergency for Mail {\n${body}\n  }`);
const inCredits = (body: string) => inAgreement(`  credits for Mail {\n${body}\n  }`);
const inParty = (body: string) => `${HEADER}\nparty New {\n${body}\n}\n`;
const atTop = (body: string) => `${HEADER}\n${body}\n`;

function complete(textWithCursor: string): CompletionOut[] {
  const offset = textWithCursor.indexOf(CURSOR);
  if (offset < 0 || textWithCursor.indexOf(CURSOR, offset + 1) >= 0) throw new Error('need exactly one cursor');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + CURSOR.length);
  return completions(analyzeFixture('completion.pledge', text), offset);
}
const labels = (items: CompletionOut[], kind?: string) => items.filter((i) => !kind || i.kind === kind).map((i) => i.label);

// ---------------------------------------------------------------------------

/** What each block offers at the start of a clause (its clause words, once each), as LANGUAGE.md lists them. */
const CLAUSES: Record<string, string[]> = {
  file: ['import', 'party', 'calendar', 'agreement'],
  party: ['contact'],
  agreement: ['provider', 'customer', 'version', 'effective', 'calendar', 'service', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'remedy', 'termination', 'change', 'review'],
  service: ['support', 'availability', 'maintenance', 'capacity', 'depends on', 'priority'],
  priority: ['respond', 'resolve', 'clock'],
  kpi: ['for', 'target', 'measured by', 'reported by'],
  escalation: ['level'],
  emergency: ['reachable', 'respond', 'precondition', 'afterwards'],
  credits: ['below', 'cap', 'claim', 'sole remedy'],
};

/** Clauses already written in BLOCK_TEXT that may appear only once, so are not offered again. */
const ALREADY: Record<string, string[]> = {
  agreement: ['provider', 'customer'],
  service: ['support'],
  priority: ['respond'],
  kpi: ['for'],
  emergency: ['respond'],
};

/** The clause words offered as snippets in each block. */
const SNIPPETS: Record<string, string[]> = {
  file: ['agreement', 'party', 'calendar', 'import'],
  party: ['contact'],
  agreement: ['service', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'termination', 'change', 'review', 'calendar'],
  service: ['priority'],
  priority: [],
  kpi: [],
  escalation: [],
  emergency: [],
  credits: [],
};

const BLOCK_TEXT: Record<string, string> = {
  file: atTop(CURSOR),
  party: inParty(`  contact A "a" role "x"\n  ${CURSOR}`),
  agreement: inAgreement(`  ${CURSOR}`),
  service: inService(`    support Office\n    ${CURSOR}`),
  priority: inPriority(`      respond within 1 hour\n      ${CURSOR}`),
  kpi: inKpi(`    for Mail\n    ${CURSOR}`),
  escalation: inEscalation(`    level 1 Duty after 0 minutes\n    ${CURSOR}`),
  emergency: inEmergency(`    respond within 30 minutes\n    ${CURSOR}`),
  credits: inCredits(`    below 99% credit 5%\n    ${CURSOR}`),
};

const expectedAt = (block: string) => CLAUSES[block]!.filter((w) => !(ALREADY[block] ?? []).includes(w));

describe('completion at the start of a clause', () => {
  it.each(Object.keys(CLAUSES))('offers exactly the clauses of a %s block, each once', (block) => {
    const items = complete(BLOCK_TEXT[block]!);
    expect(labels(items)).toEqual(expectedAt(block));
  });

  it.each(Object.keys(SNIPPETS))('offers the clauses of a %s block that have a snippet as snippets', (block) => {
    const items = complete(BLOCK_TEXT[block]!);
    expect(labels(items, 'snippet').sort()).toEqual(SNIPPETS[block]!.filter((w) => expectedAt(block).includes(w)).sort());
    expect(labels(items, 'keyword').sort()).toEqual(expectedAt(block).filter((w) => !SNIPPETS[block]!.includes(w)).sort());
  });

  it('offers a once-only clause again only while none is written', () => {
    expect(labels(complete(inPriority(`      ${CURSOR}`)))).toEqual(['respond', 'resolve', 'clock']);
    expect(labels(complete(inPriority(`      respond within 1 hour\n      resolve within 4 hours\n      clock from report\n      ${CURSOR}`)))).toEqual([]);
    // The clause at the cursor itself does not count.
    expect(labels(complete(inPriority(`      respond${CURSOR} within 1 hour`)))).toContain('respond');
  });

  it('offers the clause keywords of the enclosing block while a word is being typed', () => {
    expect(labels(complete(inPriority(`      res${CURSOR}`)))).toEqual(CLAUSES.priority);
    expect(labels(complete(inService(`    av${CURSOR}`)))).toEqual(CLAUSES.service);
  });

  it('documents the clause keywords', () => {
    const avail = complete(BLOCK_TEXT.service!).find((i) => i.label === 'availability')!;
    expect(avail.documentation).toMatch(/^\*\*.+\*\*\n\n./);
    expect(avail.detail).toBe('clause in service');
  });

  it('never offers a label twice', () => {
    const texts = [...Object.values(BLOCK_TEXT), ...CASES.map((c) => c[1])];
    for (const text of texts) {
      const got = labels(complete(text));
      expect(got.length, text).toBe(new Set(got).size);
    }
  });
});

// ---------------------------------------------------------------------------

type Case = [name: string, text: string, included: string[], excluded: string[]];

const PARTIES = ['Prov', 'Cust', 'Acme', 'Noordlicht'];
const CONTACTS = ['Duty', 'Regie', 'Prov.Desk', 'Cust.Desk'];
const CALENDARS = ['Office', 'Extended', 'RoundTheClock', 'Late', 'Night', '24x7', 'Mon-Fri 08:00-18:00'];
const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'business hours', 'business days'];

const CASES: Case[] = [
  // Parties.
  ['parties after provider', inAgreement(`  provider ${CURSOR}`), PARTIES, ['both', 'Office', 'Duty', 'support']],
  ['parties after a partly typed name', inAgreement(`  provider Pr${CURSOR}`), PARTIES, ['both', 'provider']],
  ['parties after customer', inAgreement(`  customer ${CURSOR}`), PARTIES, ['both', 'Mail']],
  ['parties after termination', inAgreement(`  termination ${CURSOR}`), PARTIES, ['both', 'notice']],
  ['parties after remedy', inAgreement(`  remedy ${CURSOR}`), PARTIES, ['both']],
  ['parties after remedy … to', inAgreement(`  remedy Cust to ${CURSOR}`), PARTIES, ['both', 'Duty']],
  ['parties after bought by', inService(`    capacity "10 seats" bought by ${CURSOR}`), PARTIES, ['both', 'support']],
  ['parties after reported by', inKpi(`    reported by ${CURSOR}`), PARTIES, ['both']],
  ['parties after reported by … to', inKpi(`    reported by Prov to ${CURSOR}`), PARTIES, ['both', 'Duty']],
  ['parties of an anonymous obligation', inAgreement(`  obligation ${CURSOR}`), PARTIES, ['Forecast']],
  ['both after change by', inAgreement(`  change by ${CURSOR}`), ['both', ...PARTIES], ['Office']],
  ['both after review every … by', inAgreement(`  review every quarter by ${CURSOR}`), ['both', ...PARTIES], ['week']],
  // Contacts.
  ['contacts of both parties after via', inEmergency(`    reachable 24x7 via ${CURSOR}`), CONTACTS, ['Desk', 'ServiceDesk', 'Prov', 'phone']],
  ['contacts after level 2', inEscalation(`    level 2 ${CURSOR}`), CONTACTS, ['Desk', 'DutyManager', 'minutes', 'hours']],
  ['contacts of a named party after `Acme.`', inEscalation(`    level 1 Acme.${CURSOR}`), ['ServiceDesk', 'DutyManager', 'ServiceManager', 'AccountDirector'], ['Duty', 'Regie', 'Prov.Desk']],
  ['contacts of a local party after `Cust.`', inEscalation(`    level 1 Cust.${CURSOR}`), ['Desk', 'Regie'], ['Duty', 'Cust.Desk']],
  ['channels after the contact', inEmergency(`    reachable 24x7 via Duty ${CURSOR}`), ['phone', 'email', 'portal', 'chat'], ['Duty', 'respond']],
  // Obligations and services.
  ['obligations after depends on', inService(`    depends on ${CURSOR}`), ['Forecast', 'Advice'], ['Mail', 'Prov', 'support']],
  ['`on` after depends', inService(`    depends ${CURSOR}`), ['on'], ['Forecast']],
  ['services after escalation for', inAgreement(`  escalation for ${CURSOR}`), ['Mail', 'Chat'], ['Forecast', 'Prov', 'Office']],
  ['services after a KPI’s for', inKpi(`    for ${CURSOR}`), ['Mail', 'Chat'], ['Forecast', 'target']],
  // Calendars.
  ['calendars after support, imported and agreement-level', inService(`    support ${CURSOR}`), CALENDARS, ['Prov', 'availability']],
  ['calendars after reachable', inEmergency(`    reachable ${CURSOR}`), CALENDARS, ['Duty']],
  ['calendars after maintenance', inService(`    maintenance ${CURSOR}`), CALENDARS, ['notice']],
  ['schedules only after a new calendar’s name', atTop(`calendar Weekend ${CURSOR}`), ['24x7', 'Mon-Fri 08:00-18:00'], ['Office', 'Late', 'timezone']],
  ['days after a day and a dash', inService(`    maintenance Sun-${CURSOR}`), ['Mon', 'Fri', 'Sun'], ['Office', '24x7']],
  ['no calendars after during support', inService(`    availability 99.9% per month during support ${CURSOR}`), ['measured by', 'excluding maintenance'], ['Office', '24x7']],
  ['no calendars after excluding maintenance', inService(`    availability 99.9% per month excluding maintenance ${CURSOR}`), ['measured by'], ['Office', '24x7']],
  // Values.
  ['units after a number', inPriority(`      respond within 4 ${CURSOR}`), UNITS, ['Duty', 'respond', 'week']],
  ['units after a notice period’s number', inAgreement(`  termination Prov notice 3 ${CURSOR}`), UNITS, ['Prov']],
  ['hours and days after business', inPriority(`      resolve within 2 business ${CURSOR}`), ['hours', 'days'], ['hour', 'minutes', 'weeks', 'business hours']],
  ['hour and day after 1 business', inPriority(`      resolve within 1 business ${CURSOR}`), ['hour', 'day'], ['hours', 'days']],
  ['singular units after 1', inPriority(`      respond within 1 ${CURSOR}`), ['minute', 'hour', 'business day'], ['hours', 'respond']],
  ['durations after respond within', inPriority(`      respond within ${CURSOR}`), ['15 minutes', '4 hours', '1 business day'], ['respond', 'resolve', 'clock', 'minutes']],
  ['durations after resolve within', inPriority(`      respond within 1 hour\n      resolve within ${CURSOR}`), ['4 hours', '1 business day'], ['resolve', 'clock']],
  ['durations after an emergency respond within', inEmergency(`    respond within ${CURSOR}`), ['15 minutes', '30 minutes'], ['reachable']],
  ['durations after a level’s after', inEscalation(`    level 2 Duty after ${CURSOR}`), ['0 minutes', '2 hours'], ['level', 'Duty']],
  ['durations after maintenance notice', inService(`    maintenance Sun 02:00-06:00 notice ${CURSOR}`), ['5 days', '2 weeks'], ['support', 'priority']],
  ['durations after termination notice', inAgreement(`  termination Prov notice ${CURSOR}`), ['3 months', '6 months'], ['review', 'Prov']],
  ['durations after claim within', inCredits(`    claim within ${CURSOR}`), ['30 days', '60 days'], ['below', 'cap']],
  ['durations after an obligation’s within', inAgreement(`  obligation Cust "Deliver" as result within ${CURSOR}`), ['5 business days'], ['review', 'Cust']],
  ['durations after max downtime', inService(`    availability 99.9% per month max downtime ${CURSOR}`), ['4 hours'], ['measured by']],
  ['only units after respond within 2', inPriority(`      respond within 2 ${CURSOR}`), UNITS, ['resolve', 'clock', '15 minutes', 'as']],
  ['parties for the second name of an obligation', inAgreement(`  obligation Backup ${CURSOR}`), PARTIES, ['Forecast', 'review']],
  ['`within` after respond', inPriority(`      respond ${CURSOR}`), ['within'], ['resolve', 'clock']],
  ['`for` after escalation', inAgreement(`  escalation ${CURSOR}`), ['for'], ['Mail', 'service']],
  ['`by` after change', inAgreement(`  change ${CURSOR}`), ['by'], ['both', 'review']],
  ['`to` after remedy and its party', inAgreement(`  remedy Prov ${CURSOR}`), ['to'], ['Cust', 'review']],
  ['`as result` / `as effort` after a resolve time, before the next clauses', inPriority(`      resolve within 4 hours ${CURSOR}`), ['as result', 'as effort', 'respond', 'clock'], ['resolve', 'hours']],
  ['no `as` on the next line', inPriority(`      resolve within 4 hours\n      ${CURSOR}`), ['respond', 'clock'], ['as result', 'as effort']],
  ['`by both` after a review’s period', inAgreement(`  review every quarter ${CURSOR}`), ['by both'], ['review']],
  ['nothing after a new service’s keyword', inAgreement(`  service ${CURSOR}`), [], ['service', 'Mail', 'provider']],
  ['periods after per', inService(`    availability 99.9% per ${CURSOR}`), ['week', 'month', 'quarter', 'year'], ['minutes', 'measured by']],
  ['periods after every', inAgreement(`  review every ${CURSOR}`), ['week', 'month', 'quarter', 'year'], ['both', 'days']],
  ['result and effort after as', inPriority(`      resolve within 4 hours as ${CURSOR}`), ['result', 'effort'], ['hours', 'respond']],
  ['when the clock starts', inPriority(`      clock from ${CURSOR}`), ['report', 'detection', 'diagnosis'], ['respond']],
  ['when downtime starts', inService(`    availability 99.9% per month downtime counted from ${CURSOR}`), ['detection', 'report'], ['diagnosis']],
  ['at least / at most after target', inKpi(`    target ${CURSOR}`), ['at least', 'at most'], ['for', 'least']],
  ['least / most after target at', inKpi(`    target at ${CURSOR}`), ['least', 'most'], ['at least']],
  ['remedy after sole', inCredits(`    sole ${CURSOR}`), ['remedy'], ['below', 'Prov']],
  // Availability options.
  ['availability options on the availability’s line', inService(`    availability 99.9% per month ${CURSOR}`), ['measured by', 'excluding maintenance', 'during support', 'max downtime', 'downtime counted from', 'support'], []],
  ['no availability options on the next line', inService(`    availability 99.9% per month\n    ${CURSOR}`), ['support', 'priority'], ['measured by', 'excluding maintenance', 'during support', 'max downtime']],
  ['no availability options in another service', inAgreement(`  service A {\n    availability 99.9% per month\n  }\n  service B {\n    ${CURSOR}\n  }`), ['support'], ['measured by']],
];

describe('completion in context', () => {
  it.each(CASES)('%s', (_name, text, included, excluded) => {
    const got = labels(complete(text));
    for (const label of included) expect(got, `expected ${label}`).toContain(label);
    for (const label of excluded) expect(got, `did not expect ${label}`).not.toContain(label);
  });

  it('marks the kind of each name', () => {
    const kinds = (text: string) => new Set(complete(text).map((i) => i.kind));
    expect(kinds(inAgreement(`  provider ${CURSOR}`))).toEqual(new Set(['party']));
    expect(kinds(inEmergency(`    reachable 24x7 via ${CURSOR}`))).toEqual(new Set(['contact']));
    expect(kinds(inService(`    depends on ${CURSOR}`))).toEqual(new Set(['obligation']));
    expect(kinds(inKpi(`    for ${CURSOR}`))).toEqual(new Set(['service']));
    expect(kinds(inPriority(`      respond within 4 ${CURSOR}`))).toEqual(new Set(['keyword']));
  });

  it('describes a contact with its party and fields, and a party with its title', () => {
    const duty = complete(inEscalation(`    level 2 ${CURSOR}`)).find((i) => i.label === 'Duty')!;
    expect(duty.detail).toBe('Prov — phone +31 6 5555 0101');
    const prov = complete(inAgreement(`  provider ${CURSOR}`)).find((i) => i.label === 'Prov')!;
    expect(prov.detail).toBe('Provider');
  });

  it('lists names before keywords', () => {
    const items = complete(inAgreement(`  change by ${CURSOR}`));
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    expect(sorted[0]!.label).toBe('both');
  });
});

// ---------------------------------------------------------------------------

/** A snippet body with every placeholder replaced by its default. */
function expand(body: string): string {
  const values = new Map<string, string>();
  const keep = (n: string, v: string) => {
    if (!values.has(n)) values.set(n, v);
    return values.get(n)!;
  };
  return body
    .replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_m, n: string, v: string) => keep(n, v))
    .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, v: string) => keep(n, v))
    .replace(/\$(\d+)/g, (_m, n: string) => values.get(n) ?? '');
}

describe('snippets', () => {
  const offered = Object.keys(SNIPPETS).flatMap((block) =>
    complete(BLOCK_TEXT[block]!)
      .filter((i) => i.snippet && i.kind === 'snippet')
      .map((item) => ({ block, item })),
  );
  const schedule = complete(inService(`    support ${CURSOR}`)).filter((i) => i.snippet);

  it('offers every snippet of the extension somewhere', () => {
    expect(new Set(offered.map((o) => o.item.detail))).toEqual(new Set(Object.keys(snippets)));
  });

  it.each(offered.map((o) => [o.item.label, o.block, o.item] as const))('`%s` in a %s block parses with its defaults', (_label, block, item) => {
    const withCursor = BLOCK_TEXT[block]!;
    const at = withCursor.indexOf(CURSOR);
    const text = withCursor.slice(0, at) + expand(item.insertText!) + withCursor.slice(at + CURSOR.length);
    expect(text).not.toMatch(/\$\{|\$\d/);
    expect(parse(text).errors).toEqual([]);
  });

  it('offers an office-hours schedule that parses after support', () => {
    expect(schedule.map((s) => s.label)).toEqual(['Mon-Fri 08:00-18:00']);
    const text = inService(`    support ${expand(schedule[0]!.insertText!)}`);
    expect(parse(text).errors).toEqual([]);
  });

  it('expands defaults the way an editor does', () => {
    expect(expand('as ${4|result,effort|} within ${1:2 hours}$0')).toBe('as result within 2 hours');
    expect(expand('provider ${2|Acme,Town|} and $2')).toBe('provider Acme and Acme');
  });

  it('fills the names of the file into the placeholders, so that every default resolves', () => {
    const agreement = complete(atTop(CURSOR)).find((i) => i.label === 'agreement')!;
    expect(agreement.insertText).toMatch(/provider \$\{2\|Prov,Cust,Noordlicht,Acme,[^}]*\|\}\n/);
    expect(agreement.insertText).toMatch(/customer \$\{3\|Cust,Prov,Noordlicht,Acme,[^}]*\|\}\n/);
    expect(agreement.insertText).toContain('termination $2 notice');
    const kpi = complete(inAgreement(`  ${CURSOR}`)).find((i) => i.label === 'kpi')!;
    expect(kpi.insertText).toContain('for ${3|Mail,Chat|}');
    expect(kpi.insertText).toMatch(/reported by \$\{8\|Prov,Cust,[^}]*\|\} to \$\{9\|Cust,[^}]*\|\}/);
    const emergency = complete(inAgreement(`  ${CURSOR}`)).find((i) => i.label === 'emergency')!;
    expect(emergency.insertText).toContain('via ${3|Prov.Desk,Duty|}');
  });

  it('uses the formatter’s two-space indentation', () => {
    for (const { item } of offered) {
      for (const line of item.insertText!.split('\n')) expect(line, item.label).toMatch(/^(?: {2})*(?! )/);
      expect(item.insertText).not.toContain('\t');
    }
  });
});

describe('snippets make healthy clauses', () => {
  const WATCHED = ['PL002', 'PL003', 'PL103', 'PL104', 'PL201', 'PL206', 'PL301'];
  const watched = (text: string) =>
    analyzeFixture('completion.pledge', text)
      .findings.filter((f) => WATCHED.includes(f.ruleId) || f.severity === 'error')
      .map((f) => `${f.ruleId} ${f.message}`);
  /** Inserts the snippet offered for `label` at the cursor, with its defaults. */
  const insert = (withCursor: string, label: string) => {
    const item = complete(withCursor).find((i) => i.label === label && i.snippet);
    if (!item) throw new Error(`no snippet ${label}`);
    const at = withCursor.indexOf(CURSOR);
    return withCursor.slice(0, at) + expand(item.insertText!) + withCursor.slice(at + CURSOR.length);
  };

  it('an agreement in an empty file declares its parties and has no findings', () => {
    const text = insert(CURSOR, 'agreement');
    expect(analyzeFixture('completion.pledge', text).findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('a service inserted in that agreement brings no warnings: round-the-clock support, an effort resolve, an escalation ladder', () => {
    const agreement = insert(CURSOR, 'agreement');
    const at = agreement.indexOf('\n\n  obligation');
    const text = insert(agreement.slice(0, at) + '\n  ' + CURSOR + agreement.slice(at), 'service');
    expect(text).toContain('escalation for Name {');
    expect(analyzeFixture('completion.pledge', text).findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('an agreement between declared parties names two different declared parties', () => {
    const text = insert(atTop(CURSOR), 'agreement');
    expect(text).toContain('provider Prov\n  customer Cust');
    expect(watched(text)).toEqual(watched(atTop('')));
  });

  it.each(['service', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'termination'])('`%s` in an agreement adds no unresolved name and no structural warning', (label) => {
    const base = inAgreement('');
    const before = watched(base).filter((f) => !f.startsWith('PL201') && !f.startsWith('PL206'));
    const after = watched(insert(inAgreement(`  ${CURSOR}`), label)).filter((f) => !f.startsWith('PL201') && !f.startsWith('PL206'));
    expect(after).toEqual(before);
  });
});

describe('a snippet placeholder selected for completion', () => {
  it('lists the parties on a selected `Provider` placeholder, and keeps them visible to the editor', () => {
    const items = complete(inAgreement(`  termination Provider${CURSOR} notice 90 days`));
    expect(labels(items)).toEqual(expect.arrayContaining(PARTIES));
    expect(items.every((i) => i.filterText?.startsWith('Provider '))).toBe(true);
  });

  it('lists the services on a selected `Service` placeholder', () => {
    expect(labels(complete(inAgreement(`  credits for Service${CURSOR} {\n  }`)))).toEqual(['Mail', 'Chat']);
  });

  it('leaves a word that is not a placeholder to the editor’s filter at the start of a clause', () => {
    expect(complete(inPriority(`      xyz${CURSOR}`)).every((i) => i.filterText === undefined)).toBe(true);
  });

  it('leaves filtering to the editor while a real name is typed', () => {
    const items = complete(inAgreement(`  provider Pr${CURSOR}`));
    expect(items.every((i) => i.filterText === undefined)).toBe(true);
  });
});

describe('import paths', () => {
  it('offers the workspace files relative to the importing file, without the file itself or what it imports', () => {
    const text = `import "../../../samples/parties.pledge"\nimport "${CURSOR}"\n`;
    const offset = text.indexOf(CURSOR);
    const clean = text.replace(CURSOR, '');
    const a = analyzeFixture('completion.pledge', clean);
    const files = ['samples/parties.pledge', 'samples/healthy.pledge', 'test/fixtures/features/other.pledge', 'test/fixtures/features/completion.pledge', 'README.md'].map((f) => path.join(REPO, f));
    a.model.listFiles = () => files;
    const items = completions(a, offset);
    expect(items.map((i) => i.label)).toEqual(['other.pledge', '../../../samples/healthy.pledge']);
    expect(items.every((i) => i.kind === 'file')).toBe(true);
    expect(items[0]!.replace).toEqual({ start: offset, end: offset });
  });

  it('replaces what is typed between the quotes', () => {
    const text = `import "../sam${CURSOR}ples"\n`;
    const offset = text.indexOf(CURSOR);
    const a = analyzeFixture('completion.pledge', text.replace(CURSOR, ''));
    a.model.listFiles = () => [path.join(REPO, 'samples/parties.pledge')];
    const items = completions(a, offset);
    expect(items.map((i) => i.label)).toEqual(['../../../samples/parties.pledge']);
    expect(items[0]!.replace).toEqual({ start: text.indexOf('../'), end: offset + 'ples'.length });
  });

  it('offers nothing when the host lists no files', () => {
    expect(complete(`import "${CURSOR}"\n`)).toEqual([]);
  });
});
