// Formatting of a document or a range (features/format.ts). A file that does
// not parse is refused, and the editor is told why.

import * as path from 'node:path';
import type { Range, TextEdit } from 'vscode-languageserver/node';
import { formatEdits } from '../../features/format';
import { t } from '../../i18n';
import { toRange, toSpan } from '../convert';
import type { ServerContext } from '../context';

export function registerFormatting(ctx: ServerContext): void {
  const formatting = (uri: string, range?: Range): TextEdit[] => {
    const a = ctx.analysisOf(uri);
    if (!a) return [];
    const span = range ? toSpan(a.text, range) : undefined;
    const syntaxErrors = a.parsed.errors;
    if (syntaxErrors.length > 0) {
      // The formatter refuses a file that does not parse; say so instead of doing nothing.
      const line = toRange(a.text, syntaxErrors[0]!.span).start.line + 1;
      void ctx.connection.sendNotification('window/showMessage', { type: 2 /* MessageType.Warning */, message: t('features.format.refused', { file: path.basename(a.file), count: syntaxErrors.length, line }) });
      return [];
    }
    return formatEdits(a.text, {}, span).map((e) => ({ range: toRange(a.text, e.span), newText: e.newText }));
  };
  ctx.connection.onDocumentFormatting(ctx.guard('formatting', [] as TextEdit[], (p) => formatting(p.textDocument.uri)));
  ctx.connection.onDocumentRangeFormatting(ctx.guard('range formatting', [] as TextEdit[], (p) => formatting(p.textDocument.uri, p.range)));
}
