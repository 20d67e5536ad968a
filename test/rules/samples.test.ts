// Each sample shows exactly the findings its name promises (its `// Shows:` line);
// the healthy ones are free of any finding, not even info.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';

const dir = path.join(REPO, 'samples');
const samples = readdirSync(dir).filter((n) => n.endsWith('.pledge'));

function promised(text: string): string[] | undefined {
  const m = /^\/\/ Shows: (.+)$/m.exec(text);
  if (!m) return undefined;
  return m[1]!.trim() === 'none' ? [] : m[1]!.split(/[\s,]+/).filter((w) => /^PL\d{3}$/.test(w));
}

describe('samples', () => {
  it('include a healthy agreement and one per problem family', () => {
    expect(samples).toEqual(expect.arrayContaining(['healthy.pledge', 'over-promising.pledge', 'no-emergency.pledge', 'one-sided.pledge', 'parties.pledge']));
  });

  it('healthy.pledge has no finding at all', () => {
    const a = analyzeFile(path.join(dir, 'healthy.pledge'));
    expect(a.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(samples)('%s shows the rules its header promises', (name) => {
    const file = path.join(dir, name);
    const expected = promised(readFileSync(file, 'utf8'));
    const a = analyzeFile(file);
    expect(a.internalErrors).toEqual([]);
    if (expected === undefined) {
      expect(name, 'only shared-definition files may omit the Shows: line').toBe('parties.pledge');
      expect(a.findings).toEqual([]);
      return;
    }
    expect([...new Set(a.findings.map((f) => f.ruleId))].sort()).toEqual([...new Set(expected)].sort());
  });
});
