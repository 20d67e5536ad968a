import { describe, it, expect } from 'vitest';
import { completions, type CompletionOut } from '../../server/src/features/completion';
import { parse } from '../../server/src/syntax/parse';
import snippets from '../../grammar/snippets.json';
import { analyzeFixture } from './util';

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

/** The clause keywords of each block, as LANGUAGE.md lists them. */
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

/** The snippets offered at the start of a clause in each block (by prefix). */
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

describe('completion at the start of a clause', () => {
  it.each(Object.keys(CLAUSES))('offers exactly the clause keywords of a %s block', (block) => {
    const items = complete(BLOCK_TEXT[block]!);
    expect(labels(items, 'keyword').sort()).toEqual([...CLAUSES[block]!].sort());
    const others = Object.entries(CLAUSES)
      .filter(([b]) => b !== block)
      .flatMap(([, words]) => words)
      .filter((w) => !CLAUSES[block]!.includes(w));
    expect(labels(items).filter((l) => others.includes(l))).toEqual([]);
  });

  it.each(Object.keys(SNIPPETS))('offers exactly the snippets that belong in a %s block', (block) => {
    const items = complete(BLOCK_TEXT[block]!);
    expect(labels(items, 'snippet').sort()).toEqual(SNIPPETS[block]!.map((p) => `${p} …`).sort());
  });

  it('offers the clause keywords of the enclosing block while a word is being typed', () => {
    expect(labels(complete(inPriority(`      res${CURSOR}`)), 'keyword')).toEqual(CLAUSES.priority);
    expect(labels(complete(inService(`    av${CURSOR}`)), 'keyword')).toEqual(CLAUSES.service);
  });

  it('documents the clause keywords', () => {
    const support = complete(BLOCK_TEXT.service!).find((i) => i.label === 'support')!;
    expect(support.documentation).toMatch(/^\*\*.+\*\*\n\n./);
    expect(support.detail).toBe('clause in service');
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
  ['hours and days after business', inPriority(`      resolve within 1 business ${CURSOR}`), ['hours', 'days'], ['minutes', 'weeks', 'business hours']],
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
  return body
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
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
  });
});
