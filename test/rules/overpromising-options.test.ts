// Options of the over-promising rules: a setting changes what is reported.

import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { analyzeText, REPO } from '../harness/analyze';
import type { RuleSettings } from '../../server/src/engine/analyze';

const FILE = path.join(REPO, 'test/fixtures/rules/PL102/options.pledge');

function agreement(percent: string): string {
  return [
    'import "../../shared/parties.pledge"',
    'agreement "Core" {',
    '  provider Acme',
    '  customer DeVaart',
    '  service Core "Core" {',
    '    support 24x7',
    `    availability ${percent} per month measured by "probe"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

function pl102(percent: string, threshold?: number) {
  const settings: RuleSettings | undefined =
    threshold === undefined ? undefined : { rules: new Map([['PL102', { options: { threshold } }]]) };
  return analyzeText(FILE, agreement(percent), settings).findings.filter((f) => f.ruleId === 'PL102');
}

describe('PL102 threshold', () => {
  it.each([
    ['99.95%', undefined, 0],
    ['99.95%', 99.95, 1],
    ['99.94%', 99.95, 0],
    ['99.99%', undefined, 1],
    ['99.99%', 99.995, 0],
    ['99.5%', 99.5, 1],
    ['100%', 99.5, 0],
  ] as const)('%s with threshold %s gives %i finding(s)', (percent, threshold, count) => {
    expect(pl102(percent, threshold)).toHaveLength(count);
  });

  it('names the configured threshold in the message', () => {
    expect(pl102('99.95%', 99.95)[0]!.message).toContain('at or above the 99.95%');
  });

  it('suggests a value below the configured threshold', () => {
    const [finding] = pl102('99.5%', 99.5);
    expect(finding!.fixes.map((f) => f.title)).toEqual(["Set availability to 99.45% (the highest value below the 99.5% that counts as extreme)"]);
  });
});
