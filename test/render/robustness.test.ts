// Bad input never crashes the renderer: every fixture of the repository, and
// every prefix of a sample (a file cut off while typing), renders in both
// formats and both languages.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../server/src/features/render/index';
import { withLocale } from '../../server/src/i18n/index';
import { analyzeFile, analyzeText, REPO } from '../harness/analyze';

const FIXTURES = globSync('test/fixtures/**/*.pledge', { cwd: REPO }).sort();

describe('render robustness', () => {
  it('renders every fixture file without throwing', () => {
    expect(FIXTURES.length).toBeGreaterThan(50);
    for (const f of FIXTURES) {
      const analysis = analyzeFile(path.join(REPO, f));
      for (const locale of ['en', 'nl'] as const) {
        const html = withLocale(locale, () => renderDocument(analysis, { format: 'html', sourceLinks: true }));
        const md = withLocale(locale, () => renderDocument(analysis, { format: 'md' }));
        expect(html, f).toMatch(/<\/html>\n$/);
        expect(md.length, f).toBeGreaterThan(0);
      }
    }
  }, 120_000);

  it('renders every cut-off prefix of a sample', () => {
    const file = path.join(REPO, 'samples/over-promising.pledge');
    const text = readFileSync(file, 'utf8');
    for (let cut = 0; cut < text.length; cut += 97) {
      const analysis = analyzeText(file, text.slice(0, cut));
      expect(() => renderDocument(analysis, { format: 'html', sourceLinks: true })).not.toThrow();
      expect(() => renderDocument(analysis, { format: 'md' })).not.toThrow();
    }
  }, 120_000);
});
