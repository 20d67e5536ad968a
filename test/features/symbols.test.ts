import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import { documentSymbols, workspaceSymbols, type SymbolOut } from '../../server/src/features/symbols';
import type { Analysis } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/syntax/positions';
import { analyzeFile, REPO } from '../harness/analyze';
import { expectGolden } from '../harness/golden';
import { analyzeFixture, FIXTURES } from './util';

const example = analyzeFile(path.join(REPO, 'test/fixtures/language/complete-example.pledge'));

/** One symbol a line, indented by depth: kind, name, detail, the span and the selection as line:col. */
function dumpSymbols(a: Analysis, symbols: SymbolOut[]): string {
  const lines = new LineIndex(a.text);
  const at = (o: number) => {
    const p = lines.position(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [];
  const visit = (s: SymbolOut, depth: number) => {
    const detail = s.detail ? ` — ${s.detail}` : '';
    out.push(`${'  '.repeat(depth)}${s.kind} ${s.name}${detail} @${at(s.span.start)}-${at(s.span.end)} select ${JSON.stringify(a.text.slice(s.selection.start, s.selection.end))}`);
    for (const c of s.children) visit(c, depth + 1);
  };
  for (const s of symbols) visit(s, 0);
  return out.join('\n') + '\n';
}

function* all(symbols: SymbolOut[]): Generator<SymbolOut> {
  for (const s of symbols) {
    yield s;
    yield* all(s.children);
  }
}

describe('document symbols', () => {
  it('outline the LANGUAGE.md example', () => {
    expectGolden(path.join(FIXTURES, 'complete-example.symbols'), dumpSymbols(example, documentSymbols(example)));
  });

  it('nest each symbol inside its parent and select a part of its own span', () => {
    const check = (s: SymbolOut, parent?: SymbolOut) => {
      expect(s.span.start <= s.selection.start && s.selection.end <= s.span.end, s.name).toBe(true);
      if (parent) expect(parent.span.start <= s.span.start && s.span.end <= parent.span.end, `${s.name} in ${parent.name}`).toBe(true);
      s.children.forEach((c) => check(c, s));
    };
    documentSymbols(example).forEach((s) => check(s));
  });

  it('name what has a name and describe what has none', () => {
    const t = 'party A\nparty B\nagreement "X" {\n  provider A\n  customer B\n  service S { }\n  obligation B "pay" as result within 30 days\n  escalation for S {\n    level 1 X after 0 minutes\n  }\n  termination A notice 1 month\n}\n';
    const names = [...all(documentSymbols(analyzeFixture('outline.pledge', t)))].map((s) => `${s.kind} ${s.name}`);
    expect(names).toEqual(['struct A', 'struct B', 'module X', 'class S', 'property obligation of B', 'object escalation for S', 'key termination A']);
  });

  it('outline a broken file as far as it parses', () => {
    const t = 'party A {\n  contact\n}\nagreement {\n  service { priority { } }\n';
    const names = [...all(documentSymbols(analyzeFixture('broken.pledge', t)))].map((s) => `${s.kind} ${s.name}`);
    expect(names).toEqual(['struct A', 'variable contact', 'module agreement', 'class service', 'enumMember priority']);
  });
});

describe('workspace symbols', () => {
  const office = analyzeFixture('office.pledge');
  const analyses = [example, office];
  const find = (q: string) => workspaceSymbols(analyses, q).map((s) => `${s.name}${s.container ? ' in ' + s.container : ''}`);

  it.each([
    ['workplace', ['Workplace in Managed Workplace 2026', 'Managed Workplace 2026', 'escalation for Workplace in Managed Workplace 2026', 'emergency for Workplace in Managed Workplace 2026', 'credits for Workplace in Managed Workplace 2026']],
    ['WORKPLACE', ['Workplace in Managed Workplace 2026', 'Managed Workplace 2026', 'escalation for Workplace in Managed Workplace 2026', 'emergency for Workplace in Managed Workplace 2026', 'credits for Workplace in Managed Workplace 2026']],
    ['ftf', ['FirstTimeFix in Managed Workplace 2026']],
    ['fTtFx', ['FirstTimeFix in Managed Workplace 2026']],
    ['acme', ['Acme', 'Acme', 'termination Acme in Managed Workplace 2026', 'termination Acme in Mail 2026']],
    ['regie', ['Regie in Utrecht', 'Regie in Utrecht']],
    ['p1', ['P1 in Workplace', 'P1 in Mail']],
    ['mail', ['Mail 2026', 'Mail in Mail 2026', 'credits for Mail in Mail 2026']],
    ['forecast', ['Forecast in Managed Workplace 2026']],
    ['xyz', []],
    ['Acmee', []],
    ['tfF', []],
  ])('`%s` matches %j', (q, expected) => {
    expect(find(q).sort()).toEqual([...expected].sort());
  });

  it('matches every symbol for an empty query, but never an import', () => {
    const everything = workspaceSymbols(analyses, '');
    const outline = analyses.flatMap((a) => [...all(documentSymbols(a))].filter((s) => !s.name.startsWith('import ')));
    expect(everything).toHaveLength(outline.length);
    expect(everything.map((s) => s.name)).not.toContain('import parties.pledge');
    expect(workspaceSymbols(analyses, 'import')).toEqual([]);
  });

  it('points at the name in the right file', () => {
    const [fix] = workspaceSymbols(analyses, 'FirstTimeFix');
    expect(fix!.file).toBe(example.file);
    expect(example.text.slice(fix!.span.start, fix!.span.end)).toBe('FirstTimeFix');
    expect(fix!.kind).toBe('event');
    const desk = workspaceSymbols(analyses, 'desk').filter((s) => s.file === office.file);
    expect(desk.map((s) => office.text.slice(s.span.start, s.span.end))).toEqual(['Desk']);
  });
});
