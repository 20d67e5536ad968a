// Every finding of every sample, in English and in Dutch, as a reviewed text:
// `line:column ruleId severity message`, then its related locations and quick
// fixes. A change of wording shows up here as a diff to read.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLocale, type Locale } from '../../server/src/i18n/index';
import type { Analysis } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/syntax/positions';
import { analyzeFile, REPO } from '../harness/analyze';
import { expectGolden } from '../harness/golden';

const dir = path.join(REPO, 'samples');
const samples = readdirSync(dir).filter((n) => n.endsWith('.pledge')).sort();

function at(index: LineIndex, offset: number): string {
  const p = index.position(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

/** The findings of an analysis as readable lines (positions 1-based). */
export function dumpFindings(analysis: Analysis): string {
  const indexes = new Map<string, LineIndex>();
  const indexOf = (file: string): LineIndex => {
    let index = indexes.get(file);
    if (!index) {
      index = new LineIndex(file === analysis.file ? analysis.text : readFileSync(file, 'utf8'));
      indexes.set(file, index);
    }
    return index;
  };
  const lines: string[] = [];
  for (const f of analysis.findings) {
    lines.push(`${at(indexOf(f.file), f.span.start)} ${f.ruleId} ${f.severity} ${f.message}`);
    for (const r of f.related) {
      const where = r.file === f.file ? '' : `${path.relative(REPO, r.file)} `;
      lines.push(`  related ${where}${at(indexOf(r.file), r.span.start)}: ${r.message}`);
    }
    for (const fix of f.fixes) lines.push(`  fix${fix.auto ? ' (auto)' : ''}: ${fix.title}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '(no findings)\n';
}

function analyzeIn(locale: Locale, name: string): Analysis {
  return withLocale(locale, () => analyzeFile(path.join(dir, name)));
}

describe.each(['en', 'nl'] as const)('sample diagnostics in %s', (locale) => {
  it.each(samples)('%s', (name) => {
    const analysis = analyzeIn(locale, name);
    expect(analysis.internalErrors).toEqual([]);
    expectGolden(path.join(REPO, 'test/golden/diagnostics', locale, name.replace(/\.pledge$/, '.txt')), dumpFindings(analysis));
  });
});

describe('sample diagnostics across locales', () => {
  it.each(samples)('%s: the same findings at the same places, with different words', (name) => {
    const en = analyzeIn('en', name).findings;
    const nl = analyzeIn('nl', name).findings;
    const where = (fs: typeof en) => fs.map((f) => `${f.ruleId} ${f.span.start}-${f.span.end} ${f.related.length} ${f.fixes.length}`);
    expect(where(nl)).toEqual(where(en));
    // Quick fixes insert the same Pledge source in every locale; only the texts inside strings may differ.
    const strings = (text: string) => text.replace(/"(?:[^"\\\n]|\\.)*"/g, '"…"');
    const edits = (fs: typeof en) =>
      fs.map((f) =>
        f.fixes.map((x) =>
          x.edits.map((e) => ({ ...e, newText: strings(e.newText), ...(e.snippet !== undefined ? { snippet: strings(e.snippet) } : {}) })),
        ),
      );
    expect(edits(nl)).toEqual(edits(en));
    for (const [i, f] of nl.entries()) {
      if (f.ruleId === 'PL001' || f.ruleId === 'PL002' || f.ruleId === 'PL003' || f.ruleId === 'PL007') continue;
      expect(f.message, `${f.ruleId} at ${f.span.start} reads the same in Dutch`).not.toBe(en[i]!.message);
    }
  });
});
