// The rendered HTML in a real browser: headless Chromium opens the healthy and
// a problem sample, saves full-page screenshots (light, dark and print) under
// test/output/render/ for review, checks that the page asks for nothing from
// the network, and runs axe-core: no serious or critical violations.

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { renderDocument } from '../../server/src/features/render/index';
import { withLocale, type Locale } from '../../server/src/i18n/index';
import { analyzeFile, REPO } from '../harness/analyze';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.mjs';

const OUTPUT = path.join(REPO, 'test/output/render');
const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_ARGS], headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const CASES: Array<[string, Locale]> = [
  ['healthy', 'en'],
  ['over-promising', 'en'],
  ['no-emergency', 'nl'],
];

describe('rendered HTML in Chromium', () => {
  for (const [name, locale] of CASES) {
    it(`${name}.pledge (${locale}): no network, no serious or critical axe violations`, async () => {
      const analysis = analyzeFile(path.join(REPO, 'samples', `${name}.pledge`));
      const html = withLocale(locale, () => renderDocument(analysis, { format: 'html', sourceLinks: true }));
      const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, javaScriptEnabled: true });
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
          await page.screenshot({ path: path.join(OUTPUT, `${name}-${locale}-${scheme}.png`), fullPage: true });
          await page.addScriptTag({ content: axeSource });
          // A string, so the test code needs no DOM types; axe runs in the page.
          const result = await page.evaluate<{ violations: AxeViolation[]; passes: number }>(
            "axe.run(document, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations, passes: r.passes.length }))",
          );
          expect(result.passes).toBeGreaterThan(10);
          const violations = result.violations;
          const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          expect(grave.map((v) => `${scheme}: ${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)).toEqual([]);
        }
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        await page.screenshot({ path: path.join(OUTPUT, `${name}-${locale}-print.png`), fullPage: true });
        expect(await page.evaluate<string>('document.documentElement.lang')).toBe(locale);
        expect(requests).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});
