// The shape of a rule and of what it reports.

import type { Span } from '../syntax/ast';
import type { ParseResult } from '../syntax/parse';
import type { FileModel } from '../semantics/model';
import type { Facts } from '../semantics/facts';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Family = 'structure' | 'over-promising' | 'emergencies' | 'balance';

/** A plain text edit: replace `span` of `file` (default: the checked file) by `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
  file?: string;
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
  description: string;
}

export interface Rule<O = Record<string, unknown>> {
  id: string;
  name: string;
  family: Family;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  /** One line: why it matters (shown in hovers). */
  why: string;
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

/** Declares a rule with its options typed. */
export function defineRule<O extends Record<string, unknown> = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}
