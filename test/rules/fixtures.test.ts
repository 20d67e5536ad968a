// Every fixture under test/fixtures/rules: the findings are exactly the ones its markers expect.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';
import { compare } from '../harness/markers';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.pledge') ? [p] : [];
  });
}

const root = path.join(REPO, 'test/fixtures/rules');
const files = walk(root).filter((f) => !path.basename(f).startsWith('_'));

describe('rule fixtures', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  it.each(files.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const analysis = analyzeFile(file);
    expect(analysis.internalErrors).toEqual([]);
    expect(compare(readFileSync(file, 'utf8'), analysis.findings)).toEqual([]);
  });
});
