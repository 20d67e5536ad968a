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

describe('fixtures own what they import', () => {
  // A fixture that imported samples/ would change its findings (and the fix
  // goldens) whenever a demo agreement is edited: fixtures import
  // test/fixtures/shared/parties.pledge instead.
  it('no fixture imports a file of samples/', () => {
    const all = walk(path.join(REPO, 'test/fixtures'));
    expect(all.length).toBeGreaterThan(200);
    const samples = path.join(REPO, 'samples') + path.sep;
    const offenders = all.filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+"([^"]*)"/gm)].some((m) => path.resolve(path.dirname(file), m[1]!).startsWith(samples)),
    );
    expect(offenders.map((f) => path.relative(REPO, f))).toEqual([]);
  });
});
