// SARIF 2.1.0 output, for code-scanning services: every rule in
// tool.driver.rules, one result per finding, with its related locations and fixes.

import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { CheckedFile } from '../report';
import { LineIndex } from '../../syntax/positions';
import { RULES } from '../../rules/registry';
import { DOCS_BASE, docsUrl } from '../../rules/docs';
import type { Finding, Rule, Severity } from '../../rules/types';
import type { Span } from '../../syntax/ast';
import { t } from '../../i18n/index';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home page (the repository the rule docs live in). */
const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');

export interface SarifOptions {
  /** The version of pledge that produced the log. */
  version: string;
  /** The rules to describe (default: every rule). */
  rules?: readonly Rule<any>[];
  /** The text of a file other than the checked ones (related locations, fixes elsewhere). */
  readText?: (file: string) => string | undefined;
}

export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

function readFromDisk(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function sarifRule(rule: Rule<any>): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.why}` },
    helpUri: docsUrl(rule.id),
    help: { text: t('cli.sarif.help', { why: rule.why, url: docsUrl(rule.id) }) },
    defaultConfiguration: { level: sarifLevel(rule.severity), enabled: true },
    properties: { tags: [...rule.tags], family: rule.family },
  };
}

/** Builds the SARIF log of checked files. */
export function sarifLog(files: readonly CheckedFile[], options: SarifOptions): Sarif.Log {
  const rules = options.rules ?? RULES;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const indexes = new Map<string, LineIndex | undefined>();
  for (const f of files) indexes.set(f.analysis.file, new LineIndex(f.analysis.text));
  const indexOf = (file: string): LineIndex | undefined => {
    if (!indexes.has(file)) {
      const text = (options.readText ?? readFromDisk)(file);
      indexes.set(file, text === undefined ? undefined : new LineIndex(text));
    }
    return indexes.get(file);
  };
  const region = (file: string, span: Span): Sarif.Region | undefined => {
    const index = indexOf(file);
    if (!index) return undefined;
    const s = index.position(span.start);
    const e = index.position(span.end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const physical = (file: string, span: Span): Sarif.PhysicalLocation => {
    const r = region(file, span);
    return { artifactLocation: { uri: fileUri(file) }, ...(r ? { region: r } : {}) };
  };
  const result = (f: Finding): Sarif.Result => {
    const out: Sarif.Result = {
      ruleId: f.ruleId,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: physical(f.file, f.span) }],
    };
    const index = ruleIndex.get(f.ruleId);
    if (index !== undefined) out.ruleIndex = index;
    if (f.related.length) {
      out.relatedLocations = f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physical(r.file, r.span) }));
    }
    const fixes = f.fixes
      .map((fix): Sarif.Fix | undefined => {
        const byFile = new Map<string, Sarif.Replacement[]>();
        for (const e of fix.edits) {
          const file = e.file ?? f.file;
          const deletedRegion = region(file, e.span);
          if (!deletedRegion) return undefined;
          const list = byFile.get(file) ?? [];
          list.push({ deletedRegion, insertedContent: { text: e.newText } });
          byFile.set(file, list);
        }
        if (byFile.size === 0) return undefined;
        return {
          description: { text: fix.title },
          artifactChanges: [...byFile].map(([file, replacements]) => ({ artifactLocation: { uri: fileUri(file) }, replacements })),
        };
      })
      .filter((x): x is Sarif.Fix => x !== undefined);
    if (fixes.length) out.fixes = fixes;
    return out;
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pledge',
            version: options.version,
            semanticVersion: /^\d+\.\d+\.\d+/.test(options.version) ? options.version : undefined,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        invocations: [invocation(files, physical)],
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((f) => ({ location: { uri: fileUri(f.analysis.file) }, sourceLanguage: 'pledge' })),
        results: files.flatMap((f) => f.findings.map(result)),
      },
    ],
  };
}

/**
 * The run's invocation: a rule that threw makes the run unsuccessful, with one
 * notification per failure naming the rule (PL000 is the descriptor).
 */
function invocation(files: readonly CheckedFile[], physical: (file: string, span: Span) => Sarif.PhysicalLocation): Sarif.Invocation {
  const notifications: Sarif.Notification[] = [];
  for (const f of files) {
    const at = f.findings.find((x) => x.ruleId === 'PL000')?.span ?? { start: 0, end: 0 };
    for (const e of f.analysis.internalErrors) {
      notifications.push({
        level: 'error',
        message: { text: t('hardening.sarifNotification', { ruleId: e.ruleId, file: f.analysis.file, message: e.message }) },
        descriptor: { id: 'PL000' },
        associatedRule: { id: e.ruleId },
        locations: [{ physicalLocation: physical(f.analysis.file, at) }],
      });
    }
  }
  return { executionSuccessful: notifications.length === 0, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) };
}

export function formatSarif(files: readonly CheckedFile[], options: SarifOptions): string {
  return JSON.stringify(sarifLog(files, options), null, 2) + '\n';
}
