import { describe, it, expect } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticTokenOut } from '../../server/src/features/semanticTokens';
import { REPO } from '../harness/analyze';
import { analyzeFixture, offsetOf } from './util';

const example = fs.readFileSync(path.join(REPO, 'test/fixtures/language/complete-example.pledge'), 'utf8');
const analysis = analyzeFixture('complete-example.pledge', example);
const tokens = semanticTokens(analysis);

function tokenAt(offset: number): { type: string; modifiers: string[]; length: number } | undefined {
  const t = tokens.find((x: SemanticTokenOut) => x.offset === offset);
  if (!t) return undefined;
  return { type: TOKEN_TYPES[t.type]!, modifiers: TOKEN_MODIFIERS.filter((_, i) => t.modifiers & (1 << i)), length: t.length };
}

describe('semantic tokens', () => {
  it.each([
    ['party Acme', 'Acme', 'type', ['declaration']],
    ['provider Acme', 'Acme', 'type', []],
    ['contact Duty', 'Duty', 'variable', ['declaration']],
    ['via Duty', 'Duty', 'variable', []],
    ['calendar Office', 'Office', 'namespace', ['declaration']],
    ['support Office', 'Office', 'namespace', []],
    ['service Workplace', 'Workplace', 'class', ['declaration']],
    ['escalation for Workplace', 'Workplace', 'class', []],
    ['priority P1', 'P1', 'enumMember', ['declaration']],
    ['kpi FirstTimeFix', 'FirstTimeFix', 'property', ['declaration']],
    ['obligation Forecast', 'Forecast', 'event', ['declaration']],
    ['depends on Forecast', 'Forecast', 'event', []],
    ['obligation Forecast Utrecht', 'Utrecht', 'type', []],
    ['agreement "Managed', 'agreement', 'keyword', []],
    ['within 1 business day', 'business', 'keyword', []],
    ['99.5% per month', '99.5%', 'number', []],
    ['effective 2026-01-01', '2026-01-01', 'number', []],
    ['Mon-Fri 08:00', '08:00', 'number', []],
    ['reachable 24x7', '24x7', 'number', []],
    ['within 15 minutes', '15', 'number', []],
    ['import "parties.pledge"', '"parties.pledge"', 'string', []],
    ['// Shared definitions', '// Shared definitions', 'comment', []],
  ])('`%s`: `%s` is %s %j', (context, inner, type, modifiers) => {
    const t = tokenAt(offsetOf(example, context, inner));
    expect(t).toMatchObject({ type, modifiers });
  });

  it('covers a whole name or string', () => {
    expect(tokenAt(offsetOf(example, 'party Acme', 'Acme'))!.length).toBe(4);
    expect(tokenAt(offsetOf(example, 'version "2.1"', '"2.1"'))!.length).toBe(5);
  });

  it('is sorted and never overlaps', () => {
    for (let i = 1; i < tokens.length; i++) {
      expect(tokens[i]!.offset).toBeGreaterThanOrEqual(tokens[i - 1]!.offset + tokens[i - 1]!.length);
    }
  });

  it('splits a block comment into one token per line', () => {
    const t = 'party A /* one\ntwo */ party B\n';
    const a = analyzeFixture('comment.pledge', t);
    const comments = semanticTokens(a).filter((x) => TOKEN_TYPES[x.type] === 'comment');
    expect(comments.map((c) => t.slice(c.offset, c.offset + c.length))).toEqual(['/* one', 'two */']);
  });

  it('gives an unresolved name the type of what was expected there', () => {
    const t = 'party A\nagreement "X" { provider A customer Nobody }\n';
    const a = analyzeFixture('unresolved.pledge', t);
    const tok = semanticTokens(a).find((x) => x.offset === offsetOf(t, 'Nobody'));
    expect(TOKEN_TYPES[tok!.type]).toBe('type');
    expect(tok!.modifiers).toBe(0);
  });
});
