// Every quick fix as before/after text: test/fixtures/fixes/NAME.before.pledge
// starts with `// fix: PLxxx "part of the fix title"`; applying that fix to the
// first finding of that rule must give NAME.after.pledge exactly, the result
// must parse, and the finding must be gone. An edit that carries a snippet
// must give its plain text when every placeholder takes its default.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';
import { applyEdits } from '../harness/fixes';
import { Program } from '../../server/src/engine/program';
import type { Analysis } from '../../server/src/engine/analyze';
import { expandSnippet } from './snippets';

const dir = path.join(REPO, 'test/fixtures/fixes');
const cases = readdirSync(dir)
  .filter((n) => n.endsWith('.before.pledge'))
  .map((n) => n.replace(/\.before\.pledge$/, ''));

const HEADER = /^\/\/ fix: (PL\d{3}) "([^"]+)"/;

/** Analyses a text as saved at `file`, with the Pledge files on disk listed (as the CLI does). */
function analyzeAs(file: string, text: string): Analysis {
  const program = new Program();
  program.listFilesOnDisk = true;
  program.setOverlay(path.resolve(file), text);
  return analyzeFile(file, undefined, program);
}

describe('quick fixes', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const beforeFile = path.join(dir, `${name}.before.pledge`);
    const before = readFileSync(beforeFile, 'utf8');
    const after = readFileSync(path.join(dir, `${name}.after.pledge`), 'utf8');
    const header = HEADER.exec(before);
    expect(header, 'first line must be // fix: PLxxx "title part"').not.toBeNull();
    const [, ruleId, titlePart] = header!;
    const beforeFindings = analyzeAs(beforeFile, before).findings.filter((f) => f.ruleId === ruleId);
    const found = beforeFindings[0];
    expect(found, `${ruleId} must fire on the before text`).toBeDefined();
    const fix = found!.fixes.find((f) => f.title.includes(titlePart!));
    expect(fix, `a fix titled like "${titlePart}" among ${found!.fixes.map((f) => f.title).join(' | ')}`).toBeDefined();
    for (const e of fix!.edits) {
      if (e.snippet === undefined) continue;
      const { text, numbers } = expandSnippet(e.snippet);
      expect(text, 'the snippet with its defaults is the plain text').toBe(e.newText);
      expect(numbers, 'placeholders are numbered 1, 2, 3 …').toEqual(numbers.map((_, i) => i + 1));
    }
    const fixed = applyEdits(before, fix!.edits.filter((e) => !e.file || e.file === beforeFile));
    expect(fixed).toBe(after);
    const again = analyzeAs(beforeFile, fixed);
    expect(again.findings.filter((f) => f.ruleId === 'PL001')).toEqual([]);
    expect(again.findings.filter((f) => f.ruleId === ruleId).length, 'the fixed finding is gone').toBeLessThan(
      beforeFindings.length,
    );
  });
});
