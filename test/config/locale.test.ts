// Configuration problems in English and Dutch: every problem `.pledgerc.json`
// can have, worded in the current locale (a reviewed golden per language),
// the same places in both, and cached problems re-worded when the locale
// changes.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../server/src/cli/check';
import { ConfigLoader, parseConfigText } from '../../server/src/engine/config';
import { withLocale, type Locale } from '../../server/src/i18n';
import { RULES } from '../../server/src/rules/registry';
import { expectGolden } from '../harness/golden';

const REPO = path.resolve(__dirname, '../..');
const FIXTURES = path.join(REPO, 'test/fixtures/config');
const GOLDEN = path.join(__dirname, 'golden');
const STRUCTURE = RULES.filter((r) => r.family === 'structure');

/** One configuration text per kind of problem (option values are the rules' own texts, tested with them). */
const CASES: string[] = [
  '{ "rules": { "PL008": "warning", }',
  '{ "rules" "x" }',
  '[1 2]',
  '{ "a": tru }',
  '{} x',
  '"abc',
  '"a\\x"',
  '"a\tb"',
  '',
  '[]',
  '{ "extends": 7 }',
  '{ "extends": ["recommended", null, ""] }',
  '{ "plugins": [] }',
  '{ "rules": true }',
  '{ "rules": { "PL999": "error" } }',
  '{ "rules": { "PL008": "hint", "unused-suppression": "off" } }',
  '{ "rules": { "PL008": [] } }',
  '{ "rules": { "PL008": ["error", {}, 3] } }',
  '{ "rules": { "PL008": 2 } }',
  '{ "rules": { "PL008": "loud" } }',
  '{ "rules": { "PL008": [false] } }',
  '{ "rules": { "PL001": "off" } }',
  '{ "rules": { "PL008": ["error", 5] } }',
  '{ "rules": { "PL008": ["error", { "nope": 1 }] } }',
  '{ "rules": { "PL102": ["error", { "treshold": 99 }] } }',
];

function problems(locale: Locale): string {
  return withLocale(locale, () =>
    CASES.map((text) => {
      const lines = parseConfigText(text, 'c.json').problems.map((p) => `  ${p.line}:${p.column}${p.fatal ? ' (fatal)' : ''}  ${p.message}`);
      return [JSON.stringify(text), ...lines].join('\n');
    }).join('\n\n') + '\n',
  );
}

describe('configuration problems in English and Dutch', () => {
  it('every kind of problem, worded per locale (golden)', () => {
    expectGolden(path.join(GOLDEN, 'problems.en.txt'), problems('en'));
    expectGolden(path.join(GOLDEN, 'problems.nl.txt'), problems('nl'));
  });

  it('the same problems at the same places in both languages, and every text translated', () => {
    const shape = (locale: Locale) => withLocale(locale, () => CASES.map((text) => parseConfigText(text, 'c.json').problems));
    const en = shape('en');
    const nl = shape('nl');
    expect(nl.map((ps) => ps.map(({ message: _m, ...p }) => p))).toEqual(en.map((ps) => ps.map(({ message: _m, ...p }) => p)));
    const same = nl.flat().filter((p, i) => p.message === en.flat()[i]!.message);
    expect(same).toEqual([]);
  });

  it('pledge check prints the problems of a configuration in Dutch', () => {
    const r = withLocale('nl', () =>
      runCheck(['project/stale.pledge'], FIXTURES, { format: 'json', quiet: false, color: false, rules: STRUCTURE, config: 'samples/invalid.json' }),
    );
    expect(r.exitCode).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'pledge: samples/invalid.json:2:14: "extends": verwacht "recommended", "strict" of een relatief pad naar een .pledgerc.json, gevonden: een getal',
      'pledge: samples/invalid.json:4:5: "rules": onbekende regel "PL999"',
      'pledge: samples/invalid.json:5:14: "PL008": ongeldige ernst "loud" (verwacht error, warning, info, hint, off)',
      'pledge: samples/invalid.json:6:26: "PL003": onbekende optie "nope" (PL003 heeft geen opties)',
      'pledge: samples/invalid.json:8:3: onbekende sleutel "plugins" (verwacht "extends" of "rules")',
    ]);
  });

  it('a configuration that is not JSON stops with its position, in Dutch', () => {
    const r = withLocale('nl', () => runCheck(['broken/stale.pledge'], FIXTURES, { format: 'json', quiet: false, color: false, rules: STRUCTURE }));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'pledge: broken/.pledgerc.json:4:1: ongeldige JSON: verwacht een sleutel tussen dubbele aanhalingstekens, gevonden: het einde van het bestand\n',
    );
    const missing = withLocale('nl', () => runCheck(['project/stale.pledge'], FIXTURES, { format: 'json', quiet: false, color: false, config: 'nope.json' }));
    expect(missing.stderr).toBe('pledge: nope.json: kan het bestand niet lezen\n');
  });

  it('extends problems in Dutch: unknown preset, missing file, cycle', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledge-locale-'));
    try {
      fs.writeFileSync(path.join(dir, '.pledgerc.json'), '{ "extends": ["loose", "./missing.json", "./b.json"] }');
      fs.writeFileSync(path.join(dir, 'b.json'), '{ "extends": "./.pledgerc.json" }');
      const loaded = withLocale('nl', () => new ConfigLoader().load(path.join(dir, '.pledgerc.json')));
      const base = path.basename(dir);
      expect(loaded.problems.map((p) => p.message)).toEqual([
        '"extends": onbekende voorinstelling "loose" (verwacht "recommended" of "strict", of een relatief pad zoals "../.pledgerc.json")',
        `"extends": kan "./missing.json" niet vinden (gezocht naar ${path.join(dir, 'missing.json')})`,
        `"extends": "./.pledgerc.json" vormt een kring (${base}/.pledgerc.json → ${base}/b.json → ${base}/.pledgerc.json); genegeerd`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('a loader re-words the problems it cached when the locale changes', () => {
    const loader = new ConfigLoader();
    const file = path.join(FIXTURES, 'samples/invalid.json');
    const first = (locale: Locale) => withLocale(locale, () => loader.load(file).problems[1]!.message);
    expect(first('en')).toBe('"rules": unknown rule "PL999"');
    expect(first('nl')).toBe('"rules": onbekende regel "PL999"');
    expect(first('en')).toBe('"rules": unknown rule "PL999"');
  });
});
