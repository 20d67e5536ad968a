// The rendered agreement: goldens of every sample in Markdown and HTML (English,
// and Dutch for two), source links, escaping and self-containment.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../server/src/features/render/index';
import { STYLE } from '../../server/src/features/render/style';
import { withLocale, type Locale } from '../../server/src/i18n/index';
import { analyzeFile, analyzeText, REPO } from '../harness/analyze';
import { expectGolden } from '../harness/golden';

const SAMPLES = readdirSync(path.join(REPO, 'samples'))
  .filter((f) => f.endsWith('.pledge'))
  .sort();
const GOLDEN = path.join(REPO, 'test/golden/render');

function render(sample: string, format: 'md' | 'html', locale: Locale = 'en', sourceLinks = false): string {
  // Analysed in the locale too, as `pledge render --locale` does: findings and holiday names are worded then.
  return withLocale(locale, () => renderDocument(analyzeFile(path.join(REPO, 'samples', sample)), { format, sourceLinks }));
}

/**
 * A document's HTML golden without its inline stylesheet, which every
 * document carries and which has its own golden (`style.css`).
 */
function withoutStylesheet(html: string): string {
  const inline = `<style>${STYLE}</style>`;
  expect(html.split(inline).length, 'the document carries the stylesheet exactly once').toBe(2);
  return html.replace(inline, '<style>/* test/golden/render/style.css */</style>');
}

describe('render goldens', () => {
  it('the stylesheet of every document', () => {
    expectGolden(path.join(GOLDEN, 'style.css'), STYLE);
  });

  it('has samples to render', () => {
    expect(SAMPLES).toContain('healthy.pledge');
    expect(SAMPLES.length).toBeGreaterThanOrEqual(6);
  });

  for (const sample of SAMPLES) {
    const name = sample.replace(/\.pledge$/, '');
    it(`${sample} in English`, () => {
      expectGolden(path.join(GOLDEN, 'en', `${name}.md`), render(sample, 'md'));
      expectGolden(path.join(GOLDEN, 'en', `${name}.html`), withoutStylesheet(render(sample, 'html')));
    });
  }

  for (const sample of ['healthy.pledge', 'no-emergency.pledge']) {
    const name = sample.replace(/\.pledge$/, '');
    it(`${sample} in Dutch`, () => {
      expectGolden(path.join(GOLDEN, 'nl', `${name}.md`), render(sample, 'md', 'nl'));
      expectGolden(path.join(GOLDEN, 'nl', `${name}.html`), withoutStylesheet(render(sample, 'html', 'nl')));
    });
  }
});

describe('render content', () => {
  it('states the downtime budget, the emergency line and the obligation kinds in plain words', () => {
    const md = render('over-promising.pledge', 'md');
    expect(md).toContain('99.9% per month: at most 43.2 min of downtime per month.');
    expect(md).toMatch(/Outside office hours \(Monday to Friday 07:00–08:00 and 18:00–23:00; Saturday 09:00–17:00\), call Acme duty manager \(DutyManager\) of Acme Managed Services B\.V\. on \+31 6 5555 0201\./);
    expect(md).toContain('Someone takes action within 15 minutes.');
    expect(md).toContain('result obligation (resultaatverplichting)');
  });

  it('renders the whole document in Dutch', () => {
    const md = render('healthy.pledge', 'md', 'nl');
    for (const words of ['*Dienstverleningsovereenkomst*', 'Beschikbaarheid', 'Responstijd', 'Oplostijd', 'Escalatieladder', 'opzegtermijn', 'Creditering', 'inspanningsverplichting', 'resultaatverplichting']) {
      expect(md).toContain(words);
    }
    expect(md).toMatch(/toegestane storingstijd .+ per kwartaal/);
    const html = render('healthy.pledge', 'html', 'nl');
    expect(html).toContain('<html lang="nl">');
  });

  it('renders a file of several agreements as one section each, and a file of parties as a short note', () => {
    const md = render('one-sided.pledge', 'md');
    expect(md).toMatch(/^# Agreements in one-sided\.pledge$/m);
    expect(md).toMatch(/^## Acme Managed Hosting, standard terms 2026$/m);
    expect(md).toMatch(/^## Migration of the housing management system to Acme$/m);
    const parties = render('parties.pledge', 'md');
    expect(parties).toMatch(/^# Parties and calendars in parties\.pledge$/m);
    expect(parties).toContain('This file declares no agreement.');
  });

  it('puts obligations side by side, one column per party', () => {
    const html = render('one-sided.pledge', 'html');
    expect(html).toContain('<th scope="col">Acme Managed Services B.V. (1 obligation)</th><th scope="col">Woonstichting Het Anker (6 obligations)</th>');
  });

  it('links every finding of the scorecard to the element of its clause', () => {
    const html = render('no-emergency.pledge', 'html');
    const scorecard = html.slice(html.indexOf('class="scorecard"'), html.indexOf('</section>\n<section id="parties"'));
    const links = [...scorecard.matchAll(/<li>.*?<a href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(9);
    for (const id of links) expect(html).toContain(` id="${id}"`);
  });
});

describe('source links', () => {
  const KEYWORDS = /^(agreement|provider|customer|version|effective|party|contact|service|support|availability|maintenance|capacity|depends|priority|kpi|escalation|level|emergency|reachable|respond|precondition|afterwards|credits|below|cap|claim|sole|obligation|remedy|termination|change|review)\b/;

  for (const sample of ['healthy.pledge', 'no-emergency.pledge', 'over-promising.pledge']) {
    it(`${sample}: data-start/data-end hold the offsets of the clause each element shows`, () => {
      const file = path.join(REPO, 'samples', sample);
      const analysis = analyzeFile(file);
      const html = withLocale('en', () => renderDocument(analysis, { format: 'html', sourceLinks: true }));
      const spans = [...html.matchAll(/<(\w+)[^>]*? data-start="(\d+)" data-end="(\d+)"/g)].map((m) => ({ tag: m[1]!, start: Number(m[2]), end: Number(m[3]) }));
      expect(spans.length).toBeGreaterThan(40);
      const findings = new Set(analysis.findings.map((f) => `${f.span.start}:${f.span.end}`));
      for (const s of spans) {
        const slice = analysis.text.slice(s.start, s.end);
        if (findings.has(`${s.start}:${s.end}`)) continue;
        expect(slice, `${s.tag} ${s.start}-${s.end}`).toMatch(KEYWORDS);
      }
      // Each priority row, escalation level and obligation carries its clause.
      for (const p of analysis.model.agreements[0]!.services.flatMap((sv) => sv.priorities)) {
        expect(html).toContain(`data-start="${p.span.start}" data-end="${p.span.end}"`);
      }
      for (const o of analysis.model.agreements[0]!.obligations) expect(html).toContain(`data-start="${o.span.start}" data-end="${o.span.end}"`);
      for (const f of analysis.findings) expect(html).toContain(`<li data-start="${f.span.start}" data-end="${f.span.end}">`);
    });
  }

  it('leaves the offsets out without sourceLinks', () => {
    expect(render('healthy.pledge', 'html')).not.toContain('data-start');
  });
});

const HOSTILE = `import "../../../samples/parties.pledge"
agreement "Evil <script>alert(1)</script> & \\"quotes\\"" {
  provider Acme
  customer HetAnker
  service Web "<img src=x onerror=alert(1)> | pipes * stars _under_ [link](http://x)" {
    support 24x7
    availability 99.5% per month measured by "<script>steal()</script>"
    priority P1 "<b>bold</b> | split" { respond within 15 minutes resolve within 4 hours }
  }
  obligation Acme "</td></tr><script>x()</script>" as result within 5 days
  obligation HetAnker "Pay 'on time' & in full" as effort every month
  termination Acme notice 1 month
  termination HetAnker notice 1 month
  change by both
  review every quarter by both
}
`;

describe('escaping and self-containment', () => {
  const analysis = analyzeText(path.join(REPO, 'test/fixtures/render/hostile.pledge'), HOSTILE);

  it('escapes every text taken from the agreement in HTML', () => {
    const html = withLocale('en', () => renderDocument(analysis, { format: 'html', sourceLinks: true }));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; | split');
    expect(html).toContain('Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(html).toContain('Pay &#39;on time&#39; &amp; in full');
  });

  it('escapes Markdown syntax and table pipes in Markdown', () => {
    const md = withLocale('en', () => renderDocument(analysis, { format: 'md' }));
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> | pipes \\* stars \\_under\\_ \\[link\\](http://x)');
    expect(md).toContain('| P1 | \\<b\\>bold\\</b\\> \\| split |');
    expect(md).not.toMatch(/[^\\]<script/);
  });

  for (const sample of SAMPLES) {
    it(`${sample}: no scripts, no remote resources, a language`, () => {
      for (const locale of ['en', 'nl'] as const) {
        const html = render(sample, 'html', locale, true);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
        expect(html).not.toMatch(/@import/i);
        expect(html).not.toMatch(/url\(\s*["']?\s*(https?:)?\/\//i);
        expect(html).not.toMatch(/<link\b/i);
        expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${locale}">`));
        expect(html).toContain('@media print');
        expect(html).toContain('prefers-color-scheme: dark');
        expect(html).toContain('break-inside: avoid');
      }
    });
  }
});
