// Every rule has a doc page whose examples the suite runs: the Bad example
// triggers the rule and the Fixed example does not. The index lists every rule.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/registry';
import { analyzeText, REPO } from '../harness/analyze';

function section(doc: string, heading: string): string | undefined {
  const m = new RegExp(`^## ${heading}\\s*\\n[\\s\\S]*?\`\`\`pledge\\n([\\s\\S]*?)\`\`\``, 'm').exec(doc);
  return m?.[1];
}

describe('rule docs', () => {
  it.each(RULES.map((r) => [r.id, r.name]))('%s %s: has a page with a title, why, and suppression', (id, name) => {
    const file = path.join(REPO, 'docs/rules', `${id}.md`);
    expect(existsSync(file), file).toBe(true);
    const doc = readFileSync(file, 'utf8');
    expect(doc.startsWith(`# ${id}: ${name}`)).toBe(true);
    for (const h of ['What it checks', 'Why it matters', 'Bad', 'Fixed', 'Options', 'How to suppress']) {
      expect(doc, `${id} lacks "## ${h}"`).toMatch(new RegExp(`^## ${h}`, 'm'));
    }
  });

  // PL000 (a rule that fails) has no agreement to show; PL008 has its own test below.
  const withExamples = RULES.filter((r) => r.id !== 'PL008' && r.id !== 'PL000');
  it.each(withExamples.map((r) => [r.id]))('%s: the bad example triggers it, the fixed one does not', (id) => {
    const doc = readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8');
    const bad = section(doc, 'Bad');
    const fixed = section(doc, 'Fixed');
    expect(bad, 'a ```pledge block under ## Bad').toBeDefined();
    expect(fixed, 'a ```pledge block under ## Fixed').toBeDefined();
    const at = path.join(REPO, 'docs/rules', `${id}.pledge`);
    expect(analyzeText(at, bad!).findings.map((f) => f.ruleId)).toContain(id);
    expect(analyzeText(at, fixed!).findings.map((f) => f.ruleId)).not.toContain(id);
  });

  it('PL008: the bad example leaves a stale suppression, the fixed one does not', () => {
    const doc = readFileSync(path.join(REPO, 'docs/rules/PL008.md'), 'utf8');
    const at = path.join(REPO, 'docs/rules/PL008.pledge');
    expect(analyzeText(at, section(doc, 'Bad')!).findings.map((f) => f.ruleId)).toContain('PL008');
    expect(analyzeText(at, section(doc, 'Fixed')!).findings.map((f) => f.ruleId)).not.toContain('PL008');
  });

  // A rule whose fix has a before/after fixture says so on its page, in both languages.
  const fixtures = readdirSync(path.join(REPO, 'test/fixtures/fixes')).filter((n) => n.endsWith('.before.pledge'));
  const withFixes = RULES.filter((r) => fixtures.some((n) => n.startsWith(`${r.id}-`)));
  it.each(withFixes.map((r) => [r.id]))('%s: the page announces and describes its quick fix', (id) => {
    const en = readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8');
    const nl = readFileSync(path.join(REPO, 'docs/rules/nl', `${id}.md`), 'utf8');
    expect(en).toContain('**Quick fix:** yes');
    expect(nl).toContain('**Snelle oplossing:** ja');
    expect(en.split('\n').slice(5).join('\n'), 'a paragraph about the quick fix').toMatch(/quick\s+fix/i);
    expect(nl.split('\n').slice(5).join('\n'), 'een alinea over de snelle oplossing').toMatch(/snelle\s+oplossing/i);
  });

  it('the index lists every rule by family', () => {
    const index = readFileSync(path.join(REPO, 'docs/rules/README.md'), 'utf8');
    for (const r of RULES) expect(index, r.id).toContain(`[${r.id}](${r.id}.md)`);
  });
});

describe('the docs URL', () => {
  // ARCHITECTURE.md: the docs URL is derived in server/src/rules/docs.ts only;
  // every other place asks docsUrl() for it.
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
  }

  it('is spelled in rules/docs.ts only', () => {
    const files = [...sources(path.join(REPO, 'server/src')), ...sources(path.join(REPO, 'client/src'))];
    expect(files.length).toBeGreaterThan(50);
    const spelled = files.filter((f) => /\/blob\/[^'"`\s]*\/docs\/rules|\/docs\/rules\/(?:nl\/)?PL\d/.test(readFileSync(f, 'utf8')));
    expect(spelled.map((f) => path.relative(REPO, f))).toEqual(['server/src/rules/docs.ts']);
  });
});
