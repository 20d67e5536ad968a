// Suppression comments (LANGUAGE.md §6):
//   // pledge-disable-next-line PL201
//   // pledge-disable PL301 PL311      (until pledge-enable or end of file)
//   // pledge-enable PL301
// Rule ids and names are accepted; no list means every rule.

import type { Comment, Span } from '../syntax/ast';
import { LineIndex } from '../syntax/positions';
import { findRule } from '../rules/registry';
import type { Finding } from '../rules/types';
import { t } from '../i18n/index';

type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

interface RuleMention {
  /** The rule id it names, if it names a rule. */
  ruleId?: string;
  text: string;
  span: Span;
  used: boolean;
}

export interface Directive {
  kind: DirectiveKind;
  comment: Comment;
  /** The directive word's span (for "all rules" reports). */
  span: Span;
  /** Empty: every rule. */
  rules: RuleMention[];
  usedForAll: boolean;
}

const DIRECTIVE = /pledge-(disable-next-line|disable|enable)\b/;

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const body = c.block ? c.text.slice(2, c.text.endsWith('*/') ? -2 : undefined) : c.text.slice(2);
    const m = DIRECTIVE.exec(body);
    if (!m || body.slice(0, m.index).trim() !== '') continue;
    const bodyStart = c.span.start + 2;
    const directiveStart = bodyStart + m.index;
    const rest = body.slice(m.index + m[0].length);
    // The rule list is the run of rule-like words after the directive; `--`,
    // or any other text such as "(until …)", ends it and starts an explanation.
    const rules: RuleMention[] = [];
    const re = /[^\s,]+/g;
    let t: RegExpExecArray | null;
    while ((t = re.exec(rest))) {
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(t[0])) break;
      const start = directiveStart + m[0].length + t.index;
      rules.push({ ruleId: findRule(t[0])?.id, text: t[0], span: { start, end: start + t[0].length }, used: false });
    }
    out.push({
      kind: m[1] as DirectiveKind,
      comment: c,
      span: { start: directiveStart, end: directiveStart + m[0].length },
      rules,
      usedForAll: false,
    });
  }
  return out;
}

function covers(d: Directive, ruleId: string): RuleMention | 'all' | undefined {
  if (d.rules.length === 0) return 'all';
  return d.rules.find((r) => r.ruleId === ruleId);
}

/**
 * Drops suppressed findings and marks which directives were used. Findings of
 * always-on rules are never suppressed.
 */
export function applySuppressions(
  findings: Finding[],
  directives: Directive[],
  text: string,
  alwaysOn: (ruleId: string) => boolean,
): Finding[] {
  if (directives.length === 0) return findings;
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.position(offset).line;
  const kept: Finding[] = [];
  for (const f of findings) {
    if (alwaysOn(f.ruleId)) {
      kept.push(f);
      continue;
    }
    const line = lineOf(f.span.start);
    let suppressedBy: { d: Directive; m: RuleMention | 'all' } | undefined;
    // Range directives: the last disable/enable before the finding decides.
    for (const d of directives) {
      if (d.comment.span.end > f.span.start) break;
      if (d.kind === 'disable-next-line') continue;
      const m = covers(d, f.ruleId);
      if (!m) continue;
      suppressedBy = d.kind === 'disable' ? { d, m } : undefined;
    }
    for (const d of directives) {
      if (d.kind !== 'disable-next-line') continue;
      if (lineOf(d.comment.span.end) + 1 !== line) continue;
      const m = covers(d, f.ruleId);
      if (m) suppressedBy = { d, m };
    }
    if (suppressedBy) {
      if (suppressedBy.m === 'all') suppressedBy.d.usedForAll = true;
      else suppressedBy.m.used = true;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

/** Hints for directives (or rule names in them) that suppressed nothing. */
export function unusedSuppressions(directives: Directive[], file: string): Finding[] {
  const out: Finding[] = [];
  const hint = (span: Span, message: string, fixSpan: Span): Finding => ({
    ruleId: 'PL008',
    ruleName: 'unused-suppression',
    severity: 'hint',
    message,
    file,
    span,
    related: [],
    fixes: [{ title: t('config.suppression.remove'), edits: [{ span: fixSpan, newText: '' }], auto: true }],
    unnecessary: true,
  });
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    if (d.rules.length === 0) {
      if (!d.usedForAll) out.push(hint(d.span, t('config.suppression.unused', { kind: d.kind }), d.comment.span));
      continue;
    }
    const unused = d.rules.filter((r) => !r.used);
    for (const r of unused) {
      const fixSpan = unused.length === d.rules.length ? d.comment.span : r.span;
      const message = t(r.ruleId ? 'config.suppression.unusedRule' : 'config.suppression.notARule', { rule: r.text, kind: d.kind });
      out.push(hint(r.span, message, fixSpan));
    }
  }
  return out;
}
