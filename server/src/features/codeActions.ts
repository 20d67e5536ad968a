// Code actions: each finding's quick fixes, "disable for this line", "disable
// in this file", "show the rule's documentation", and "fix all".

import type * as A from '../syntax/ast';
import { lineBreakOf, lineStartAt } from '../syntax/positions';
import { findRule } from '../rules/registry';
import { docsUrl } from '../rules/docs';
import type { Finding, TextEdit } from '../rules/types';
import { chooseAutoFixes } from '../rules/fixes/apply';
import { withLineEndings } from '../rules/fixes/text';
import type { Analysis } from '../engine/analyze';
import { t } from '../i18n';

export interface CodeActionOut {
  title: string;
  kind: 'quickfix' | 'source.fixAll.pledge';
  /** The findings this action resolves. */
  findings: Finding[];
  edits: TextEdit[];
  isPreferred?: boolean;
  /** A command instead of (or after) edits. */
  command?: { id: string; title: string; arguments: unknown[] };
}

const overlaps = (a: A.Span, b: A.Span) => a.start <= b.end && b.start <= a.end;

function lineStartOf(text: string, offset: number): number {
  return lineStartAt(text, offset);
}

/** Inserts `// pledge-disable-next-line ID` above the finding's line, or adds the id to one already there. */
export function disableLineEdit(text: string, f: Finding): TextEdit {
  const start = lineStartOf(text, f.span.start);
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  if (start > 0) {
    const prevStart = lineStartOf(text, start - 1);
    const prev = text.slice(prevStart, start - 1).replace(/\r$/, '');
    const m = /^([ \t]*\/\/\s*pledge-disable-next-line\b[^\n]*?)(\s*--.*)?$/.exec(prev);
    if (m) {
      const at = prevStart + m[1]!.length;
      return { span: { start: at, end: at }, newText: ` ${f.ruleId}` };
    }
  }
  return { span: { start, end: start }, newText: `${indent}// pledge-disable-next-line ${f.ruleId}${lineBreakOf(text)}` };
}

/** Inserts `// pledge-disable ID` at the top of the file (after a leading comment block). */
export function disableFileEdit(text: string, f: Finding): TextEdit {
  let offset = 0;
  const header = /^(?:[ \t]*\/\/[^\r\n]*(?:\r\n|\r|\n))*/.exec(text)![0];
  if (!/pledge-(disable|enable)/.test(header)) offset = header.length;
  return { span: { start: offset, end: offset }, newText: `// pledge-disable ${f.ruleId}${lineBreakOf(text)}` };
}

/** The edits of every auto fix that can be applied together, and the findings they fix. */
export function autoFixEdits(findings: readonly Finding[], file: string): { edits: TextEdit[]; fixed: Finding[] } {
  const chosen = chooseAutoFixes(findings, file);
  return { edits: chosen.flatMap((c) => c.fix.edits), fixed: chosen.map((c) => c.finding) };
}

export interface CodeActionRequest {
  span: A.Span;
  /** Only these kinds (LSP `context.only`); all when absent. */
  only?: readonly string[];
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.') || (o === 'source.fixAll' && kind.startsWith('source.fixAll')));
}

export function codeActions(analysis: Analysis, req: CodeActionRequest): CodeActionOut[] {
  const out: CodeActionOut[] = [];
  const { text, file } = analysis;
  if (wants(req.only, 'quickfix')) {
    const here = analysis.findings.filter((f) => overlaps(f.span, req.span));
    // The same fix offered by several findings (same title, same edits) is one action that fixes them all.
    const byFix = new Map<string, CodeActionOut>();
    for (const f of here) {
      f.fixes.forEach((fix, i) => {
        const key = JSON.stringify([fix.title, fix.edits.map((e) => [e.file ?? '', e.span.start, e.span.end, e.newText])]);
        const same = byFix.get(key);
        if (same) {
          if (!same.findings.includes(f)) same.findings.push(f);
          same.isPreferred = same.isPreferred || (i === 0 && fix.auto);
          return;
        }
        const action: CodeActionOut = { title: fix.title, kind: 'quickfix', findings: [f], edits: fix.edits, isPreferred: i === 0 && fix.auto };
        byFix.set(key, action);
        out.push(action);
      });
    }
    const seen = new Set<string>();
    for (const f of here) {
      if (seen.has(f.ruleId)) continue;
      seen.add(f.ruleId);
      const rule = findRule(f.ruleId);
      if (rule && !rule.alwaysOn && f.ruleId !== 'PL008') {
        // A line that starts inside a block comment has no line above it to hold the directive.
        const lineStart = lineStartOf(text, f.span.start);
        const inComment = analysis.parsed.file.comments.some((c) => c.span.start < lineStart && lineStart < c.span.end);
        if (!inComment) {
          out.push({ title: t('features.action.disableLine', { id: f.ruleId }), kind: 'quickfix', findings: [f], edits: withLineEndings(text, [disableLineEdit(text, f)]) });
        }
        out.push({ title: t('features.action.disableFile', { id: f.ruleId }), kind: 'quickfix', findings: [f], edits: withLineEndings(text, [disableFileEdit(text, f)]) });
      }
      out.push({
        title: t('features.action.showDocs', { id: f.ruleId, name: f.ruleName }),
        kind: 'quickfix',
        findings: [],
        edits: [],
        command: { id: 'pledge.openRuleDoc', title: t('features.action.showDocsCommand'), arguments: [f.ruleId, docsUrl(f.ruleId)] },
      });
    }
  }
  if (wants(req.only, 'source.fixAll.pledge')) {
    const all = autoFixEdits(analysis.findings, file);
    if (all.edits.length > 0 || req.only) {
      out.push({ title: t('features.action.fixAll'), kind: 'source.fixAll.pledge', findings: all.fixed, edits: all.edits });
    }
  }
  return out;
}
