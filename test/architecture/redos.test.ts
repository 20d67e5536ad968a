// Every regular expression of the lexer and of the TextMate grammar runs in
// linear time: `recheck` finds no exponential or polynomial backtracking.
//
// The lexer applies its patterns at one offset at a time (sticky), so they are
// checked with the `y` flag; a TextMate grammar searches each line from a
// position onwards, so its patterns are checked unanchored.

process.env.RECHECK_BACKEND ??= 'pure';

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkSync, type Diagnostics } from 'recheck';
import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import * as tokens from '../../server/src/syntax/tokens';
import { REPO } from '../harness/analyze';

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function lexerPatterns(): Pattern[] {
  const seen = new Set<string>();
  const out: Pattern[] = [];
  const all = [...Object.values(tokens), ...Object.values(tokens.keywords)] as unknown[];
  for (const value of all) {
    const t = value as Partial<TokenType>;
    if (!t || typeof t !== 'object' || !(t.PATTERN instanceof RegExp)) continue;
    const key = `${t.name}:${t.PATTERN.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ where: `tokens.ts ${t.name}`, source: t.PATTERN.source, flags: t.PATTERN.flags.replace('y', '') + 'y' });
  }
  return out;
}

function grammarPatterns(): Pattern[] {
  const grammar = JSON.parse(readFileSync(path.join(REPO, 'grammar/pledge.tmLanguage.json'), 'utf8')) as unknown;
  const out: Pattern[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') out.push({ where: `${where}.${k}`, source: v, flags: '' });
        else walk(v, `${where}.${k}`);
      }
    }
  };
  walk(grammar, 'pledge.tmLanguage.json');
  return out;
}

/** The best of three times (ms) of one search of `re` in `text`. */
function searchTime(source: string, flags: string, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const re = new RegExp(source, flags.replace('g', ''));
    const t0 = performance.now();
    re.exec(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Whether an attack found by recheck's fuzzer really slows V8 down: a search in
 * a string four times longer must take far more than four times as long.
 * (The fuzzer's own engine approximates `\b` and lookarounds, and sometimes
 * reports a pattern that V8 matches in linear time.)
 */
function confirmedInV8(p: Pattern, d: Extract<Diagnostics, { status: 'vulnerable' }>): boolean {
  const attack = (k: number) => d.attack.pumps.map((pump) => pump.prefix + pump.pump.repeat(k)).join('') + d.attack.suffix;
  const unit = Math.max(1, d.attack.pumps.reduce((n, pump) => n + pump.pump.length, 0));
  const k = Math.max(10, Math.ceil(4000 / unit));
  const small = searchTime(p.source, p.flags, attack(k));
  const large = searchTime(p.source, p.flags, attack(4 * k));
  return large > 20 && large / Math.max(small, 0.01) > 8;
}

const PARAMS = { timeout: 30_000, randomSeed: 20261130 };

export function verdict(p: Pattern): string | undefined {
  let d: Diagnostics = checkSync(p.source, p.flags, PARAMS);
  // The automaton checker can take too long on big alternations: the fuzzer decides then.
  if (d.status === 'unknown' && d.error.kind === 'timeout') d = checkSync(p.source, p.flags, { ...PARAMS, checker: 'fuzz' });
  if (d.status === 'safe') return undefined;
  if (d.status === 'vulnerable') {
    // (An exponential attack is not timed: at these lengths it would not end.)
    if (d.complexity.isFuzz && d.complexity.type === 'polynomial' && !confirmedInV8(p, d)) return undefined;
    return `${p.where}: ${d.complexity.summary} backtracking on ${d.attack.pattern} (/${p.source}/${p.flags})`;
  }
  return `${p.where}: recheck could not decide (${d.error.kind}) for /${p.source}/${p.flags}`;
}

/**
 * Known super-linear patterns, each a reported defect to fix in its file; the
 * test fails when one of them is fixed (remove it here) or when another appears.
 */
const KNOWN: Record<string, string> = {};

describe('regular expressions run in linear time', () => {
  const lexer = lexerPatterns();
  const grammar = grammarPatterns();

  it('finds the patterns', () => {
    expect(lexer.length).toBeGreaterThan(80);
    expect(grammar.length).toBeGreaterThan(40);
  });

  it('the lexer has no super-linear pattern', () => {
    expect(lexer.map(verdict).filter(Boolean)).toEqual([]);
  }, 300_000);

  it('the TextMate grammar has no super-linear pattern but the known ones', () => {
    const found = grammar.map((p) => [p.where, verdict(p)] as const).filter(([, v]) => v !== undefined);
    expect(found.filter(([where]) => !(where in KNOWN)).map(([, v]) => v)).toEqual([]);
    expect(found.map(([where]) => where).filter((where) => where in KNOWN).sort()).toEqual(Object.keys(KNOWN).sort());
  }, 300_000);

  it('catches a deliberately bad pattern, exponential and polynomial', () => {
    expect(verdict({ where: 'bad', source: '"(?:[^"]|\\\\.|")*"', flags: 'y' })).toMatch(/^bad: exponential backtracking/);
    // A lexer pattern that would be vulnerable.
    expect(verdict({ where: 'bad', source: '\\/\\*(?:[\\s\\S]*)*\\*\\/', flags: 'y' })).toMatch(/^bad: exponential backtracking/);
    expect(verdict({ where: 'bad', source: '\\s*a*\\s*b', flags: 'y' })).toMatch(/^bad: 2nd degree polynomial backtracking/);
  }, 60_000);
});
