// .pledgerc.json: JSON with positions, problems that name the key and why,
// presets, merging, nearest-file lookup, extends chains and caching.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigLoader,
  findConfigFile,
  lineColumn,
  mergeSettings,
  parseConfigText,
  parseJson,
  presetSettings,
  settingsFromObject,
  type ConfigFileSystem,
} from '../../server/src/engine/config';
import type { RuleSetting, RuleSettings } from '../../server/src/engine/analyze';
import { defineRule, type Rule } from '../../server/src/rules/types';

const FIXTURES = path.resolve(__dirname, '../fixtures/config');

function fakeRule(id: string, name: string, severity: Rule['severity'], extra: Partial<Rule<any>> = {}): Rule<any> {
  return defineRule<any>({ id, name, family: 'balance', severity, description: 'd', why: 'w', tags: [], options: {}, check() {}, ...extra });
}
const RULES: Rule<any>[] = [
  fakeRule('PLT01', 'quiet-rule', 'info'),
  fakeRule('PLT02', 'tuned-rule', 'warning', {
    options: {
      threshold: { type: 'percent', default: 99.9, description: 'p' },
      window: { type: 'duration', default: '30 days', description: 'd' },
    },
  }),
  fakeRule('PLT03', 'loud-rule', 'error'),
  fakeRule('PLT04', 'core-rule', 'error', { alwaysOn: true }),
];

const plain = (s: RuleSettings): Record<string, RuleSetting> => Object.fromEntries(s.rules);
const parse = (config: unknown) => parseConfigText(typeof config === 'string' ? config : JSON.stringify(config), 'c.json', RULES);

describe('parseJson', () => {
  it('keeps offsets of keys and values', () => {
    const node = parseJson('{ "a": [1, "x"], "b": null }');
    expect(node.kind).toBe('object');
    if (node.kind !== 'object') return;
    expect(node.members.map((m) => [m.key, m.keyOffset, m.value.offset])).toEqual([
      ['a', 2, 7],
      ['b', 17, 22],
    ]);
  });

  it.each([
    ['{ "a": 1, }', 10, 'expected a property name'],
    ['{ "a" 1 }', 6, 'expected ":"'],
    ['[1 2]', 3, 'expected "," or "]"'],
    ['{ "a": tru }', 7, 'expected a value'],
    ['{} x', 3, 'after the end'],
    ['"abc', 0, 'unterminated string'],
    ['', 0, 'found end of file'],
    ["{ 'a': 1 }", 2, 'double quotes'],
    // Where jsonc-parser is more lenient, or reads one token, the first problem is still named exactly.
    ['{\u00a0}', 1, 'expected a property name'],
    ['[falsey]', 6, 'expected "," or "]", found "y"'],
    ['[1, 2.]', 5, 'expected "," or "]", found "."'],
    ['[1 "a\\q"]', 3, 'expected "," or "]", found """'],
    ['{ "a": "x\\q" }', 9, 'invalid escape'],
    ['{ "a": "x\ny" }', 9, 'control character'],
    ['{ "a": 1 /* c */ }', 9, 'expected "," or "}"'],
  ])('rejects %j at offset %d', (text, offset, message) => {
    try {
      parseJson(text);
      expect.unreachable();
    } catch (e) {
      expect((e as { offset: number }).offset).toBe(offset);
      expect((e as Error).message).toContain(message);
    }
  });

  it('reads escapes, numbers and literals', () => {
    expect(parseJson('["a\\n\\u0041", -1.5e2, true, false, null]')).toMatchObject({
      items: [{ value: 'a\nA' }, { value: -150 }, { value: true }, { value: false }, { kind: 'null' }],
    });
  });

  it('gives 1-based lines and columns', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('parseConfigText', () => {
  it('accepts ids and names, severities and options', () => {
    const r = parse({ rules: { 'quiet-rule': 'warning', PLT02: ['error', { threshold: 99.5, window: '2 days' }], plt03: 'off' } });
    expect(r.problems).toEqual([]);
    expect(plain(r.settings)).toEqual({
      PLT01: { severity: 'warning' },
      PLT02: { severity: 'error', options: { threshold: 99.5, window: 2880 } },
      PLT03: { severity: 'off' },
    });
  });

  it('reads extends as a string or a list', () => {
    expect(parse({ extends: 'strict' }).extends.map((e) => e.target)).toEqual(['strict']);
    expect(parse({ extends: ['strict', './a.json'] }).extends.map((e) => e.target)).toEqual(['strict', './a.json']);
  });

  it.each([
    [{ rules: { PLT99: 'error' } }, '"rules": unknown rule "PLT99"'],
    [{ rules: { PLT01: 'loud' } }, '"PLT01": bad severity "loud" (expected error, warning, info, hint, off)'],
    [{ rules: { PLT01: 2 } }, '"PLT01": expected a severity'],
    [{ rules: { PLT02: ['warning', { speed: 1 }] } }, '"PLT02": unknown option "speed" (options of PLT02 are "threshold", "window")'],
    [{ rules: { PLT01: ['warning', { speed: 1 }] } }, '"PLT01": unknown option "speed" (PLT01 has no options)'],
    [{ rules: { PLT02: ['warning', { threshold: 120 }] } }, '"PLT02": bad value 120 for option "threshold": expected a percentage'],
    [{ rules: { PLT02: ['warning', { window: 'soon' }] } }, '"PLT02": bad value "soon" for option "window": expected a duration'],
    [{ rules: { PLT02: ['warning', 5] } }, '"PLT02": expected an object of options, found a number'],
    [{ rules: { PLT02: [] } }, '"PLT02": expected "<severity>" or ["<severity>", { options }], found an array of 0'],
    [{ rules: { PLT04: 'off' } }, '"PLT04": PLT04 core-rule is always on and cannot be turned off'],
    [{ rules: { PLT01: 'info', 'quiet-rule': 'hint' } }, '"quiet-rule" sets PLT01 again'],
    [{ rules: [] }, '"rules": expected an object of rule ids or names, found an array'],
    [{ extends: 3 }, '"extends": expected "recommended", "strict" or a relative path'],
    [{ plugins: [] }, 'unknown key "plugins" (expected "extends" or "rules")'],
    [[1], 'expected an object with "extends" and "rules", found an array'],
  ])('%j → %s', (config, message) => {
    const r = parse(config);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toContain(message);
    expect(r.problems[0]!.fatal).toBeUndefined();
    expect(r.problems[0]!.line).toBe(1);
  });

  it('keeps the valid parts of an invalid file', () => {
    const r = parse({ rules: { PLT99: 'error', PLT01: 'hint', PLT02: ['loud', { threshold: 99 }], PLT03: ['warning', { x: 1 }] } });
    expect(r.problems).toHaveLength(3);
    expect(plain(r.settings)).toEqual({ PLT01: { severity: 'hint' }, PLT02: { options: { threshold: 99 } }, PLT03: { severity: 'warning' } });
  });

  it('points at the key a problem is about', () => {
    const text = '{\n  "rules": {\n    "PLT01": "warning",\n    "PLT99": "error"\n  }\n}\n';
    expect(parse(text).problems).toEqual([{ file: 'c.json', message: '"rules": unknown rule "PLT99"', line: 4, column: 5 }]);
  });

  it('reports text that is not JSON with its position, as fatal', () => {
    const r = parse('{\n  "rules": {\n    "PLT01": "warning",\n  }\n}');
    expect(r.problems).toEqual([
      { file: 'c.json', message: 'invalid JSON: expected a property name in double quotes, found "}"', line: 4, column: 3, fatal: true },
    ]);
    expect(r.settings.rules.size).toBe(0);
  });

  it('checks names against the real registry by default', () => {
    expect(parseConfigText('{"rules":{"unused-suppression":"error","PL008":"hint"}}', 'c.json').settings.rules.get('PL008')).toEqual({ severity: 'hint' });
  });
});

describe('presets and merging', () => {
  it('recommended keeps defaults; strict raises every default info to warning', () => {
    expect(plain(presetSettings('recommended', RULES))).toEqual({});
    expect(plain(presetSettings('strict', RULES))).toEqual({ PLT01: { severity: 'warning' } });
  });

  it('later layers win rule by rule, keeping options a layer does not set', () => {
    const base: RuleSettings = { rules: new Map([['PLT02', { severity: 'info', options: { threshold: 99, window: 60 } }], ['PLT01', { severity: 'hint' }]]) };
    const editor: RuleSettings = { rules: new Map([['PLT02', { severity: 'error', options: { window: 120 } }], ['PLT03', { severity: 'off' }]]) };
    const file: RuleSettings = { rules: new Map([['PLT02', { severity: 'warning' }], ['PLT03', { severity: 'info' }]]) };
    expect(plain(mergeSettings(base, editor, file))).toEqual({
      PLT01: { severity: 'hint' },
      PLT02: { severity: 'warning', options: { threshold: 99, window: 120 } },
      PLT03: { severity: 'info' },
    });
    // The file wins over the editor whatever the editor says.
    expect(plain(mergeSettings(file, editor)).PLT03).toEqual({ severity: 'off' });
    expect(plain(mergeSettings(editor, file)).PLT03).toEqual({ severity: 'info' });
    expect(plain(mergeSettings(undefined, base))).toEqual(plain(base));
  });

  it('reads editor settings like a file', () => {
    const r = settingsFromObject({ 'quiet-rule': 'error', nope: 'warning' }, 'editor settings', RULES);
    expect(plain(r.settings)).toEqual({ PLT01: { severity: 'error' } });
    expect(r.problems).toEqual([{ file: 'editor settings', message: '"rules": unknown rule "nope"' }]);
  });
});

describe('ConfigLoader (fixtures)', () => {
  it('follows an extends chain, each path relative to its own file, down to a preset', () => {
    const c = new ConfigLoader(undefined, RULES).load(path.join(FIXTURES, 'chain/.pledgerc.json'));
    expect(c.problems).toEqual([]);
    expect(c.files.map((f) => path.relative(FIXTURES, f))).toEqual(['chain/.pledgerc.json', 'chain/base/level1.json', 'chain/base/inner/level2.json']);
    expect(plain(c.settings)).toEqual({
      // strict (PLT01 info → warning) overridden by level1's hint
      PLT01: { severity: 'hint' },
      // threshold: level2 99 → file 99.5; window: level2 4 hours → level1 2 days
      PLT02: { severity: 'error', options: { threshold: 99.5, window: 2880 } },
    });
  });

  it('breaks extends cycles with a problem and keeps the rest', () => {
    const c = new ConfigLoader(undefined, RULES).load(path.join(FIXTURES, 'cycle/.pledgerc.json'));
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]!.file).toBe(path.join(FIXTURES, 'cycle/b.json'));
    expect(c.problems[0]!.message).toMatch(/makes a cycle .*cycle\/\.pledgerc\.json → cycle\/b\.json → cycle\/\.pledgerc\.json/);
    expect(plain(c.settings)).toEqual({ PLT01: { severity: 'info' }, PLT02: { severity: 'warning' } });
  });

  it('the nearest file wins', () => {
    const loader = new ConfigLoader();
    expect(loader.configFor(path.join(FIXTURES, 'project/stale.pledge')).file).toBe(path.join(FIXTURES, 'project/.pledgerc.json'));
    const sub = loader.configFor(path.join(FIXTURES, 'project/sub/deeper/stale.pledge'));
    expect(sub.file).toBe(path.join(FIXTURES, 'project/sub/.pledgerc.json'));
    expect(plain(sub.settings)).toEqual({ PL008: { severity: 'off' } });
  });

  it('reports missing extends targets and unknown presets where they are written', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgerc-'));
    const file = path.join(dir, '.pledgerc.json');
    fs.writeFileSync(file, '{\n  "extends": ["./missing.json", "lenient"],\n  "rules": { "PL008": "error" }\n}\n');
    const c = new ConfigLoader().load(file);
    expect(c.problems.map((p) => [p.line, p.column, p.message.replace(dir, '<dir>')])).toEqual([
      [2, 15, '"extends": cannot find "./missing.json" (looked for <dir>/missing.json)'],
      [2, 33, '"extends": unknown preset "lenient" (expected "recommended" or "strict", or a relative path such as "../.pledgerc.json")'],
    ]);
    expect(plain(c.settings)).toEqual({ PL008: { severity: 'error' } });
    fs.rmSync(dir, { recursive: true });
  });

  it('reports an unreadable file as fatal', () => {
    const c = new ConfigLoader().load(path.join(FIXTURES, 'no-such-dir/.pledgerc.json'));
    expect(c.problems).toEqual([{ file: path.join(FIXTURES, 'no-such-dir/.pledgerc.json'), message: 'cannot read the file', fatal: true }]);
  });
});

describe('lookup and cache (in-memory file system)', () => {
  function memory(files: Record<string, string>) {
    const stamps = new Map(Object.keys(files).map((f) => [f, 1]));
    let reads = 0;
    const fsys: ConfigFileSystem = {
      readFile: (f) => {
        reads++;
        return files[f];
      },
      stamp: (f) => stamps.get(f),
    };
    return { fsys, files, stamps, reads: () => reads };
  }

  it('walks up to the filesystem root and stops there', () => {
    const m = memory({ '/a/.pledgerc.json': '{}' });
    expect(findConfigFile('/a/b/c/x.pledge', m.fsys)).toBe('/a/.pledgerc.json');
    expect(findConfigFile('/z/x.pledge', m.fsys)).toBeUndefined();
    const none = new ConfigLoader(m.fsys, RULES).configFor('/z/x.pledge');
    expect(none).toEqual({ file: undefined, settings: { rules: new Map() }, problems: [], files: [] });
  });

  it('caches by path and mtime', () => {
    const m = memory({ '/p/.pledgerc.json': '{"rules":{"PLT01":"error"}}' });
    const loader = new ConfigLoader(m.fsys, RULES);
    expect(plain(loader.configFor('/p/x.pledge').settings)).toEqual({ PLT01: { severity: 'error' } });
    loader.configFor('/p/y.pledge');
    expect(m.reads()).toBe(1);
    m.files['/p/.pledgerc.json'] = '{"rules":{"PLT01":"hint"}}';
    expect(plain(loader.configFor('/p/x.pledge').settings)).toEqual({ PLT01: { severity: 'error' } });
    m.stamps.set('/p/.pledgerc.json', 2);
    expect(plain(loader.configFor('/p/x.pledge').settings)).toEqual({ PLT01: { severity: 'hint' } });
    expect(m.reads()).toBe(2);
  });
});
