import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hover } from '../../server/src/features/hover';
import { KEYWORDS, explainKeyword } from '../../server/src/features/keywords';
import { keywords } from '../../server/src/syntax/tokens';
import { findRule } from '../../server/src/rules/registry';
import { docsUrl } from '../../server/src/rules/docs';
import { REPO } from '../harness/analyze';
import { analyzeFixture, offsetOf } from './util';

const office = analyzeFixture('office.pledge');
const text = office.text;
const hoverAt = (context: string, inner?: string, nth = 0) => hover(office, offsetOf(text, context, inner, nth));
const md = (context: string, inner?: string, nth = 0) => hoverAt(context, inner, nth)?.markdown ?? '';
/** The explanation of a hover: the section that is neither the findings (first) nor their details (last). */
const explanation = (m: string) => m.split('\n\n---\n\n').find((s) => !/^- \*\*PL\d{3}\*\*/.test(s) && !s.startsWith('**Details**')) ?? '';

describe('keyword explanations', () => {
  it.each(Object.keys(keywords))('has an entry for `%s`', (word) => {
    const doc = KEYWORDS[word];
    expect(doc?.title.length).toBeGreaterThan(0);
    expect(doc?.body.length).toBeGreaterThan(10);
  });

  it('explains result and effort obligations with the Dutch terms', () => {
    for (const word of ['as', 'result', 'effort']) {
      expect(KEYWORDS[word]!.body).toContain('resultaatverplichting');
      expect(KEYWORDS[word]!.body).toContain('inspanningsverplichting');
    }
  });

  it('reads a word in the clause it sits in', () => {
    expect(explainKeyword('diagnosis', 'Clock')!.title).toContain('clock from diagnosis');
    expect(explainKeyword('remedy', 'SoleRemedy')!.title).toContain('sole remedy');
    expect(explainKeyword('remedy', 'Remedy')!.title).toContain('remedy: compensation');
    expect(explainKeyword('remedy')!.title).toBe(KEYWORDS.remedy!.title);
  });
});

describe('hover on keywords', () => {
  it.each([
    ['as effort', 'effort', 'effort obligation (inspanningsverplichting)'],
    ['as effort', 'as', 'as result / as effort'],
    ['as result', 'result', 'result obligation (resultaatverplichting)'],
    ['clock from diagnosis', 'diagnosis', 'clock from diagnosis'],
    ['clock from diagnosis', 'clock', 'clock from'],
    ['sole remedy', 'sole', 'sole remedy'],
    ['sole remedy', 'remedy', 'sole remedy'],
    ['remedy Utrecht', 'remedy', 'remedy: compensation'],
    ['credits for', 'credits', 'credits: money back'],
    ['notice 3 months', 'notice', 'notice period'],
  ])('`%s` at `%s` explains "%s" in a bold first line', (context, inner, title) => {
    const h = hoverAt(context, inner)!;
    expect(explanation(h.markdown).split('\n')[0]).toMatch(/^\*\*.+\*\*/);
    expect(explanation(h.markdown).split('\n')[0]).toContain(title);
    const start = offsetOf(text, context, inner);
    expect(h.span).toEqual({ start, end: start + inner.length });
  });

  it('explains `emergency` as who answers the phone on Saturday night', () => {
    expect(KEYWORDS.emergency!.title).toContain('Saturday night');
  });
});

describe('hover on availability', () => {
  it('gives the downtime budget per period for 99.9% per month', () => {
    const m = md('99.9% per month', '99.9%');
    expect(m).toContain('99.9% per month allows **43.2 min** of downtime per month');
    expect(m).toMatch(/\| week \| 10\.1 min \|/);
    expect(m).toMatch(/\| \*\*month\*\* \| 43\.2 min \|/);
    expect(m).toMatch(/\| quarter \| 2 h 9\.6 min \|/);
    expect(m).toMatch(/\| year \| 8 h 45\.6 min \|/);
  });

  it('gives the same budget on the period word', () => {
    expect(md('99.9% per month', 'month')).toContain('**43.2 min**');
  });

  it('takes the budget over support time for `during support`', () => {
    // 1% of 50 h of support per week = 30 min per week.
    const m = md('99% per week during support', '99%');
    expect(m).toContain('allows **30 min** of downtime per week of support time (50 h of support per week)');
  });
});

describe('hover on durations', () => {
  it('gives nominal and worst-case minutes of a business day on the calendar', () => {
    const m = md('respond within 1 business day', '1 business day');
    expect(m).toContain('600 min');
    expect(m).toContain('**72 h**');
    expect(m).toContain('Office: Mon-Fri 08:00-18:00');
    const h = hoverAt('respond within 1 business day', 'day')!;
    const start = offsetOf(text, 'respond within 1 business day', '1');
    expect(h.span).toEqual({ start, end: start + '1 business day'.length });
  });

  it('gives business hours their worst case too', () => {
    // 2 business hours from Fri 17:00: 1 h on Friday, 1 h on Monday morning → 64 h.
    const m = md('2 business hours');
    expect(m).toContain('120 min');
    expect(m).toContain('**64 h**');
  });

  it('gives a plain duration its minutes only', () => {
    const m = md('resolve within 4 hours', '4 hours');
    expect(m).toContain('240 min (4 h)');
    expect(m).not.toContain('worst case');
  });

  it('gives an obligation deadline outside a service its nominal length only', () => {
    const m = md('as result within 1 business day', '1 business day');
    expect(m).toContain('= 1440 min');
    expect(m).not.toMatch(/worst case/i);
  });
});

describe('hover on schedules and calendars', () => {
  it('gives a calendar its cover per week and longest gap', () => {
    for (const m of [md('calendar Office', 'Office'), md('support Office', 'Office')]) {
      expect(m.split('\n')[0]).toContain('calendar `Office`');
      expect(m).toContain('**50 h** of cover per week');
      expect(m).toContain('Longest gap: **62 h** (Fri 18:00 → Mon 08:00)');
    }
  });

  it('shows the hours, time zone and holidays of an imported calendar', () => {
    const t = 'import "../../../samples/parties.pledge"\nagreement "A" {\n  calendar Late Extended\n  service S {\n    support Office\n  }\n}\n';
    const a = analyzeFixture('imported.pledge', t);
    const office = hover(a, offsetOf(t, 'support Office', 'Office'))!.markdown;
    expect(office.split('\n')[0]).toBe('**calendar `Office`** — Mon-Fri 08:00-18:00');
    expect(office).toContain('Time zone: Europe/Amsterdam.');
    expect(office).toContain('Public holidays of NL');
    expect(office).toMatch(/Longest gap: \*\*\d+ h\*\*/);
    const late = hover(a, offsetOf(t, 'calendar Late', 'Late'))!.markdown;
    expect(late.split('\n')[0]).toBe('**calendar `Late`** — Extended (Mon-Fri 07:00-23:00, Sat 09:00-17:00)');
    expect(late).toContain('Time zone: Europe/Amsterdam.');
  });

  it('gives a written schedule the same numbers', () => {
    const m = md('Mon-Fri 08:00-18:00', '08:00');
    expect(m).toContain('**50 h** of cover per week');
    expect(m).toContain('**62 h**');
  });

  it('names the holiday country of a calendar and lengthens the gap by its holidays', () => {
    const t = 'calendar Office Mon-Fri 08:00-18:00 holidays "NL"\nagreement "A" { effective 2026-01-01 until 2026-12-31 calendar Local Office }\n';
    const a = analyzeFixture('holidays.pledge', t);
    const m = hover(a, offsetOf(t, 'Local Office', 'Office'))!.markdown;
    expect(m).toContain('Public holidays of NL');
    expect(m).toContain('**86 h**');
    expect(m).toContain('Easter Monday');
  });
});

describe('hover on names', () => {
  it('sums up what a party owes and its contacts', () => {
    const m = md('party Acme', 'Acme');
    expect(m.split('\n')[0]).toBe('**party `Acme`** — "Acme Managed Services"');
    expect(m).toContain('Provider in "Mail 2026": owes **2** obligations (0 explicit, 2 from services and reported KPIs)');
    expect(m).toContain('`Desk` "Service desk" — phone +31 20 555 0100, email desk@acme.example');
  });

  it('lists the explicit obligations of a party at a reference', () => {
    const m = md('customer Utrecht', 'Utrecht');
    expect(m).toContain('Customer in "Mail 2026": owes **1** obligation.');
    expect(m).toContain('`Access`: "Grant remote access" (result obligation), within 1 business day');
  });

  it('gives a contact its fields and party', () => {
    const m = md('contact Desk', 'Desk');
    expect(m).toContain('Contact of party `Acme`');
    expect(m).toContain('phone: +31 20 555 0100');
  });

  it('places a priority in its order with its times', () => {
    const p1 = md('priority P1', 'P1');
    expect(p1).toContain('Priority 1 of 2 of service `Mail` — the top priority');
    expect(p1).toContain('respond within 1 business day: 600 min (worst case 72 h on the clock)');
    expect(p1).toContain('resolve within 4 hours as effort: 240 min');
    expect(p1).toContain('clock from diagnosis');
    expect(md('priority P2', 'P2')).toContain('Priority 2 of 2');
  });

  it('sums up a service', () => {
    const m = md('credits for Mail', 'Mail');
    expect(m.split('\n')[0]).toBe('**service `Mail`** — "E-mail"');
    expect(m).toContain('availability 99.9% per month: 43.2 min of downtime per month');
    expect(m).toContain('2 priorities (top: `P1`)');
  });

  it('explains an obligation', () => {
    const m = md('obligation Access', 'Access');
    expect(m.split('\n')[0]).toBe('**obligation `Access`** of `Utrecht`');
    expect(m).toContain('resultaatverplichting');
  });
});

describe('hover on findings', () => {
  it('puts each finding first on one line, and its rule, why, docs link and fixes in the details below', () => {
    // Mail has no emergency clause: PL201 sits on its name.
    const offset = offsetOf(text, 'service Mail', 'Mail');
    const finding = office.findings.find((f) => f.ruleId === 'PL201' && f.span.start === offset)!;
    expect(finding).toBeDefined();
    const m = hover(office, offset)!.markdown;
    const [findings, main, details] = m.split('\n\n---\n\n');
    expect(findings).toContain(`- **PL201** ${finding.message}`);
    expect(main).toContain('**service `Mail`**');
    expect(details).toMatch(/^\*\*Details\*\*\n\n- `PL201 missing-emergency`/);
    expect(details).toContain(findRule('PL201')!.why);
    expect(details).toContain(`(${docsUrl('PL201')})`);
    expect(details).toContain(`Quick fix: *${finding.fixes[0]!.title}*`);
  });

  it('keeps a hover with several findings short: one line per finding before anything else', () => {
    const t = [
      'party A "A" {\n  contact D "D" phone "1"\n}',
      'party B "B"',
      'agreement "X" {',
      '  provider A',
      '  customer B',
      '  service S {',
      '    support Mon-Fri 08:00-18:00',
      '    availability 99.99% per month',
      '    priority P1 {',
      '      resolve within 4 hours',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const a = analyzeFixture('many.pledge', t);
    const offset = offsetOf(t, '99.99%');
    const here = a.findings.filter((f) => f.span.start <= offset && offset <= f.span.end);
    expect(here.length).toBeGreaterThanOrEqual(3);
    const m = hover(a, offset)!.markdown;
    const first = m.split('\n\n---\n\n')[0]!.split('\n');
    expect(first).toEqual([...new Set(here.map((f) => `- **${f.ruleId}** ${f.message}`))]);
    expect(m.indexOf('**Availability 99.99% per month**')).toBeGreaterThan(m.indexOf(here[0]!.message));
    expect(m.lastIndexOf('**Details**')).toBeGreaterThan(m.indexOf('**Availability'));
  });

  it('gives nothing where there is nothing to explain', () => {
    const offset = offsetOf(text, '{\n  contact Desk', '{');
    expect(office.findings.some((f) => f.span.start <= offset && offset <= f.span.end)).toBe(false);
    expect(hover(office, offset)).toBeUndefined();
  });
});

describe('hover on the language example', () => {
  it('explains every keyword token of the example', () => {
    const t = fs.readFileSync(path.join(REPO, 'test/fixtures/language/complete-example.pledge'), 'utf8');
    const a = analyzeFixture('complete-example.pledge', t);
    const missing = a.parsed.tokens
      .filter((tok) => tok.tokenType.CATEGORIES?.some((c) => c.name === 'Keyword'))
      .filter((tok) => !explanation(hover(a, tok.startOffset)?.markdown ?? '').startsWith('**'))
      .map((tok) => `${tok.image}@${tok.startOffset}`);
    expect(missing).toEqual([]);
  });
});
