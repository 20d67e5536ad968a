// Navigation (features/navigation.ts): go to definition, find references,
// rename (a rejected name is an error reply), document links, folding and
// selection ranges.

import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver/node';
import {
  declarationAt,
  definition,
  documentLinks,
  foldingRanges,
  nameSpanAt,
  references,
  rename,
  selectionRanges,
} from '../../features/navigation';
import { toOffset, toRange } from '../convert';
import type { ServerContext } from '../context';

export function registerNavigation(ctx: ServerContext): void {
  const { connection } = ctx;

  connection.onDefinition(
    ctx.guard('definition', null, (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return null;
      const loc = definition(a, toOffset(a.text, p.position));
      if (!loc) return null;
      return { uri: ctx.uriFor(loc.file), range: toRange(ctx.textOf(loc.file), loc.span) };
    }),
  );

  connection.onReferences(
    ctx.guard('references', [], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      const decl = declarationAt(a, toOffset(a.text, p.position));
      if (!decl) return [];
      return references(ctx.analysesNaming(decl.file), decl, p.context.includeDeclaration).map((l) => ({
        uri: ctx.uriFor(l.file),
        range: toRange(ctx.textOf(l.file), l.span),
      }));
    }),
  );

  connection.onPrepareRename(
    ctx.guard('prepare rename', null, (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return null;
      const offset = toOffset(a.text, p.position);
      const span = nameSpanAt(a, offset);
      const decl = declarationAt(a, offset);
      if (!span || !decl) return null;
      return { range: toRange(a.text, span), placeholder: decl.name };
    }),
  );

  connection.onRenameRequest(
    ctx.guard('rename', null as WorkspaceEdit | ResponseError | null, (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return null;
      const decl = declarationAt(a, toOffset(a.text, p.position));
      if (!decl) return null;
      const result = rename(ctx.analysesNaming(decl.file), decl, p.newName);
      if ('error' in result) {
        // A rejected name is an error reply, so the editor shows the reason.
        return new ResponseError(-32602, result.error);
      }
      return ctx.workspaceEdit(result.edits, a.file);
    }),
  );

  connection.onDocumentLinks(
    ctx.guard('document links', [], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      return a ? documentLinks(a).map((l) => ({ range: toRange(a.text, l.span), target: ctx.uriFor(l.target) })) : [];
    }),
  );

  connection.onFoldingRanges(
    ctx.guard('folding', [], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      return foldingRanges(a)
        .map((f) => {
          const r = toRange(a.text, { start: f.start, end: f.end });
          return { startLine: r.start.line, endLine: r.end.line, kind: f.kind === 'imports' ? 'imports' : f.kind };
        })
        .filter((f) => f.endLine > f.startLine);
    }),
  );

  connection.onSelectionRanges(
    ctx.guard('selection ranges', [], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      const chains = selectionRanges(a, p.positions.map((pos) => toOffset(a.text, pos)));
      return chains.map((chain, i) => {
        let parent: { range: ReturnType<typeof toRange>; parent?: unknown } | undefined;
        for (const span of [...chain].reverse()) parent = { range: toRange(a.text, span), parent };
        return (parent ?? { range: { start: p.positions[i]!, end: p.positions[i]! } }) as never;
      });
    }),
  );
}
