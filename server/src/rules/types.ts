// The shape of a rule and of what it reports.

import type { Span } from '../syntax/ast';
import type { ParseResult } from '../syntax/parse';
import type { FileModel } from '../semantics/model';
import type { Facts } from '../semantics/facts';
import { hasMessage, t } from '../i18n/index';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Family = 'structure' | 'over-promising' | 'emergencies' | 'balance';

/** A plain text edit: replace `span` of `file` (default: the checked file) by `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
  file?: string;
  /**
   * The same edit in LSP snippet syntax (`${1:default}`), with placeholders for
   * the parts the writer should fill in. For clients that support snippet
   * edits; `newText` is the snippet with every placeholder replaced by its
   * default, a valid text on its own (the CLI and "Fix all" apply it).
   */
  snippet?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply without review (used by `--fix` and "Fix all"). */
  auto?: boolean;
}

export interface Related {
  file: string;
  span: Span;
  message: string;
}

/** One finding of one rule, before configuration and suppression. */
export interface Report {
  span: Span;
  message: string;
  related?: Related[];
  fixes?: Fix[];
}

/** What a rule is checked with. */
export interface RuleContext<O = Record<string, unknown>> {
  file: string;
  text: string;
  parsed: ParseResult;
  model: FileModel;
  facts: Facts;
  options: O;
  report(r: Report): void;
}

export type OptionType = 'number' | 'percent' | 'duration' | 'integer';

export interface OptionSpec {
  type: OptionType;
  default: number | string;
  /** One line, in the current locale. */
  readonly description: string;
}

export interface Rule<O = Record<string, unknown>> {
  id: string;
  name: string;
  family: Family;
  severity: Severity;
  /** One line: what the rule checks (in the current locale). */
  readonly description: string;
  /** One line: why it matters (shown in hovers; in the current locale). */
  readonly why: string;
  tags: readonly string[];
  options: Readonly<Record<string, OptionSpec>>;
  /** Structural rules are always on: configuration and suppression cannot silence them. */
  alwaysOn?: boolean;
  check(ctx: RuleContext<O>): void;
}

/** A finding after configuration: what every consumer (CLI, LSP) receives. */
export interface Finding {
  ruleId: string;
  ruleName: string;
  severity: Severity;
  message: string;
  file: string;
  span: Span;
  related: Related[];
  fixes: Fix[];
  /** A suppression comment that suppresses nothing. */
  unnecessary?: boolean;
}

/** An option as a rule declares it: its description comes from the catalogue unless given. */
export type OptionDeclaration = Omit<OptionSpec, 'description'> & { description?: string };

/**
 * A rule as its file declares it. `description`, `why` and option
 * descriptions come from the message catalogue (`rules.<id>.description`,
 * `rules.<id>.why`, `rules.<id>.option.<name>`) unless given as text.
 */
export type RuleDeclaration<O> = Omit<Rule<O>, 'description' | 'why' | 'options'> & {
  description?: string;
  why?: string;
  options: Readonly<Record<string, OptionDeclaration>>;
};

/** The text of a catalogue key built from data, in the current locale; the key itself when the catalogue lacks it. */
function catalogueText(key: string): string {
  return hasMessage(key) ? t(key) : key;
}

/** `target.name` reads `text` when given, else the catalogue's `key` in the locale current at the time of reading. */
function localized(target: object, name: string, text: string | undefined, key: string): void {
  Object.defineProperty(target, name, {
    get: text === undefined ? () => catalogueText(key) : () => text,
    enumerable: true,
    configurable: true,
  });
}

/**
 * Declares a rule with its options typed. Its `description`, `why` and option
 * descriptions follow the current locale: each read gives the text in the
 * locale current at that moment.
 */
export function defineRule<O extends Record<string, unknown> = Record<string, never>>(declaration: RuleDeclaration<O>): Rule<O> {
  const { description, why, options, ...rest } = declaration;
  const rule = { ...rest } as Rule<O>;
  localized(rule, 'description', description, `rules.${declaration.id}.description`);
  localized(rule, 'why', why, `rules.${declaration.id}.why`);
  const specs: Record<string, OptionSpec> = {};
  for (const [name, spec] of Object.entries(options)) {
    const { description: text, ...plain } = spec;
    const out = { ...plain } as OptionSpec;
    localized(out, 'description', text, `rules.${declaration.id}.option.${name}`);
    specs[name] = out;
  }
  rule.options = specs;
  return rule;
}
