// Hover: what a word means in this agreement (features/hover.ts), as Markdown.

import { MarkupKind } from 'vscode-languageserver/node';
import { hover } from '../../features/hover';
import { toOffset, toRange } from '../convert';
import type { ServerContext } from '../context';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(
    ctx.guard('hover', null, (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return null;
      const h = hover(a, toOffset(a.text, p.position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(a.text, h.span) } : null;
    }),
  );
}
