// Screenshots of a rendered agreement for the README (docs/images/), taken in
// headless Chromium: `node scripts/readme-images.mjs` after `npm run build`.
// The preview screenshot comes from the end-to-end run (test/e2e/artifacts/preview.png).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium.mjs';

const out = join(import.meta.dirname, '..', 'docs', 'images');
mkdirSync(out, { recursive: true });
const shots = [
  { file: 'over-promising.pledge', locale: 'en', name: 'rendered-scorecard.png', clip: { x: 0, y: 0, width: 1100, height: 1500 } },
  { file: 'healthy.pledge', locale: 'en', name: 'rendered-service.png', selector: 'section.service' },
  { file: 'no-emergency.pledge', locale: 'nl', name: 'rendered-nl.png', clip: { x: 0, y: 0, width: 1100, height: 1100 } },
];
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', ...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  for (const s of shots) {
    const html = execFileSync('node', ['server/bin/pledge.js', '--locale', s.locale, 'render', join('samples', s.file), '--format', 'html'], { encoding: 'utf8' });
    const file = join(tmpdir(), `pledge-${s.name}.html`);
    writeFileSync(file, html);
    await page.goto(`file://${file}`);
    if (s.selector) await page.locator(s.selector).first().screenshot({ path: join(out, s.name) });
    else await page.screenshot({ path: join(out, s.name), clip: s.clip });
    console.log(`docs/images/${s.name}`);
  }
} finally {
  await browser.close();
}
