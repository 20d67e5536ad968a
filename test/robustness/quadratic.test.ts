// Inputs that made an editor feature take quadratic time, each large enough
// that the quadratic version would not finish within the test's time limit:
// trailing blanks of a line comment (formatting), a long name before the
// cursor (completion), and many agreements with findings (code lens).

import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../server/src/engine/analyze';
import { codeLenses } from '../../server/src/features/codeLens';
import { completions, trailingWord } from '../../server/src/features/completion';
import { formatEdits, withoutTrailingBlanks } from '../../server/src/features/format';
import type { Finding } from '../../server/src/rules/types';
import { setLocale } from '../../server/src/i18n';
import { analyzeText } from '../harness/analyze';

const HUGE = 200_000;

function applyEdits(text: string, edits: ReadonlyArray<{ span: { start: number; end: number }; newText: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('formatting a line comment with a long run of trailing blanks', () => {
  it('drops the trailing blanks the way the formatter always did', () => {
    expect(withoutTrailingBlanks('// note \t \t')).toBe('// note');
    expect(withoutTrailingBlanks('// note')).toBe('// note');
    expect(withoutTrailingBlanks(' \t')).toBe('');
    expect(withoutTrailingBlanks('// a\u00a0')).toBe('// a\u00a0');
  });

  it(`formats a comment followed by ${HUGE.toLocaleString('en')} tabs`, () => {
    const text = `// note${'\t'.repeat(HUGE)}\nparty A "a"\n`;
    expect(applyEdits(text, formatEdits(text))).toBe('// note\nparty A "a"\n');
  });

  it(`keeps the blanks inside a comment of ${HUGE.toLocaleString('en')} alternating spaces and tabs`, () => {
    const text = `party A "a" // note${' \t'.repeat(HUGE / 2)}x\n`;
    const formatted = applyEdits(text, formatEdits(text));
    expect(formatted.startsWith('party A "a" // note')).toBe(true);
    expect(formatted.endsWith(' \tx\n')).toBe(true);
  });
});

describe('completion after a long name', () => {
  it('finds the name being typed the way /[A-Za-z_][A-Za-z0-9_]*$/ does', () => {
    for (const [text, word] of [
      ['provider Acme', 'Acme'],
      ['provider 99x_1', 'x_1'],
      ['provider 123', ''],
      ['provider _1', '_1'],
      ['provider ', ''],
      ['é9a', 'a'],
      ['', ''],
    ] as const) {
      expect(trailingWord(text), text).toBe(word);
      expect(trailingWord(text), text).toBe(/[A-Za-z_][A-Za-z0-9_]*$/.exec(text)?.[0] ?? '');
    }
  });

  it(`completes after a name of ${HUGE.toLocaleString('en')} characters as after a short one`, () => {
    setLocale('en');
    const head = 'party Acme "Acme"\nparty City "City"\nagreement "A" {\n  provider Acme\n  customer ';
    const name = 'x'.repeat(HUGE);
    const long = analyzeText('long.pledge', `${head}${name}\n}\n`);
    const short = analyzeText('short.pledge', `${head}xyz\n}\n`);
    const got = completions(long, head.length + name.length);
    const expected = completions(short, head.length + 3);
    expect(got.map((c) => c.label)).toEqual(expected.map((c) => c.label));
    expect(got.map((c) => c.label)).toContain('City');
    const city = got.find((c) => c.label === 'City')!;
    expect(city.filterText).toBe(`${name} City`);
  });
});

describe('code lens over many agreements', () => {
  it('counts each agreement its own findings among 30,000 agreements with a finding each', () => {
    setLocale('en');
    const text = 'party Acme "Acme"\nparty City "City"\nagreement "A" {\n  provider Acme\n  customer City\n}\n';
    const one = analyzeText('lens.pledge', text);
    const a = one.model.agreements[0]!;
    const n = 30_000;
    const width = text.length;
    // The same agreement written n times, each with one finding on its keyword.
    const agreements = Array.from({ length: n }, (_, i) => {
      const shift = (s: { start: number; end: number }) => ({ start: s.start + i * width, end: s.end + i * width });
      return { ...a, node: { ...a.node, span: shift(a.node.span), keyword: shift(a.node.keyword) } };
    });
    const findings = agreements.map(
      (g, i): Finding => ({ ruleId: 'PL999', severity: i % 2 ? 'warning' : 'error', message: 'x', span: g.node.keyword, related: [] }) as unknown as Finding,
    );
    const analysis = { ...one, model: { ...one.model, agreements }, findings } as unknown as Analysis;

    const lenses = codeLenses(analysis);
    const findingLenses = lenses.filter((l) => l.action?.kind !== 'references');
    expect(findingLenses).toHaveLength(n);
    expect(findingLenses[0]!.span).toEqual(agreements[0]!.node.keyword);
    expect(findingLenses[0]!.title).toBe('1 finding (1 error)');
    expect(findingLenses[1]!.title).toBe('1 finding (1 warning)');
    expect(findingLenses.every((l, i) => l.span.start === agreements[i]!.node.keyword.start && l.action?.kind === 'problems')).toBe(true);
  });

  it('counts findings only inside their agreement, as before', () => {
    setLocale('en');
    const text = 'party Acme "Acme"\nagreement "A" {\n  provider Acme\n}\nagreement "B" {\n  provider Acme\n}\n';
    const one = analyzeText('lens2.pledge', text);
    const [a, b] = one.model.agreements;
    const finding = (start: number, end: number) => ({ ruleId: 'PL999', severity: 'hint', message: 'x', span: { start, end }, related: [] }) as unknown as Finding;
    const findings = [finding(0, 5), finding(a!.node.span.start, a!.node.span.start + 3), finding(b!.node.span.start + 1, b!.node.span.end), finding(a!.node.span.start, b!.node.span.end)];
    const lenses = codeLenses({ ...one, findings } as unknown as Analysis).filter((l) => l.action?.kind !== 'references');
    const expected = (g: typeof a) => findings.filter((f) => f.span.start >= g!.node.span.start && f.span.end <= g!.node.span.end).length;
    expect(expected(a)).toBe(1);
    expect(expected(b)).toBe(1);
    expect(lenses.map((l) => l.title)).toEqual(['1 finding (1 hint)', '1 finding (1 hint)']);
  });
});
