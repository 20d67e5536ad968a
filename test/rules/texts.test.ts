// The texts of the rules come from the message catalogues, in English and
// Dutch: descriptions, reasons and option descriptions follow the current
// locale, and no rule writes a message or fix title as a literal.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage, translate, withLocale } from '../../server/src/i18n/index';
import { vowelSound } from '../../server/src/rules/messages';
import { optionValue } from '../../server/src/rules/options';
import { RULES } from '../../server/src/rules/registry';
import { defineRule } from '../../server/src/rules/types';
import { REPO } from '../harness/analyze';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('rule texts', () => {
  it.each(RULES.map((r) => [r.id, r]))('%s: description, why and options come from both catalogues', (id, rule) => {
    const keys = [`rules.${id}.description`, `rules.${id}.why`, ...Object.keys(rule.options).map((o) => `rules.${id}.option.${o}`)];
    for (const key of keys) {
      expect(hasMessage(key), key).toBe(true);
      if (!hasMessage(key)) continue;
      expect(translate('nl', key), key).not.toBe(translate('en', key));
    }
    expect(withLocale('en', () => rule.description)).toBe(translate('en', `rules.${id}.description` as never));
    expect(withLocale('nl', () => rule.description)).toBe(translate('nl', `rules.${id}.description` as never));
    expect(withLocale('nl', () => rule.why)).toBe(translate('nl', `rules.${id}.why` as never));
    for (const [name, spec] of Object.entries(rule.options)) {
      expect(withLocale('nl', () => spec.description)).toBe(translate('nl', `rules.${id}.option.${name}` as never));
    }
  });

  it('reads the description in the locale current when it is read', () => {
    const rule = RULES.find((r) => r.id === 'PL202')!;
    const en = rule.description;
    const nl = withLocale('nl', () => rule.description);
    expect(en).toBe("An emergency clause's `reachable` schedule adds no time beyond the service's support schedule.");
    expect(nl).not.toBe(en);
    expect({ ...rule }.description).toBe(en);
  });

  it('keeps a description given as text', () => {
    const rule = defineRule({
      id: 'PLX01',
      name: 'given-texts',
      family: 'balance',
      severity: 'info',
      description: 'Given.',
      why: 'Because.',
      tags: [],
      options: { n: { type: 'number', default: 1, description: 'A number.' } },
      check() {},
    });
    expect(withLocale('nl', () => [rule.description, rule.why, rule.options.n!.description])).toEqual(['Given.', 'Because.', 'A number.']);
  });

  it('falls back to the key for a rule the catalogue does not know', () => {
    const rule = defineRule({ id: 'PLX02', name: 'unknown', family: 'balance', severity: 'info', tags: [], options: {}, check() {} });
    expect(rule.description).toBe('rules.PLX02.description');
  });

  it('explains a bad option value in the current locale', () => {
    const spec = { type: 'duration', default: '30 days', description: '' } as const;
    expect(optionValue(spec, 'soon')).toEqual({ error: 'expected a duration such as "30 days" or "4 hours"' });
    expect(withLocale('nl', () => optionValue(spec, 'soon'))).toEqual({ error: 'verwacht een duur zoals "30 days" of "4 hours"' });
  });

  it('no rule file writes a message or fix title as a literal', () => {
    const offenders: string[] = [];
    for (const file of walk(path.join(REPO, 'server/src/rules'))) {
      const text = readFileSync(file, 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/\b(message|title|description|why)\s*:\s*['"`]/.test(line)) offenders.push(`${path.relative(REPO, file)}:${i + 1}: ${line.trim()}`);
        if (/\barticle\(/.test(line)) offenders.push(`${path.relative(REPO, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('message branches the samples do not reach', () => {
  it.each([
    ['rules.PL005.noProvider', { titled: 'no', title: '' }, 'agreement names no `provider`', 'de overeenkomst noemt geen leverancier (`provider`)'],
    ['rules.PL110.kpi', { named: 'no', name: '' }, 'this KPI has no `measured by`: say whose measurement counts', 'bij deze KPI staat geen `measured by`: leg vast wiens meting telt'],
    [
      'rules.PL106.message',
      { max: '3 hours', maxMinutes: '180 min', budget: '0 min', promise: '100% per month', share: 'none', ratio: '0', percent: '0' },
      '`max downtime 3 hours` (180 min) differs from the 0 min that 100% per month allows; state one number',
      '`max downtime 3 hours` (180 min) wijkt af van de 0 min die 100% per month toestaat; noem één getal',
    ],
    [
      'rules.PL209.message',
      { count: 2, provider: 'Acme', names: '`Desk`, `Duty`', named: 'no', customer: '' },
      'all 2 escalation levels are contacts of the provider `Acme` (`Desk`, `Duty`): the customer never sits at the table',
      'beide escalatieniveaus zijn contactpersonen van leverancier `Acme` (`Desk`, `Duty`): de opdrachtgever zit nooit aan tafel',
    ],
    [
      'rules.PL104.message',
      { supported: 'no', vowel: 'yes', gap: '86 h gap (Fri 18:00 → Tue 08:00)', budget: '43.2 min', period: 'month' },
      'without a `support` clause, the service leaves an 86 h gap (Fri 18:00 → Tue 08:00) with no emergency cover; the budget is 43.2 min per month',
      'zonder `support`-bepaling laat de dienst een 86 h gap (Fri 18:00 → Tue 08:00) open waarin niemand voor calamiteiten bereikbaar is; de toegestane storingstijd is 43.2 min per month',
    ],
  ])('%s %j', (key, params, en, nl) => {
    expect(translate('en', key as never, params)).toBe(en);
    expect(translate('nl', key as never, params)).toBe(nl);
  });
});

describe('vowelSound', () => {
  it.each([
    ['86 h gap (Fri 18:00 → Mon 08:00)', 'yes'],
    ['8 h gap', 'yes'],
    ['11 h gap', 'yes'],
    ['18.5 h gap', 'yes'],
    ['11,000 min', 'yes'],
    ['gat van 86 u', 'yes'],
    ['62 h gap', 'no'],
    ['110 h gap', 'no'],
    ['1 min gap', 'no'],
    ['168 h gap (the whole week)', 'no'],
    ['', 'no'],
  ])('%s → %s', (text, expected) => {
    expect(vowelSound(text)).toBe(expected);
  });
});
