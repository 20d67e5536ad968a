// The extension's own texts: package.json through package.nls*.json, and the
// client's vscode.l10n.t strings through l10n/bundle.l10n.<lang>.json.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../harness/analyze';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

/** Every `%key%` placeholder in the manifest. */
function manifestKeys(): string[] {
  return [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!).sort();
}

/** Every string the client passes to vscode.l10n.t. */
function clientStrings(): string[] {
  const dir = path.join(REPO, 'client/src');
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1]!.replace(/\\'/g, "'"));
  }
  return [...out].sort();
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join();

describe('extension manifest texts', () => {
  const en = json('package.nls.json');
  const nl = json('package.nls.nl.json');
  it('every %key% of package.json has an English text, and no text is unused', () => {
    expect(Object.keys(en).sort()).toEqual([...new Set(manifestKeys())]);
  });
  it('package.nls.nl.json gives every key, and nothing else', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(nl).filter(([, v]) => typeof v !== 'string' || v.trim() === '')).toEqual([]);
  });
});

describe('walkthrough pages', () => {
  it('every language has its own page for every step, and each page exists', () => {
    const steps = (JSON.parse(read('package.json')).contributes.walkthroughs as Array<{ steps: Array<{ media: { markdown: string } }> }>).flatMap((w) => w.steps);
    const keys = steps.map((s) => /^%(.+)%$/.exec(s.media.markdown)?.[1]);
    expect(keys.every(Boolean), 'media pages come from package.nls').toBe(true);
    const pages = (nls: Record<string, unknown>) => keys.map((k) => nls[k!] as string);
    const en = pages(json('package.nls.json'));
    const nl = pages(json('package.nls.nl.json'));
    for (const page of [...en, ...nl]) expect(() => read(page), page).not.toThrow();
    expect(nl.filter((p, i) => p === en[i])).toEqual([]);
  });
});

describe('client texts', () => {
  const strings = clientStrings();
  it('the client has texts to translate', () => {
    expect(strings.length).toBeGreaterThan(10);
  });
  for (const bundle of readdirSync(path.join(REPO, 'l10n')).filter((f) => /^bundle\.l10n\.[a-z-]+\.json$/.test(f))) {
    it(`${bundle} translates every client text with the same placeholders, and nothing else`, () => {
      const b = json(`l10n/${bundle}`) as Record<string, string>;
      expect(Object.keys(b).sort()).toEqual(strings);
      expect(strings.filter((s) => placeholders(s) !== placeholders(b[s] ?? ''))).toEqual([]);
    });
  }
});
