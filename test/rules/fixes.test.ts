// Every quick fix as before/after text: test/fixtures/fixes/NAME.before.pledge
// starts with `// fix: PLxxx "part of the fix title"`; applying that fix to the
// first finding of that rule must give NAME.after.pledge exactly, the result
// must parse, and the finding must be gone.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, REPO } from '../harness/analyze';
import { applyEdits } from '../harness/fixes';

const dir = path.join(REPO, 'test/fixtures/fixes');
const cases = readdirSync(dir)
  .filter((n) => n.endsWith('.before.pledge'))
  .map((n) => n.replace(/\.before\.pledge$/, ''));

const HEADER = /^\/\/ fix: (PL\d{3}) "([^"]+)"/;

describe('quick fixes', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', (name) => {
    const beforeFile = path.join(dir, `${name}.before.pledge`);
    const before = readFileSync(beforeFile, 'utf8');
    const after = readFileSync(path.join(dir, `${name}.after.pledge`), 'utf8');
    const header = HEADER.exec(before);
    expect(header, 'first line must be // fix: PLxxx "title part"').not.toBeNull();
    const [, ruleId, titlePart] = header!;
    const beforeFindings = analyzeText(beforeFile, before).findings.filter((f) => f.ruleId === ruleId);
    const found = beforeFindings[0];
    expect(found, `${ruleId} must fire on the before text`).toBeDefined();
    const fix = found!.fixes.find((f) => f.title.includes(titlePart!));
    expect(fix, `a fix titled like "${titlePart}" among ${found!.fixes.map((f) => f.title).join(' | ')}`).toBeDefined();
    const fixed = applyEdits(before, fix!.edits.filter((e) => !e.file || e.file === beforeFile));
    expect(fixed).toBe(after);
    const again = analyzeText(beforeFile, fixed);
    expect(again.findings.filter((f) => f.ruleId === 'PL001')).toEqual([]);
    expect(again.findings.filter((f) => f.ruleId === ruleId).length, 'the fixed finding is gone').toBeLessThan(
      beforeFindings.length,
    );
  });
});
