// `.pledgerc.json`: finding it, reading it (never throwing), following
// `extends`, and turning it into the engine's RuleSettings. The merge of
// presets, editor settings and files is a pure function the language server
// reuses.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, findRule } from '../rules/registry';
import { optionValue } from '../rules/options';
import type { Rule, SeveritySetting } from '../rules/types';
import type { RuleSetting, RuleSettings } from './analyze';

export const CONFIG_FILE = '.pledgerc.json';
export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Something wrong in a configuration file; the rest of the file still applies. */
export interface ConfigProblem {
  file: string;
  message: string;
  /** 1-based, when the problem has a place in the file. */
  line?: number;
  column?: number;
  /** The file is not JSON at all (or cannot be read): nothing in it could be used. */
  fatal?: boolean;
}

export interface LoadedConfig {
  /** The configuration file (undefined: none was found). */
  file: string | undefined;
  settings: RuleSettings;
  problems: ConfigProblem[];
  /** Every file read, the file itself first, then what it extends. */
  files: string[];
}

// ---------------------------------------------------------------------------
// JSON with positions: enough to point at the key a problem is about.

export type JsonNode =
  | { kind: 'object'; offset: number; members: { key: string; keyOffset: number; value: JsonNode }[] }
  | { kind: 'array'; offset: number; items: JsonNode[] }
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number }
  | { kind: 'boolean'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Parses strict JSON (RFC 8259), keeping the offset of every value and key. */
export function parseJson(text: string): JsonNode {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const describe = (at: number) => (at >= text.length ? 'end of file' : `"${text[at]}"`);
  const str = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (true) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalid escape in string');
        }
      } else if (c < ' ') {
        fail('control character in string');
      } else {
        out += c;
        i++;
      }
    }
  };
  const value = (): JsonNode => {
    ws();
    const offset = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const members: { key: string; keyOffset: number; value: JsonNode }[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', offset, members };
      }
      while (true) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyOffset = i;
        const key = str();
        ws();
        if (text[i] !== ':') fail(`expected ":" after the property name, found ${describe(i)}`);
        i++;
        members.push({ key, keyOffset, value: value() });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', offset, members };
        }
        fail(`expected "," or "}", found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', offset, items };
      }
      while (true) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', offset, items };
        }
        fail(`expected "," or "]", found ${describe(i)}`);
      }
    }
    if (c === '"') return { kind: 'string', offset, value: str() };
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (num) {
      i += num[0].length;
      return { kind: 'number', offset, value: Number(num[0]) };
    }
    for (const [word, node] of [
      ['true', { kind: 'boolean', offset, value: true }],
      ['false', { kind: 'boolean', offset, value: false }],
      ['null', { kind: 'null', offset }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node;
      }
    }
    return fail(`expected a value, found ${describe(i)}`);
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = value();
  ws();
  if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  return root;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      start = k + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// ---------------------------------------------------------------------------
// Settings: presets and merging.

/** The settings of a preset: `recommended` is every rule at its default; `strict` raises every default info to warning. */
export function presetSettings(preset: Preset, rules: readonly Rule<any>[] = RULES): RuleSettings {
  const map = new Map<string, RuleSetting>();
  if (preset === 'strict') {
    for (const r of rules) if (r.severity === 'info') map.set(r.id, { severity: 'warning' });
  }
  return { rules: map };
}

/**
 * Merges layers of settings, later layers winning rule by rule: a layer that
 * sets only a severity keeps the options of the layers below, and options are
 * merged key by key. Use `mergeSettings(base, editor, file)`: the file wins
 * over the editor's settings.
 */
export function mergeSettings(...layers: readonly (RuleSettings | undefined)[]): RuleSettings {
  const out = new Map<string, RuleSetting>();
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, s] of layer.rules) {
      const prev = out.get(id) ?? {};
      const next: RuleSetting = { ...prev };
      if (s.severity !== undefined) next.severity = s.severity;
      if (s.options) next.options = { ...prev.options, ...s.options };
      out.set(id, next);
    }
  }
  return { rules: out };
}

// ---------------------------------------------------------------------------
// One file's content → its own settings (before extends).

export interface ParsedConfig {
  extends: { target: string; offset: number; line: number; column: number }[];
  settings: RuleSettings;
  problems: ConfigProblem[];
}

function describeType(node: JsonNode): string {
  return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'an array' : node.kind === 'null' ? 'null' : `a ${node.kind}`;
}

function plainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.members.map((m) => [m.key, plainValue(m.value)]));
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/**
 * Reads the text of one configuration file. Never throws: what is wrong
 * becomes a problem naming the key and why, and every valid part is kept.
 */
export function parseConfigText(text: string, file: string, rules: readonly Rule<any>[] = RULES): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const at = (offset: number, message: string, fatal = false) => {
    problems.push({ file, message, ...lineColumn(text, offset), ...(fatal ? { fatal } : {}) });
  };
  const result: ParsedConfig = { extends: [], settings: { rules: new Map() }, problems };
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      at(e.offset, `invalid JSON: ${e.message}`, true);
      return result;
    }
    throw e;
  }
  if (root.kind !== 'object') {
    at(root.offset, `expected an object with "extends" and "rules", found ${describeType(root)}`);
    return result;
  }
  const find = (idOrName: string) =>
    rules === RULES ? findRule(idOrName) : rules.find((r) => r.id === idOrName || r.id === idOrName.toUpperCase() || r.name === idOrName);
  const settings = result.settings.rules as Map<string, RuleSetting>;
  const seenRule = new Map<string, string>();
  for (const member of root.members) {
    const { key, value } = member;
    if (key === '$schema') continue;
    if (key === 'extends') {
      const targets = value.kind === 'array' ? value.items : [value];
      for (const t of targets) {
        if (t.kind === 'string' && t.value.trim() !== '') result.extends.push({ target: t.value, offset: t.offset, ...lineColumn(text, t.offset) });
        else at(t.offset, `"extends": expected "recommended", "strict" or a relative path to a ${CONFIG_FILE}, found ${describeType(t)}`);
      }
      continue;
    }
    if (key !== 'rules') {
      at(member.keyOffset, `unknown key "${key}" (expected "extends" or "rules")`);
      continue;
    }
    if (value.kind !== 'object') {
      at(value.offset, `"rules": expected an object of rule ids or names, found ${describeType(value)}`);
      continue;
    }
    for (const entry of value.members) {
      const rule = find(entry.key);
      if (!rule) {
        at(entry.keyOffset, `"rules": unknown rule "${entry.key}"`);
        continue;
      }
      const earlier = seenRule.get(rule.id);
      if (earlier !== undefined) at(entry.keyOffset, `"rules": "${entry.key}" sets ${rule.id} again (already set by "${earlier}"); the later setting wins`);
      seenRule.set(rule.id, entry.key);
      const setting = ruleSetting(rule, entry.key, entry.value, at);
      if (setting) settings.set(rule.id, setting);
    }
  }
  return result;
}

function ruleSetting(
  rule: Rule<any>,
  key: string,
  node: JsonNode,
  at: (offset: number, message: string) => void,
): RuleSetting | undefined {
  const severityNode = node.kind === 'array' ? node.items[0] : node;
  const optionsNode = node.kind === 'array' ? node.items[1] : undefined;
  if (node.kind === 'array' && (node.items.length < 1 || node.items.length > 2)) {
    at(node.offset, `"${key}": expected "<severity>" or ["<severity>", { options }], found an array of ${node.items.length}`);
    if (node.items.length === 0) return undefined;
  }
  if (!severityNode || (severityNode.kind !== 'string' && severityNode.kind !== 'array')) {
    at((severityNode ?? node).offset, `"${key}": expected a severity (${SEVERITY_SETTINGS.join(', ')}) or ["<severity>", { options }], found ${describeType(severityNode ?? node)}`);
    return undefined;
  }
  const out: RuleSetting = {};
  if (severityNode.kind !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severityNode.value)) {
    const found = severityNode.kind === 'string' ? `"${severityNode.value}"` : describeType(severityNode);
    at(severityNode.offset, `"${key}": bad severity ${found} (expected ${SEVERITY_SETTINGS.join(', ')})`);
  } else if (severityNode.value === 'off' && rule.alwaysOn) {
    at(severityNode.offset, `"${key}": ${rule.id} ${rule.name} is always on and cannot be turned off`);
  } else {
    out.severity = severityNode.value as SeveritySetting;
  }
  if (optionsNode) {
    if (optionsNode.kind !== 'object') {
      at(optionsNode.offset, `"${key}": expected an object of options, found ${describeType(optionsNode)}`);
    } else {
      const options: Record<string, number> = {};
      const names = Object.keys(rule.options);
      for (const m of optionsNode.members) {
        const spec = rule.options[m.key];
        if (!spec) {
          const known = names.length ? `options of ${rule.id} are ${names.map((n) => `"${n}"`).join(', ')}` : `${rule.id} has no options`;
          at(m.keyOffset, `"${key}": unknown option "${m.key}" (${known})`);
          continue;
        }
        const v = optionValue(spec, plainValue(m.value));
        if ('error' in v) at(m.value.offset, `"${key}": bad value ${JSON.stringify(plainValue(m.value))} for option "${m.key}": ${v.error}`);
        else options[m.key] = v.value;
      }
      if (Object.keys(options).length) out.options = options;
    }
  }
  return out.severity !== undefined || out.options ? out : undefined;
}

// ---------------------------------------------------------------------------
// Files: finding, reading, extends, caching.

export interface ConfigFileSystem {
  /** The text of a file, or undefined when it cannot be read. */
  readFile(file: string): string | undefined;
  /** A stamp that changes when the file changes (mtime), or undefined when it does not exist. */
  stamp(file: string): number | undefined;
}

export const nodeConfigFileSystem: ConfigFileSystem = {
  readFile(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  stamp(file) {
    try {
      const s = fs.statSync(file);
      return s.isFile() ? s.mtimeMs : undefined;
    } catch {
      return undefined;
    }
  },
};

/** The nearest `.pledgerc.json` in the folder of `file` or above it, up to the filesystem root. */
export function findConfigFile(file: string, fileSystem: ConfigFileSystem = nodeConfigFileSystem): string | undefined {
  let dir = path.dirname(path.resolve(file));
  while (true) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (fileSystem.stamp(candidate) !== undefined) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface CacheEntry {
  stamp: number;
  parsed: ParsedConfig;
}

/** Loads configuration files, caching each file's parse by path and mtime. */
export class ConfigLoader {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly fileSystem: ConfigFileSystem = nodeConfigFileSystem,
    private readonly rules: readonly Rule<any>[] = RULES,
  ) {}

  /** The configuration that applies to a `.pledge` file (none found: default settings, no problems). */
  configFor(pledgeFile: string): LoadedConfig {
    const file = findConfigFile(pledgeFile, this.fileSystem);
    if (!file) return { file: undefined, settings: { rules: new Map() }, problems: [], files: [] };
    return this.load(file);
  }

  /** Loads one configuration file with everything it extends. */
  load(file: string): LoadedConfig {
    const abs = path.resolve(file);
    const problems: ConfigProblem[] = [];
    const files: string[] = [];
    const settings = this.resolve(abs, [], problems, files);
    return { file: abs, settings, problems, files };
  }

  private parsed(file: string): ParsedConfig | undefined {
    const stamp = this.fileSystem.stamp(file);
    if (stamp === undefined) return undefined;
    const cached = this.cache.get(file);
    if (cached && cached.stamp === stamp) return cached.parsed;
    const text = this.fileSystem.readFile(file);
    if (text === undefined) return undefined;
    const parsed = parseConfigText(text, file, this.rules);
    this.cache.set(file, { stamp, parsed });
    return parsed;
  }

  private resolve(file: string, chain: readonly string[], problems: ConfigProblem[], files: string[]): RuleSettings {
    const parsed = this.parsed(file);
    files.push(file);
    if (!parsed) {
      problems.push({ file, message: 'cannot read the file', fatal: true });
      return { rules: new Map() };
    }
    problems.push(...parsed.problems);
    const bases: RuleSettings[] = [];
    for (const ext of parsed.extends) {
      const where = { line: ext.line, column: ext.column };
      if ((PRESETS as readonly string[]).includes(ext.target)) {
        bases.push(presetSettings(ext.target as Preset, this.rules));
        continue;
      }
      if (!/^\.{1,2}[\\/]/.test(ext.target) && !path.isAbsolute(ext.target) && !ext.target.endsWith('.json')) {
        problems.push({ file, ...where, message: `"extends": unknown preset "${ext.target}" (expected ${PRESETS.map((p) => `"${p}"`).join(' or ')}, or a relative path such as "../${CONFIG_FILE}")` });
        continue;
      }
      const target = path.resolve(path.dirname(file), ext.target);
      if (target === file || chain.includes(target)) {
        const cycle = [...chain, file, target].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f));
        problems.push({ file, ...where, message: `"extends": "${ext.target}" makes a cycle (${cycle.join(' → ')}); ignored` });
        continue;
      }
      if (this.fileSystem.stamp(target) === undefined) {
        problems.push({ file, ...where, message: `"extends": cannot find "${ext.target}" (looked for ${target})` });
        continue;
      }
      bases.push(this.resolve(target, [...chain, file], problems, files));
    }
    return mergeSettings(...bases, parsed.settings);
  }
}

/** Turns editor settings (`{ "<id or name>": severity | [severity, options] }`) into RuleSettings, with problems, like a file's `rules`. */
export function settingsFromObject(rules: unknown, source: string, registry: readonly Rule<any>[] = RULES): { settings: RuleSettings; problems: ConfigProblem[] } {
  const parsed = parseConfigText(JSON.stringify({ rules: rules ?? {} }), source, registry);
  return { settings: parsed.settings, problems: parsed.problems.map(({ line: _l, column: _c, ...p }) => p) };
}
