// Options of the balance rules, given through settings, change what is reported.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, REPO } from '../harness/analyze';
import type { RuleSettings } from '../../server/src/engine/analyze';

const FILE = path.join(REPO, 'test/fixtures/rules/PL3-options.pledge');
const DAY = 1440;

function findings(ruleId: string, text: string, options?: Record<string, number>): string[] {
  const settings: RuleSettings | undefined = options ? { rules: new Map([[ruleId, { options }]]) } : undefined;
  return analyzeText(FILE, text, settings)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => f.message);
}

function claimWithin(duration: string): string {
  return `import "../shared/parties.pledge"
agreement "Hosting 2026" {
  provider Acme
  customer HetAnker
  service Hosting {
    support 24x7
    availability 99.5% per month measured by "Acme monitoring"
  }
  credits for Hosting {
    below 99.5% credit 5%
    claim within ${duration}
  }
}
`;
}

function obligations(provider: number, customer: number): string {
  const lines = [
    ...Array.from({ length: provider }, (_, i) => `  obligation Acme "Provider duty ${i + 1}" as effort every quarter`),
    ...Array.from({ length: customer }, (_, i) => `  obligation HetAnker "Customer duty ${i + 1}" as effort every quarter`),
  ];
  return `import "../shared/parties.pledge"
agreement "Migration 2026" {
  provider Acme
  customer HetAnker
${lines.join('\n')}
}
`;
}

describe('PL308 min-claim', () => {
  it.each([
    // [claim within, min-claim in minutes (undefined: the default of 30 days), fires]
    ['29 days', undefined, true],
    ['30 days', undefined, false],
    ['14 days', 7 * DAY, false],
    ['6 days', 7 * DAY, true],
    ['30 days', 45 * DAY, true],
    ['45 days', 45 * DAY, false],
  ] as const)('claim within %s with min-claim %s minutes: fires %s', (duration, min, fires) => {
    const found = findings('PL308', claimWithin(duration), min === undefined ? undefined : { 'min-claim': min });
    expect(found.length).toBe(fires ? 1 : 0);
  });

  it('names the configured minimum in the message', () => {
    const [message] = findings('PL308', claimWithin('30 days'), { 'min-claim': 45 * DAY });
    expect(message).toContain('less than the 45 d');
  });
});

describe('PL311 ratio', () => {
  it.each([
    // [provider obligations, customer obligations, ratio (undefined: the default of 5), fires]
    [1, 5, undefined, true],
    [1, 4, undefined, false],
    [1, 3, 3, true],
    [1, 2, 3, false],
    [6, 1, 7, false],
    [7, 1, 7, true],
    [0, 9, 2, false],
  ] as const)('%s against %s with ratio %s: fires %s', (p, c, ratio, fires) => {
    const found = findings('PL311', obligations(p, c), ratio === undefined ? undefined : { ratio });
    expect(found.length).toBe(fires ? 1 : 0);
  });

  it('names both counts and the configured ratio in the message', () => {
    const [message] = findings('PL311', obligations(1, 3), { ratio: 2.5 });
    expect(message).toContain('has 3 explicit obligations');
    expect(message).toContain('`Acme` 1');
    expect(message).toContain('3 times as many (ratio 2.5)');
  });
});
