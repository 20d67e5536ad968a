// Inputs the fuzz campaign (`npm run fuzz`) once failed on, kept in
// test/fixtures/fuzz/ and replayed through the campaign's own properties, with
// the behaviour each fix settled.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../harness/analyze';
import { analyzeInput, checkFixes } from '../fuzz/properties';

const dir = path.join(REPO, 'test/fixtures/fuzz');
const inputs = readdirSync(dir).filter((n) => n.endsWith('.pledge'));

describe('fuzz regressions keep every property', () => {
  it('has inputs', () => expect(inputs.length).toBeGreaterThanOrEqual(3));
  it.each(inputs)('%s', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const analysis = analyzeInput(text);
    expect(analysis.internalErrors).toEqual([]);
    expect(() => checkFixes(text, analysis)).not.toThrow();
  });
});

const PARTIES = 'party Acme "Acme" {\n  contact Desk "Desk" phone "+31 20 555 0100"\n}\n';

describe('the fixes settled by them', () => {
  it('an ambiguous contact is qualified, once per party that has it, never declared again', () => {
    const text = `${PARTIES}party Town "Town" {\n  contact Desk "Town desk"\n}\nagreement "A" {\n  provider Acme\n  customer Town\n  service Web { support 24x7 }\n  escalation for Web {\n    level 1 Desk after 0 minutes\n  }\n}\n`;
    const [finding, ...rest] = analyzeInput(text).findings.filter((f) => f.ruleId === 'PL002');
    expect(rest).toEqual([]);
    expect(finding!.message).toContain('ambiguous');
    expect(finding!.fixes.map((f) => [f.title, f.edits.map((e) => e.newText)])).toEqual([
      ['Write `Acme.Desk`', ['Acme.Desk']],
      ['Write `Town.Desk`', ['Town.Desk']],
    ]);
  });

  it('a party that is provider and customer is named once', () => {
    const text = `${PARTIES}agreement "A" {\n  provider Acme\n  customer Acme\n  service Web { support 24x7 }\n  escalation for Web {\n    level 1 Regie after 0 minutes\n  }\n}\n`;
    const messages = analyzeInput(text).findings.filter((f) => f.ruleId === 'PL002').map((f) => f.message);
    expect(messages).toEqual(['contact `Regie` is not a contact of `Acme`']);
  });

  it('a service declared twice gets no emergency or escalation skeleton, its duplicate is reported', () => {
    const service = (p: string) => `  service Mail {\n    support Mon-Fri 08:00-18:00\n    priority P1 { respond within ${p} resolve within 4 hours }\n  }\n`;
    const text = `${PARTIES}party Town "Town"\nagreement "A" {\n  provider Acme\n  customer Town\n${service('15 minutes')}${service('30 minutes')}}\n`;
    const findings = analyzeInput(text).findings;
    expect(findings.filter((f) => f.ruleId === 'PL003')).toHaveLength(1);
    for (const id of ['PL201', 'PL206']) {
      const mine = findings.filter((f) => f.ruleId === id);
      expect(mine, id).toHaveLength(2);
      expect(mine.flatMap((f) => f.fixes), id).toEqual([]);
    }
    // With the duplicate renamed, both skeletons are offered again.
    const renamed = analyzeInput(text.replace(/service Mail \{([^]*?)service Mail/, 'service Mail {$1service Mail2')).findings;
    for (const id of ['PL201', 'PL206']) {
      expect(renamed.filter((f) => f.ruleId === id).every((f) => f.fixes.length === 1), id).toBe(true);
    }
  });
});
