// Semantic tokens of a whole document (features/semanticTokens.ts), encoded
// relative to the previous token as LSP wants; a token spanning lines is left out.

import { semanticTokens } from '../../features/semanticTokens';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on(
    ctx.guard('semantic tokens', { data: [] as number[] }, (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return { data: [] };
      const data: number[] = [];
      let line = 0;
      let char = 0;
      for (const t of semanticTokens(a)) {
        const r = toRange(a.text, { start: t.offset, end: t.offset + t.length });
        if (r.start.line !== r.end.line) continue;
        const dl = r.start.line - line;
        data.push(dl, dl === 0 ? r.start.character - char : r.start.character, t.length, t.type, t.modifiers);
        line = r.start.line;
        char = r.start.character;
      }
      return { data };
    }),
  );
}
