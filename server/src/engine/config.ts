// `.pledgerc.json`: finding it, reading it (never throwing), following
// `extends`, and turning it into the engine's RuleSettings. The merge of
// presets, editor settings and files is a pure function the language server
// reuses.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { RULES, findRule } from '../rules/registry';
import { lineColumnAt } from '../syntax/positions';
import { optionValue } from '../rules/options';
import type { Rule, SeveritySetting } from '../rules/types';
import type { RuleSetting, RuleSettings } from './analyze';
import { isInside } from '../semantics/model';
import { getLocale, t, type Locale } from '../i18n/index';

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
// JSON with positions (read by jsonc-parser): enough to point at the key a problem is about.

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

// jsonc-parser's token kinds are a `const enum` its typings keep from isolated
// modules: the three values read here, by name.
const LINE_BREAK_TRIVIA = 14;
const TRIVIA = 15;
const EOF = 17;

/** jsonc-parser's errors about the inside of a token, rather than about where it stands. */
const IN_TOKEN = new Set(['UnexpectedEndOfString', 'InvalidEscapeCharacter', 'InvalidUnicode', 'InvalidCharacter', 'UnexpectedEndOfNumber', 'InvalidNumberFormat', 'UnexpectedEndOfComment']);

const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses strict JSON (RFC 8259) with `jsonc-parser`, keeping the offset of
 * every value and key. Throws a `JsonSyntaxError` at the first problem,
 * worded as what was expected there and what was found.
 */
export function parseJson(text: string): JsonNode {
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = base ? text.slice(base) : text;
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, STRICT);
  const stray = strayWhitespace(body);
  // The first problem in the text; where a token is both malformed and out of
  // place, that it is out of place comes first (as a reader meets it).
  const first = [...errors].sort((x, y) => x.offset - y.offset || Number(IN_TOKEN.has(printParseErrorCode(x.error))) - Number(IN_TOKEN.has(printParseErrorCode(y.error))))[0];
  if (stray !== undefined && (!first || stray <= first.offset)) throw syntaxError(body, base, stray);
  if (first) throw syntaxError(body, base, first.offset, first);
  if (!tree) throw syntaxError(body, base, 0);
  return toJsonNode(tree, base);
}

/** jsonc-parser's tree as a `JsonNode` (of a text without errors), offsets shifted by `base`. */
function toJsonNode(n: Node, base: number): JsonNode {
  const offset = n.offset + base;
  switch (n.type) {
    case 'object':
      return {
        kind: 'object',
        offset,
        members: (n.children ?? []).map((p) => ({ key: String(p.children![0]!.value), keyOffset: p.children![0]!.offset + base, value: toJsonNode(p.children![1]!, base) })),
      };
    case 'array':
      return { kind: 'array', offset, items: (n.children ?? []).map((c) => toJsonNode(c, base)) };
    case 'string':
      return { kind: 'string', offset, value: n.value as string };
    case 'number':
      return { kind: 'number', offset, value: n.value as number };
    case 'boolean':
      return { kind: 'boolean', offset, value: n.value as boolean };
    default:
      return { kind: 'null', offset };
  }
}

/** The offset of the first whitespace JSON does not allow (jsonc-parser skips every Unicode space), if any. */
function strayWhitespace(text: string): number | undefined {
  const scanner = createScanner(text, false);
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind !== TRIVIA && kind !== LINE_BREAK_TRIVIA) continue;
    const bad = /[^ \t\r\n]/.exec(scanner.getTokenValue());
    if (bad) return scanner.getTokenOffset() + bad.index;
  }
  return undefined;
}

/** The error for a problem at `offset` of `text` (after the byte-order mark, `base` long). */
function syntaxError(text: string, base: number, offset: number, error?: ParseError): JsonSyntaxError {
  const found = (at: number) => (at >= text.length ? t('config.json.endOfFile') : t('config.json.character', { character: text[at] }));
  switch (error && printParseErrorCode(error.error)) {
    case 'UnexpectedEndOfString':
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
    case 'InvalidCharacter': {
      const inString = stringProblem(text, offset);
      return new JsonSyntaxError(inString.message, inString.offset + base);
    }
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat': {
      // The number ends where its valid part ends: what follows is unexpected.
      offset += /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(offset, offset + 64))?.[0].length ?? 0;
      break;
    }
    case 'InvalidSymbol': {
      // `falsey` is one unknown word to jsonc-parser: where a value may stand, the
      // literal it starts with is valid and what follows is not.
      const literal = /^(?:true|false|null)/.exec(text.slice(offset, offset + 5))?.[0].length ?? 0;
      if (literal && expectedAt(text, offset) === 'config.json.expectedValue') offset += literal;
      break;
    }
  }
  return new JsonSyntaxError(t(expectedAt(text, offset), { found: found(offset) }), offset + base);
}

/** What the JSON grammar expects at `offset`: what jsonc-parser misses when the text ends there. */
function expectedAt(text: string, offset: number) {
  const errors: ParseError[] = [];
  const prefix = text.slice(0, offset);
  parseTree(prefix, errors, STRICT);
  const last = prefix.replace(/[ \t\r\n]+$/, '').slice(-1);
  const missing = errors.find((e) => e.offset >= offset);
  switch (missing && printParseErrorCode(missing.error)) {
    case undefined:
      return 'config.json.trailing' as const;
    case 'PropertyNameExpected':
      return 'config.json.expectedPropertyName' as const;
    case 'ColonExpected':
      return 'config.json.expectedColon' as const;
    case 'CloseBraceExpected':
      return last === '{' ? ('config.json.expectedPropertyName' as const) : ('config.json.expectedCommaOrBrace' as const);
    case 'CloseBracketExpected':
      return last === '[' ? ('config.json.expectedValue' as const) : ('config.json.expectedCommaOrBracket' as const);
    default:
      return 'config.json.expectedValue' as const;
  }
}

/** The exact place and kind of a problem in the string token that starts at `start`. */
function stringProblem(text: string, start: number): { message: string; offset: number } {
  for (let i = start + 1; i < text.length; ) {
    const c = text[i]!;
    if (c === '"') break;
    if (c === '\\') {
      const e = text[i + 1];
      if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else return { message: t('config.json.invalidEscape'), offset: i };
    } else if (c < ' ') {
      return { message: t('config.json.controlCharacter'), offset: i };
    } else i++;
  }
  return { message: t('config.json.unterminatedString'), offset: start };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineColumnAt(text, offset);
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
  return t(`config.type.${node.kind}`);
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
      at(e.offset, t('config.invalidJson', { detail: e.message }), true);
      return result;
    }
    throw e;
  }
  if (root.kind !== 'object') {
    at(root.offset, t('config.notAnObject', { found: describeType(root) }));
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
      for (const target of targets) {
        if (target.kind === 'string' && target.value.trim() !== '') {
          result.extends.push({ target: target.value, offset: target.offset, ...lineColumn(text, target.offset) });
        } else {
          at(target.offset, t('config.extends.badTarget', { file: CONFIG_FILE, found: describeType(target) }));
        }
      }
      continue;
    }
    if (key !== 'rules') {
      at(member.keyOffset, t('config.unknownKey', { key }));
      continue;
    }
    if (value.kind !== 'object') {
      at(value.offset, t('config.rules.notAnObject', { found: describeType(value) }));
      continue;
    }
    for (const entry of value.members) {
      const rule = find(entry.key);
      if (!rule) {
        at(entry.keyOffset, t('config.rules.unknownRule', { rule: entry.key }));
        continue;
      }
      const earlier = seenRule.get(rule.id);
      if (earlier !== undefined) at(entry.keyOffset, t('config.rules.again', { key: entry.key, ruleId: rule.id, earlier }));
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
    at(node.offset, t('config.rule.arrayLength', { key, n: node.items.length }));
    if (node.items.length === 0) return undefined;
  }
  if (!severityNode || (severityNode.kind !== 'string' && severityNode.kind !== 'array')) {
    at((severityNode ?? node).offset, t('config.rule.expectedSeverity', { key, severities: SEVERITY_SETTINGS.join(', '), found: describeType(severityNode ?? node) }));
    return undefined;
  }
  const out: RuleSetting = {};
  if (severityNode.kind !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severityNode.value)) {
    const found = severityNode.kind === 'string' ? `"${severityNode.value}"` : describeType(severityNode);
    at(severityNode.offset, t('config.rule.badSeverity', { key, found, severities: SEVERITY_SETTINGS.join(', ') }));
  } else if (severityNode.value === 'off' && rule.alwaysOn) {
    at(severityNode.offset, t('config.rule.alwaysOn', { key, ruleId: rule.id, ruleName: rule.name }));
  } else {
    out.severity = severityNode.value as SeveritySetting;
  }
  if (optionsNode) {
    if (optionsNode.kind !== 'object') {
      at(optionsNode.offset, t('config.rule.optionsNotAnObject', { key, found: describeType(optionsNode) }));
    } else {
      const options: Record<string, number> = {};
      const names = Object.keys(rule.options);
      for (const m of optionsNode.members) {
        const spec = rule.options[m.key];
        if (!spec) {
          const known = names.length
            ? t('config.rule.knownOptions', { ruleId: rule.id, names: names.map((n) => `"${n}"`).join(', ') })
            : t('config.rule.noOptions', { ruleId: rule.id });
          at(m.keyOffset, t('config.rule.unknownOption', { key, option: m.key, known }));
          continue;
        }
        const v = optionValue(spec, plainValue(m.value));
        if ('error' in v) at(m.value.offset, t('config.rule.badValue', { key, value: JSON.stringify(plainValue(m.value)), option: m.key, error: v.error }));
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
  /** The real path (symlinks resolved), or undefined when it does not exist; without it, paths are compared as written. */
  realPath?(file: string): string | undefined;
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
  realPath(file) {
    try {
      return fs.realpathSync.native(file);
    } catch {
      return undefined;
    }
  },
};

/** Whether `file` lies inside `root`, both as written and with symlinks resolved. */
function containedIn(root: string, file: string, fileSystem: ConfigFileSystem): boolean {
  if (!isInside(root, file)) return false;
  const realRoot = fileSystem.realPath?.(root) ?? root;
  const realFile = fileSystem.realPath?.(file);
  return realFile === undefined || isInside(realRoot, realFile);
}

/**
 * The nearest `.pledgerc.json` in the folder of `file` or above it, up to the
 * workspace folder `root` (a file outside it has none), or up to the
 * filesystem root when no workspace folder is known.
 */
export function findConfigFile(file: string, fileSystem: ConfigFileSystem = nodeConfigFileSystem, root?: string): string | undefined {
  let dir = path.dirname(path.resolve(file));
  const top = root === undefined ? undefined : path.resolve(root);
  while (true) {
    if (top !== undefined && !isInside(top, dir)) return undefined;
    const candidate = path.join(dir, CONFIG_FILE);
    if (fileSystem.stamp(candidate) !== undefined && (top === undefined || containedIn(top, candidate, fileSystem))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

interface CacheEntry {
  stamp: number;
  /** The problems are worded in this locale: another locale parses again. */
  locale: Locale;
  parsed: ParsedConfig;
}

/** Loads configuration files, caching each file's parse by path and mtime. */
export class ConfigLoader {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly fileSystem: ConfigFileSystem = nodeConfigFileSystem,
    private readonly rules: readonly Rule<any>[] = RULES,
  ) {}

  /** Lookups remembered per folder (see `cacheLookups`); undefined: every lookup asks the file system. */
  private lookups: Map<string, LoadedConfig> | undefined;

  /**
   * Remembers the configuration of each folder until `invalidate()`, so a
   * folder's lookup touches the file system once. For callers that learn of
   * changes to configuration files: the language server (file-watch events)
   * and one `pledge check` run.
   */
  cacheLookups(): this {
    this.lookups ??= new Map();
    return this;
  }

  /** Forgets remembered lookups (a configuration file was created, changed or deleted). */
  invalidate(): void {
    this.lookups?.clear();
  }

  /** The configuration that applies to a `.pledge` file (none found: default settings, no problems). */
  configFor(pledgeFile: string, root?: string): LoadedConfig {
    const key = this.lookups && `${getLocale()}\0${root ?? ''}\0${path.dirname(path.resolve(pledgeFile))}`;
    const remembered = key !== undefined ? this.lookups!.get(key) : undefined;
    if (remembered) return remembered;
    const file = findConfigFile(pledgeFile, this.fileSystem, root);
    const loaded = file ? this.load(file, root) : { file: undefined, settings: { rules: new Map() }, problems: [], files: [] };
    if (key !== undefined) this.lookups!.set(key, loaded);
    return loaded;
  }

  /** Loads one configuration file with everything it extends. */
  load(file: string, root?: string): LoadedConfig {
    const abs = path.resolve(file);
    const problems: ConfigProblem[] = [];
    const files: string[] = [];
    // `extends` stays inside the workspace folder (or, for a file named outside it, inside that file's folder).
    const boundary = root === undefined ? undefined : containedIn(path.resolve(root), abs, this.fileSystem) ? path.resolve(root) : path.dirname(abs);
    const settings = this.resolve(abs, [], problems, files, boundary);
    return { file: abs, settings, problems, files };
  }

  private parsed(file: string): ParsedConfig | undefined {
    const stamp = this.fileSystem.stamp(file);
    if (stamp === undefined) return undefined;
    const cached = this.cache.get(file);
    if (cached && cached.stamp === stamp && cached.locale === getLocale()) return cached.parsed;
    const text = this.fileSystem.readFile(file);
    if (text === undefined) return undefined;
    const parsed = parseConfigText(text, file, this.rules);
    this.cache.set(file, { stamp, locale: getLocale(), parsed });
    return parsed;
  }

  private resolve(file: string, chain: readonly string[], problems: ConfigProblem[], files: string[], boundary?: string): RuleSettings {
    const parsed = this.parsed(file);
    files.push(file);
    if (!parsed) {
      problems.push({ file, message: t('config.cannotRead'), fatal: true });
      return { rules: new Map() };
    }
    // A file read through `extends` that is not JSON at all may be anything: say where, never what it holds.
    problems.push(...(chain.length === 0 ? parsed.problems : parsed.problems.map((p) => (p.fatal ? { ...p, message: t('hardening.config.extendedNotJson') } : p))));
    const bases: RuleSettings[] = [];
    for (const ext of parsed.extends) {
      const where = { line: ext.line, column: ext.column };
      if ((PRESETS as readonly string[]).includes(ext.target)) {
        bases.push(presetSettings(ext.target as Preset, this.rules));
        continue;
      }
      if (!/^\.{1,2}[\\/]/.test(ext.target) && !path.isAbsolute(ext.target) && !ext.target.endsWith('.json')) {
        problems.push({ file, ...where, message: t('config.extends.unknownPreset', { target: ext.target, presets: t('config.extends.presets', { first: PRESETS[0], second: PRESETS[1] }), file: CONFIG_FILE }) });
        continue;
      }
      const target = path.resolve(path.dirname(file), ext.target);
      if (target === file || chain.includes(target)) {
        const cycle = [...chain, file, target].map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f));
        problems.push({ file, ...where, message: t('config.extends.cycle', { target: ext.target, cycle: cycle.join(' → ') }) });
        continue;
      }
      if (boundary !== undefined && !containedIn(boundary, target, this.fileSystem)) {
        problems.push({ file, ...where, message: t('hardening.config.extendsOutside', { target: ext.target }) });
        continue;
      }
      if (this.fileSystem.stamp(target) === undefined) {
        problems.push({ file, ...where, message: t('config.extends.notFound', { target: ext.target, path: target }) });
        continue;
      }
      bases.push(this.resolve(target, [...chain, file], problems, files, boundary));
    }
    return mergeSettings(...bases, parsed.settings);
  }
}

/** Turns editor settings (`{ "<id or name>": severity | [severity, options] }`) into RuleSettings, with problems, like a file's `rules`. */
export function settingsFromObject(rules: unknown, source: string, registry: readonly Rule<any>[] = RULES): { settings: RuleSettings; problems: ConfigProblem[] } {
  const parsed = parseConfigText(JSON.stringify({ rules: rules ?? {} }), source, registry);
  return { settings: parsed.settings, problems: parsed.problems.map(({ line: _l, column: _c, ...p }) => p) };
}
