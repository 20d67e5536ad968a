// One analysis of one file: parse → bind → compute → run every rule →
// configure → suppress. Both the CLI and the language server call this.
// A rule that throws becomes an internal error, never a failed analysis.

import { parse, type ParseResult } from '../syntax/parse';
import { bindFile, type FileModel, type ProgramHost } from '../semantics/model';
import { Facts } from '../semantics/facts';
import { RULES } from '../rules/registry';
import PL000 from '../rules/structure/PL000-internal-error';
import { t } from '../i18n/index';
import { defaultOptions } from '../rules/options';
import { withLineEndings } from '../rules/fixes/text';
import type { Finding, Report, Rule, Severity, SeveritySetting } from '../rules/types';
import { applySuppressions, parseDirectives, unusedSuppressions } from './suppression';

/** How configuration sets one rule. */
export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, number>;
}

/** Effective rule settings (from `.pledgerc.json`, editor settings, or none). */
export interface RuleSettings {
  rules: ReadonlyMap<string, RuleSetting>;
}

export const NO_SETTINGS: RuleSettings = { rules: new Map() };

export interface InternalError {
  ruleId: string;
  message: string;
  stack?: string;
}

export interface Analysis {
  file: string;
  text: string;
  parsed: ParseResult;
  model: FileModel;
  facts: Facts;
  /** Findings after configuration and suppression, sorted by position. */
  findings: Finding[];
  internalErrors: InternalError[];
}

export interface AnalyzeOptions {
  host: ProgramHost;
  settings?: RuleSettings;
  /** Parsed text, when the caller already has it (the workspace caches parses). */
  parsed?: ParseResult;
  /** "Today", for holidays of agreements without a term (tests pin it). */
  today?: Date;
  /** The rules to run (default: all). */
  rules?: readonly Rule<any>[];
}

export function effectiveSeverity(rule: Rule<any>, settings: RuleSettings): SeveritySetting {
  const s = settings.rules.get(rule.id)?.severity;
  if (rule.alwaysOn) return s && s !== 'off' ? s : rule.severity;
  return s ?? rule.severity;
}

export function analyze(file: string, text: string, options: AnalyzeOptions): Analysis {
  const settings = options.settings ?? NO_SETTINGS;
  const parsed = options.parsed ?? parse(text);
  const model = bindFile(file, parsed, options.host);
  const facts = new Facts(model, options.today);
  const internalErrors: InternalError[] = [];
  const all: Finding[] = [];

  for (const rule of options.rules ?? RULES) {
    const severity = effectiveSeverity(rule, settings);
    const opts = { ...defaultOptions(rule.options), ...settings.rules.get(rule.id)?.options };
    const reports: Report[] = [];
    try {
      rule.check({ file, text, parsed, model, facts, options: opts, report: (r) => reports.push(r) });
    } catch (e) {
      internalErrors.push({ ruleId: rule.id, ...describeError(e) });
      continue;
    }
    for (const r of reports) {
      all.push({
        ruleId: rule.id,
        ruleName: rule.name,
        severity: severity === 'off' ? 'hint' : severity,
        message: r.message,
        file,
        span: r.span,
        related: r.related ?? [],
        fixes: (r.fixes ?? []).map((fix) => ({ ...fix, edits: withLineEndings(text, fix.edits) })),
        ...(severity === 'off' ? { off: true } : {}),
      } as Finding);
    }
  }

  const directives = parseDirectives(parsed.file.comments);
  const alwaysOn = (id: string) => RULES.find((r) => r.id === id)?.alwaysOn === true;
  // Suppressions see the findings of rules turned off too, so turning a rule
  // off does not make the suppressions written for it look stale.
  const kept = applySuppressions(all, directives, text, alwaysOn).filter((f) => !(f as { off?: boolean }).off);
  const unusedRule = RULES.find((r) => r.id === 'PL008')!;
  const unusedSeverity = effectiveSeverity(unusedRule, settings);
  if (unusedSeverity !== 'off') {
    for (const u of unusedSuppressions(directives, file)) kept.push({ ...u, severity: unusedSeverity as Severity });
  }
  // A rule that threw must not pass silently: each failure is a PL000 error,
  // which neither configuration nor suppression comments can remove.
  for (const e of internalErrors) kept.push(internalErrorFinding(file, parsed, e));
  // Rule ids are ASCII (`PL104`): compared as code units, not through ICU collation.
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { file, text, parsed, model, facts, findings: kept, internalErrors };
}

/** The PL000 finding of a rule that threw: on the first agreement's keyword, else at the start of the file. */
export function internalErrorFinding(file: string, parsed: ParseResult, error: InternalError): Finding {
  const first = parsed.file.agreements[0]?.keyword;
  const span = first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
  const message = error.message.split(/\r\n|\r|\n/)[0]!.slice(0, 300);
  return {
    ruleId: PL000.id,
    ruleName: PL000.name,
    severity: 'error',
    message: t('hardening.internalError', { ruleId: error.ruleId, message }),
    file,
    span,
    related: [],
    fixes: [],
  };
}

/** What was thrown, as text, whatever it was (an Error, a string, an object without `toString`). */
function describeError(e: unknown): { message: string; stack?: string } {
  const err = e as { message?: unknown; stack?: unknown } | null | undefined;
  const stack = typeof err?.stack === 'string' ? err.stack : undefined;
  if (typeof err?.message === 'string') return { message: err.message, stack };
  try {
    return { message: String(e), stack };
  } catch {
    return { message: Object.prototype.toString.call(e), stack };
  }
}
