// The properties every input must keep, as plain functions that throw a
// `PropertyFailure` naming what broke. The vitest slice (fuzz.test.ts) and the
// long campaign (scripts/fuzz.ts) both run them.

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { analyze, type Analysis } from '../../server/src/engine/analyze';
import type { ProgramHost } from '../../server/src/semantics/model';
import { parse, type ParseResult } from '../../server/src/syntax/parse';
import { formatEdits, formatText } from '../../server/src/features/format';
import { applyEdits } from '../../server/src/rules/fixes/apply';
import { fileResult } from '../../server/src/cli/report';
import { formatJson } from '../../server/src/cli/formatters/json';
import { sarifLog } from '../../server/src/cli/formatters/sarif';
import { LineIndex } from '../../server/src/syntax/positions';

export class PropertyFailure extends Error {
  constructor(
    readonly property: string,
    message: string,
  ) {
    super(`${property}: ${message}`);
  }
}

function fail(property: string, message: string): never {
  throw new PropertyFailure(property, message);
}

export const WORKSPACE = '/fuzz/ws';
export const FILE = path.join(WORKSPACE, 'input.pledge');
const TODAY = new Date(Date.UTC(2026, 10, 23));
const PARTIES = 'party Acme "Acme" {\n  contact Desk "Desk" phone "+31 20 555 0100"\n}\nparty Town "Town"\ncalendar Office Mon-Fri 08:00-18:00\n';
let partiesParse: ParseResult | undefined;

/** The imported `parties.pledge` exists in the fuzz workspace; nothing else does. */
export const host: ProgramHost = {
  root: WORKSPACE,
  getParsed: (f) => (f === path.join(WORKSPACE, 'parties.pledge') ? (partiesParse ??= parse(PARTIES)) : undefined),
};

export function analyzeInput(text: string): Analysis {
  return analyze(FILE, text, { host, today: TODAY });
}

/** The SARIF 2.1.0 schema (from @microsoft/jest-sarif), compiled once. */
export function sarifValidator(): ValidateFunction {
  const file = createRequire(__filename).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: false, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const inside = (text: string, span: { start: number; end: number }) =>
  Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length;

/**
 * For any input: the analysis returns, no rule fails, every finding, related
 * location and fix edit lies inside the document, and the CLI's JSON and
 * SARIF stay valid.
 */
export function checkAnyInput(text: string, validateSarif?: ValidateFunction): Analysis {
  const a = analyzeInput(text);
  if (a.internalErrors.length) fail('no internal error', a.internalErrors.map((e) => `${e.ruleId}: ${e.message}`).join('; '));
  for (const f of a.findings) {
    if (!inside(text, f.span)) fail('finding inside the document', `${f.ruleId} ${JSON.stringify(f.span)} in a text of ${text.length}`);
    for (const r of f.related) {
      if (r.file === FILE && !inside(text, r.span)) fail('related location inside the document', `${f.ruleId} ${JSON.stringify(r.span)}`);
    }
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        if ((e.file === undefined || e.file === FILE) && !inside(text, e.span)) fail('fix edit inside the document', `${f.ruleId} "${fix.title}" ${JSON.stringify(e.span)}`);
      }
    }
  }
  const checked = fileResult(a, false);
  const lines = new LineIndex(text).lineCount;
  const json = JSON.parse(formatJson([checked])) as Array<{ messages: Array<{ line: number; column: number; endLine: number; endColumn: number }> }>;
  if (json.length !== 1 || json[0]!.messages.length !== a.findings.length) fail('JSON output', 'one file with every finding');
  for (const m of json[0]!.messages) {
    if (!(m.line >= 1 && m.line <= lines && m.endLine >= m.line && m.endLine <= lines && m.column >= 1 && m.endColumn >= 1)) {
      fail('JSON positions inside the document', JSON.stringify(m));
    }
  }
  const sarifText = JSON.stringify(sarifLog([checked], { version: '0.1.0', readText: (f) => (f === FILE ? text : undefined) }));
  const sarif = JSON.parse(sarifText);
  if (validateSarif && !validateSarif(sarif)) fail('valid SARIF', JSON.stringify(validateSarif.errors?.slice(0, 2)));
  return a;
}

function tokenImages(p: ParseResult): string[] {
  return p.tokens.map((t) => t.image);
}

/** For a text that parses: formatting is idempotent and keeps every token and comment; its minimal edits give the same text. */
export function checkFormatting(text: string): void {
  const before = parse(text);
  if (before.errors.length) fail('generated agreements parse', before.errors.map((e) => e.message).join('; '));
  const formatted = formatText(text);
  if (formatted === undefined) fail('a valid file formats', 'formatText refused it');
  if (formatText(formatted) !== formatted) fail('formatting is idempotent', 'formatting the formatted text changes it');
  const after = parse(formatted);
  if (after.errors.length) fail('formatted text parses', after.errors.map((e) => e.message).join('; '));
  if (tokenImages(after).join('\u0000') !== tokenImages(before).join('\u0000')) fail('formatting keeps every token', 'tokens differ');
  if (after.file.comments.map((c) => c.text.trimEnd()).join('\u0000') !== before.file.comments.map((c) => c.text.trimEnd()).join('\u0000')) {
    fail('formatting keeps every comment', 'comments differ');
  }
  if (applyEdits(text, formatEdits(text).map((e) => ({ span: e.span, newText: e.newText }))) !== formatted) fail('format edits', 'the edits do not give the formatted text');
}

export interface FixStats {
  fixes: number;
}

/** For a text that parses: every quick fix gives a text that parses and no longer has the finding it fixes (same rule, same message). */
export function checkFixes(text: string, analysis: Analysis, maxFixes = Infinity): FixStats {
  let fixes = 0;
  for (const f of analysis.findings) {
    for (const fix of f.fixes) {
      if (fixes >= maxFixes) return { fixes };
      if (fix.edits.some((e) => e.file !== undefined && e.file !== FILE)) continue;
      fixes++;
      const fixed = applyEdits(text, fix.edits);
      const errors = parse(fixed).errors;
      if (errors.length) fail('a quick fix keeps the file parsing', `${f.ruleId} "${fix.title}": ${errors[0]!.message}`);
      // The finding is gone: fewer findings of its rule with its message (a fix may
      // leave a different, narrower finding, such as a declared party without the contact named).
      const same = (x: { ruleId: string; message: string }) => x.ruleId === f.ruleId && x.message === f.message;
      const before = analysis.findings.filter(same).length;
      const after = analyzeInput(fixed).findings.filter(same).length;
      if (after >= before) fail('a quick fix removes its finding', `${f.ruleId} "${fix.title}" (${f.message})`);
    }
  }
  return { fixes };
}
