// The one diagnostic of a document too large to analyse (engine/limits.ts).

import { Buffer } from 'node:buffer';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { exceedsFileLimit, MAX_FILE_BYTES } from '../engine/limits';
import { t } from '../i18n';

const MB = 1024 * 1024;

/** Whether a text is too large to analyse (undefined: there is no text). */
export function tooLarge(text: string | undefined): boolean {
  return text !== undefined && exceedsFileLimit(text);
}

/** The diagnostic that says a document is not analysed, at its start; undefined when it may be analysed. */
export function sizeLimitDiagnostic(text: string | undefined): Diagnostic | undefined {
  if (text === undefined || !exceedsFileLimit(text)) return undefined;
  const size = Math.round((Buffer.byteLength(text, 'utf8') / MB) * 10) / 10;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: 'pledge',
    message: t('lsp.tooLarge', { limit: MAX_FILE_BYTES / MB, size }),
  };
}
