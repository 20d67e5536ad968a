// Code lenses (features/codeLens.ts), unless `pledge.codeLens.enabled` is off.
// Clicks run client commands with plain JSON arguments (the client converts them):
// `pledge.showFileProblems` [uri] and `pledge.showReferences` [uri, position, locations].

import { codeLenses } from '../../features/codeLens';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens(
    ctx.guard('code lens', [], (p) => {
      if (ctx.settings.editor.codeLens?.enabled === false) return [];
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      return codeLenses(a).map((l) => {
        const range = toRange(a.text, l.span);
        if (l.action?.kind === 'problems') {
          return { range, command: { title: l.title, command: 'pledge.showFileProblems', arguments: [p.textDocument.uri] } };
        }
        if (l.action?.kind === 'references') {
          const locations = l.action.locations.map((loc) => ({ uri: ctx.uriFor(loc.file), range: toRange(ctx.textOf(loc.file), loc.span) }));
          const position = toRange(a.text, { start: l.action.at, end: l.action.at }).start;
          return { range, command: { title: l.title, command: 'pledge.showReferences', arguments: [p.textDocument.uri, position, locations] } };
        }
        return { range, command: { title: l.title, command: '' } };
      });
    }),
  );
}
