// The editor grammar files: they parse, the TextMate grammar gives every keyword of the
// language its own (whole-word) scope, the language configuration treats Pledge values as
// words, and every snippet expands to Pledge that parses.
//
// Token-level scopes are tested with vscode-tmgrammar-test on test/grammar/*.test.pledge.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { keywordWords } from '../../server/src/syntax/tokens';
import { specText } from '../harness/spec';

const REPO = path.resolve(__dirname, '../..');

function readText(relative: string): string {
  return readFileSync(path.join(REPO, relative), 'utf8');
}

function readJson<T>(relative: string): T {
  return JSON.parse(readText(relative)) as T;
}

// ---------------------------------------------------------------------------
// TextMate grammar model and a one-token matcher

interface Capture {
  name?: string;
  patterns?: Rule[];
}

interface Rule {
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  patterns?: Rule[];
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
}

interface Grammar {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const GRAMMAR_FILE = 'grammar/pledge.tmLanguage.json';
const IDENTIFIER_SCOPE = 'variable.other.pledge';

/** Every rule of the grammar, nested ones and those inside captures included. */
function everyRule(grammar: Grammar): Rule[] {
  const out: Rule[] = [];
  const visit = (rule: Rule): void => {
    out.push(rule);
    rule.patterns?.forEach(visit);
    for (const captures of [rule.captures, rule.beginCaptures, rule.endCaptures]) {
      Object.values(captures ?? {}).forEach((c) => c.patterns?.forEach(visit));
    }
  };
  grammar.patterns.forEach(visit);
  Object.values(grammar.repository).forEach(visit);
  return out;
}

/** The rules tried at the top level of a file, includes expanded, in the order TextMate tries them. */
function topLevelRules(grammar: Grammar): Rule[] {
  const out: Rule[] = [];
  const expand = (rules: Rule[], seen: Set<string>): void => {
    for (const rule of rules) {
      if (rule.include === undefined) {
        if (rule.match !== undefined || rule.begin !== undefined) out.push(rule);
        else if (rule.patterns) expand(rule.patterns, seen);
        continue;
      }
      const key = rule.include;
      if (seen.has(key)) continue;
      const target = key === '$self' || key === '$base' ? { patterns: grammar.patterns } : grammar.repository[key.slice(1)];
      if (target === undefined) throw new Error(`unresolved include ${key}`);
      const inner = new Set(seen).add(key);
      if (target.match !== undefined || target.begin !== undefined) out.push(target);
      else expand(target.patterns ?? [], inner);
    }
  };
  expand(grammar.patterns, new Set());
  return out;
}

/**
 * The scopes the first token of `text` gets when `text` stands at the top level: the first
 * rule (in order) that matches at the start wins, as in TextMate. Returns the scopes that
 * cover the whole of `token` (the first characters of `text`), or [] when nothing does.
 */
function scopesOfLeadingToken(rules: Rule[], text: string, token: string): string[] {
  for (const rule of rules) {
    const source = rule.match ?? rule.begin!;
    const m = new RegExp(source, 'yd').exec(text);
    if (m === null) continue;
    const scopes: string[] = [];
    const covers = (span: [number, number] | undefined): boolean => span !== undefined && span[0] === 0 && span[1] >= token.length;
    if (rule.name && covers(m.indices![0])) scopes.push(...rule.name.split(' '));
    const captures = rule.captures ?? rule.beginCaptures ?? {};
    for (const [index, capture] of Object.entries(captures)) {
      if (capture.name && covers(m.indices![Number(index)])) scopes.push(...capture.name.split(' '));
    }
    return scopes;
  }
  return [];
}

/** The quoted words and symbols of the EBNF in LANGUAGE.md §3. */
function ebnfKeywords(spec: string): string[] {
  const ebnf = /```ebnf\n([\s\S]*?)```/.exec(spec);
  if (ebnf === null) throw new Error('LANGUAGE.md has no ebnf block');
  return [...new Set([...ebnf[1]!.matchAll(/"([^"\s]+)"/g)].map((m) => m[1]!))].sort();
}

const grammar = readJson<Grammar>(GRAMMAR_FILE);
const rules = topLevelRules(grammar);
const spec = specText('LANGUAGE.md');
const isWord = (keyword: string): boolean => /^[A-Za-z_]+$/.test(keyword);

describe('the grammar files are valid JSON', () => {
  it.each(['grammar/pledge.tmLanguage.json', 'grammar/language-configuration.json', 'grammar/snippets.json'])('%s', (file) => {
    expect(() => JSON.parse(readText(file))).not.toThrow();
  });
});

describe('pledge.tmLanguage.json', () => {
  it('is the source.pledge grammar', () => {
    expect(grammar.scopeName).toBe('source.pledge');
    expect(grammar.patterns.length).toBeGreaterThan(0);
  });

  it('resolves every include', () => {
    const includes = everyRule(grammar).flatMap((r) => (r.include === undefined ? [] : [r.include]));
    const unresolved = includes.filter((i) => !(i === '$self' || i === '$base' || (i.startsWith('#') && i.slice(1) in grammar.repository)));
    expect(includes.length).toBeGreaterThan(0);
    expect(unresolved).toEqual([]);
  });

  it('has only regular expressions that also compile in JavaScript (no Oniguruma-only syntax)', () => {
    const sources = everyRule(grammar).flatMap((r) => [r.match, r.begin, r.end].filter((s): s is string => s !== undefined));
    const broken = sources.filter((s) => {
      try {
        new RegExp(s, 'd');
        return false;
      } catch {
        return true;
      }
    });
    expect(sources.length).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('finds the keywords of the EBNF', () => {
    // Guards the extraction below: an empty list would make the keyword tests vacuous.
    expect(ebnfKeywords(spec)).toEqual(expect.arrayContaining(['agreement', 'business', 'credits', 'obligation', 'sole', '{', '.']));
  });

  const words = [...new Set([...ebnfKeywords(spec).filter(isWord), ...keywordWords])].sort();
  const symbols = ebnfKeywords(spec).filter((k) => !isWord(k));

  it.each(words)('gives the keyword `%s` a scope of its own', (keyword) => {
    const scopes = scopesOfLeadingToken(rules, `${keyword} `, keyword);
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes).not.toContain(IDENTIFIER_SCOPE);
    expect(scopes.join(' ')).toMatch(/\.pledge$/);
  });

  it.each(words)('keeps `%s` whole-word (with a letter after it, it is a name)', (keyword) => {
    expect(scopesOfLeadingToken(rules, `${keyword}x `, `${keyword}x`)).toEqual([IDENTIFIER_SCOPE]);
  });

  it('never scopes a keyword as a declared or referenced name', () => {
    // Names after `party`, `provider`, `for`, `by`, … are written as `(?!(?:kw|kw|…)\b)[A-Za-z_]…`.
    const nameGuards = everyRule(grammar)
      .flatMap((r) => [...(r.match ?? '').matchAll(/\(\?!\(\?:([A-Za-z_|]+)\)\\b\)\[A-Za-z_\]/g)])
      .map((m) => new Set(m[1]!.split('|')));
    expect(nameGuards.length).toBeGreaterThan(10);
    for (const guard of nameGuards) expect(words.filter((w) => !guard.has(w))).toEqual([]);
  });

  it.each(symbols)('gives the symbol `%s` a punctuation scope', (symbol) => {
    const scopes = scopesOfLeadingToken(rules, `${symbol} `, symbol);
    expect(scopes.some((s) => s.startsWith('punctuation.') && s.endsWith('.pledge'))).toBe(true);
  });

  it('is tested on the complete example of LANGUAGE.md §1, verbatim', () => {
    const example = /```pledge\n([\s\S]*?)```/.exec(spec)![1]!;
    const testFile = readText('test/grammar/language-example.test.pledge')
      .split('\n')
      .slice(1) // the SYNTAX TEST header
      .filter((line) => !/^\/\/\s*[\^<]/.test(line)) // assertion lines
      .join('\n');
    expect(testFile).toBe(example);
  });
});

// ---------------------------------------------------------------------------
// Language configuration

interface LanguageConfiguration {
  comments: { lineComment: string; blockComment: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  onEnterRules: { beforeText: string; afterText?: string; action: { appendText?: string } }[];
  wordPattern: string;
}

const config = readJson<LanguageConfiguration>('grammar/language-configuration.json');

describe('language-configuration.json', () => {
  it('declares Pledge comments, braces and pairs', () => {
    expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(config.brackets).toEqual([['{', '}']]);
    expect(config.autoClosingPairs).toEqual(
      expect.arrayContaining([
        { open: '{', close: '}' },
        { open: '"', close: '"', notIn: expect.arrayContaining(['string']) },
        expect.objectContaining({ open: '/**', close: ' */' }),
      ]),
    );
    expect(config.surroundingPairs).toEqual(expect.arrayContaining([['{', '}'], ['"', '"']]));
  });

  it.each([
    ['availability 99.95% per month', ['availability', '99.95%', 'per', 'month']],
    ['support Mon-Fri 08:00-18:00', ['support', 'Mon', 'Fri', '08:00', '18:00']],
    ['effective 2026-01-01 until 2028-12-31', ['effective', '2026-01-01', 'until', '2028-12-31']],
    ['resolve within 4h', ['resolve', 'within', '4h']],
    ['respond within 15min or 1.5h or 2d or 1w or 30m', ['respond', 'within', '15min', 'or', '1.5h', 'or', '2d', 'or', '1w', 'or', '30m']],
    ['respond within 15 minutes', ['respond', 'within', '15', 'minutes']],
    ['reachable 24x7 via Acme.Duty', ['reachable', '24x7', 'via', 'Acme', 'Duty']],
    ['reachable 24/7 via Duty', ['reachable', '24/7', 'via', 'Duty']],
    ['priority P1 "Outage" {', ['priority', 'P1', 'Outage']],
    ['level 2 Service_Desk after 9:30', ['level', '2', 'Service_Desk', 'after', '9:30']],
  ])('wordPattern splits `%s` into Pledge words', (text, expected) => {
    expect(text.match(new RegExp(config.wordPattern, 'g'))).toEqual(expected);
  });

  it.each([
    ['party Acme "Acme B.V." {', true],
    ['  service Workplace {  // the workplace', true],
    ['  priority P1 {', true],
    ['// party Acme {', false],
    ['  provider Acme', false],
    ['}', false],
    ['  service Workplace { support Office }', false],
  ])('indents after `%s`: %s', (line, expected) => {
    expect(new RegExp(config.indentationRules.increaseIndentPattern).test(line)).toBe(expected);
  });

  it.each([
    ['}', true],
    ['    }', true],
    ['  provider Acme', false],
  ])('outdents `%s`: %s', (line, expected) => {
    expect(new RegExp(config.indentationRules.decreaseIndentPattern).test(line)).toBe(expected);
  });

  it.each([
    ['/** Documentation', ' * '],
    ['  /* a note', ' * '],
    ['   * more of the note', '* '],
  ])('continues the block comment after `%s`', (line, appended) => {
    const rule = config.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
    expect(rule?.action.appendText).toBe(appended);
  });

  it.each(['/** done */', '/**/', 'party Acme'])('does not continue a comment after `%s`', (line) => {
    const rule = config.onEnterRules.find((r) => new RegExp(r.beforeText).test(line) && r.action.appendText !== undefined);
    expect(rule).toBeUndefined();
  });

  it('folds //region … //endregion', () => {
    expect(new RegExp(config.folding.markers.start).test('  // region Services')).toBe(true);
    expect(new RegExp(config.folding.markers.end).test('  // endregion')).toBe(true);
    expect(new RegExp(config.folding.markers.start).test('  // endregion')).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Snippets

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets = readJson<Record<string, Snippet>>('grammar/snippets.json');

/** The text a snippet inserts when every placeholder keeps its default (first choice; empty for a bare tabstop). */
function expandWithDefaults(body: string): string {
  let text = body;
  let previous = '';
  while (text !== previous) {
    previous = text;
    text = text
      .replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text.replace(/\t/g, '  ');
}

/** A clause parses in the block it belongs to; try the file level and each kind of block. */
function contexts(fragment: string): string[] {
  return [
    fragment,
    `agreement "x" {\n${fragment}\n}`,
    `agreement "x" {\n service S {\n${fragment}\n }\n}`,
    `party P {\n${fragment}\n}`,
  ];
}

const snippetEntries = Object.entries(snippets);
const bodyText = (s: Snippet): string => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('snippets.json', () => {
  it('offers the whole clauses of the language', () => {
    const prefixes = snippetEntries.flatMap(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    expect(prefixes).toEqual(
      expect.arrayContaining(['agreement', 'party', 'calendar', 'service', 'priority', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'termination', 'review']),
    );
  });

  it.each(snippetEntries)('%s has a prefix, a description and a non-empty body', (_name, snippet) => {
    const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
    expect(prefixes.length).toBeGreaterThan(0);
    expect(prefixes.every((p) => p.trim().length > 0)).toBe(true);
    expect(snippet.description.trim().length).toBeGreaterThan(0);
    expect(bodyText(snippet).trim().length).toBeGreaterThan(0);
  });

  it.each(snippetEntries)('%s expands with its defaults to Pledge that parses', (_name, snippet) => {
    const text = expandWithDefaults(bodyText(snippet));
    expect(text).not.toMatch(/\$/);
    const parses = contexts(text).some((candidate) => parse(candidate).errors.length === 0);
    expect(parses, text).toBe(true);
  });

  it('expands placeholders to their defaults', () => {
    expect(expandWithDefaults('as ${1|result,effort|} within ${2:4 hours}$0')).toBe('as result within 4 hours');
  });
});
