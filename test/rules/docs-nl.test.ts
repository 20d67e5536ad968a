// Every rule has an English and a Dutch page that agree with the registry: the
// same id, name and default severity; the Dutch page quotes the Dutch
// description and its examples behave like the English ones. The Dutch index
// lists every rule.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLocale } from '../../server/src/i18n/index';
import { docsPath, docsUrl } from '../../server/src/rules/docs';
import { RULES } from '../../server/src/rules/registry';
import { analyzeText, REPO } from '../harness/analyze';

const EN_DIR = path.join(REPO, 'docs/rules');
const NL_DIR = path.join(REPO, 'docs/rules/nl');

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The ```pledge block under `## heading`, if any. */
function example(doc: string, heading: string): string | undefined {
  const m = new RegExp(`^## ${heading}\\s*\\n[\\s\\S]*?\`\`\`pledge\\n([\\s\\S]*?)\`\`\``, 'm').exec(doc);
  return m?.[1];
}

describe('rule pages in English and Dutch', () => {
  it.each(RULES.map((r) => [r.id, r]))('%s has both pages, matching the registry', (id, rule) => {
    const enFile = path.join(REPO, docsPath(id));
    const nlFile = path.join(REPO, docsPath(id, 'nl'));
    expect(nlFile).toBe(path.join(NL_DIR, `${id}.md`));
    expect(docsUrl(id, 'nl')).toBe(docsUrl(id).replace(`/${id}.md`, `/nl/${id}.md`));
    expect(existsSync(enFile), enFile).toBe(true);
    expect(existsSync(nlFile), nlFile).toBe(true);
    const en = read(enFile);
    const nl = read(nlFile);
    expect(en.split('\n')[0]).toBe(`# ${id}: ${rule.name}`);
    expect(nl.split('\n')[0]).toBe(`# ${id}: ${rule.name}`);
    expect(en).toContain(`**Default severity:** ${rule.severity}`);
    expect(nl).toContain(`**Standaardernst:** ${rule.severity}`);
    expect(nl).toContain(`> ${withLocale('nl', () => rule.description)}\n`);
    for (const h of ['Wat de regel controleert', 'Waarom het ertoe doet', 'Fout', 'Verbeterd', 'Opties', 'Onderdrukken']) {
      expect(nl, `${id} lacks "## ${h}"`).toMatch(new RegExp(`^## ${h}$`, 'm'));
    }
  });

  const withExamples = RULES.filter((r) => example(read(path.join(EN_DIR, `${r.id}.md`)), 'Bad') !== undefined);
  it('most rules have examples', () => expect(withExamples.length).toBeGreaterThan(RULES.length - 3));

  it.each(withExamples.map((r) => [r.id]))('%s: the Dutch bad example triggers it, the fixed one does not', (id) => {
    const doc = read(path.join(NL_DIR, `${id}.md`));
    const bad = example(doc, 'Fout');
    const fixed = example(doc, 'Verbeterd');
    expect(bad, 'a ```pledge block under ## Fout').toBeDefined();
    expect(fixed, 'a ```pledge block under ## Verbeterd').toBeDefined();
    // Analysed where the page lives, so the examples' imports resolve from there.
    const at = path.join(NL_DIR, `${id}.pledge`);
    const badIds = analyzeText(at, bad!).findings.map((f) => f.ruleId);
    const fixedIds = analyzeText(at, fixed!).findings.map((f) => f.ruleId);
    expect(badIds).toContain(id);
    expect(fixedIds).not.toContain(id);
    if (id !== 'PL007') expect([...badIds, ...fixedIds], 'the examples import what they name').not.toContain('PL007');
  });

  it('the Dutch index lists every rule with its name and default severity', () => {
    const index = read(path.join(NL_DIR, 'README.md'));
    for (const r of RULES) expect(index, r.id).toContain(`| [${r.id}](${r.id}.md) | ${r.name} | ${r.severity} |`);
  });
});
