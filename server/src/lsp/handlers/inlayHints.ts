// Inlay hints (features/inlayHints.ts), unless `pledge.inlayHints.enabled` is off.

import { inlayHints } from '../../features/inlayHints';
import { toRange, toSpan } from '../convert';
import type { ServerContext } from '../context';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on(
    ctx.guard('inlay hints', [], (p) => {
      if (ctx.settings.editor.inlayHints?.enabled === false) return [];
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      return inlayHints(a, toSpan(a.text, p.range)).map((h) => ({
        position: toRange(a.text, { start: h.offset, end: h.offset }).start,
        label: h.label,
        tooltip: h.tooltip,
        paddingLeft: true,
      }));
    }),
  );
}
