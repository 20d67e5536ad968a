// Every example in LANGUAGE.md, the language guide and every sample parses with no PL001.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { analyzeFile, REPO } from '../harness/analyze';
import { specText } from '../harness/spec';

function pledgeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```pledge\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Guide fragments show single clauses; wrap them in the block they belong to. */
function asFile(fragment: string): string[] {
  return [
    fragment,
    `agreement "x" {\n${fragment}\n}`,
    `agreement "x" {\n service S {\n${fragment}\n }\n}`,
    `agreement "x" {\n service S {\n  priority P {\n${fragment}\n  }\n }\n}`,
  ];
}

const spec = specText('LANGUAGE.md');

describe('examples parse', () => {
  it.each(pledgeBlocks(spec).map((b, i) => [i, b]))('LANGUAGE.md example %i', (_i, block) => {
    expect(parse(block).errors).toEqual([]);
  });

  const guide = readFileSync(path.join(REPO, 'docs/language.md'), 'utf8');
  it.each(pledgeBlocks(guide).map((b, i) => [i, b]))('docs/language.md example %i', (_i, block) => {
    const ok = asFile(block).some((text) => parse(text).errors.length === 0);
    expect(ok, block).toBe(true);
  });

  const samples = readdirSync(path.join(REPO, 'samples')).filter((n) => n.endsWith('.pledge'));
  it.each(samples)('samples/%s has no structural error', (name) => {
    const a = analyzeFile(path.join(REPO, 'samples', name));
    expect(a.findings.filter((f) => /^PL00[1-7]$/.test(f.ruleId))).toEqual([]);
  });
});
