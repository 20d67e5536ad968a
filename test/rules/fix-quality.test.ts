// Quick fixes people can trust, over every sample and fixture: each title of a
// finding's fixes is different, no two findings of a file carry the same
// edit (one rule owns each repair), and every snippet inserts exactly the
// plain text when its placeholders keep their defaults.

import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';
import { Program } from '../../server/src/engine/program';
import { expandSnippet } from './snippets';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.pledge') ? [p] : [];
  });
}

const files = [...walk(path.join(REPO, 'samples')), ...walk(path.join(REPO, 'test/fixtures/rules')), ...walk(path.join(REPO, 'test/fixtures/fixes'))].filter(
  (f) => !f.endsWith('.after.pledge'),
);

describe('quick fixes people can trust', () => {
  it('checks many files', () => expect(files.length).toBeGreaterThan(100));
  it.each(files.map((f) => [path.relative(REPO, f), f]))('%s', (_name, file) => {
    const program = new Program();
    program.listFilesOnDisk = true;
    const findings = analyzeFile(file, undefined, program).findings;
    const owner = new Map<string, string>();
    for (const f of findings) {
      const titles = f.fixes.map((x) => x.title);
      expect(new Set(titles).size, `${f.ruleId} at ${f.span.start}: ${titles.join(' | ')}`).toBe(titles.length);
      for (const fix of f.fixes) {
        const key = JSON.stringify(fix.edits.map((e) => [e.file ?? '', e.span.start, e.span.end, e.newText]));
        const where = `${f.ruleId} at ${f.span.start} (${fix.title})`;
        expect(owner.get(key), `the same edit as ${owner.get(key)} is offered by ${where}`).toBeUndefined();
        owner.set(key, where);
        for (const e of fix.edits) {
          if (e.snippet === undefined) continue;
          const { text, numbers } = expandSnippet(e.snippet);
          expect(text, where).toBe(e.newText);
          expect(numbers, where).toEqual(numbers.map((_, i) => i + 1));
        }
      }
    }
  });
});

describe('snippet syntax', () => {
  it('expands placeholders to their defaults and unescapes', () => {
    expect(expandSnippet('a ${1:x\\}y} \\$b ${2:c}\\}')).toEqual({ text: 'a x}y $b c}', numbers: [1, 2] });
  });
});
