// Symbols (features/symbols.ts): the outline of a document and the workspace symbol search.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { documentSymbols, workspaceSymbols, type SymbolKindOut, type SymbolOut } from '../../features/symbols';
import { toRange } from '../convert';
import type { ServerContext } from '../context';

const SYMBOL_KIND: Record<SymbolKindOut, SymbolKind> = {
  file: SymbolKind.File,
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  method: SymbolKind.Method,
  property: SymbolKind.Property,
  field: SymbolKind.Field,
  enum: SymbolKind.Enum,
  enumMember: SymbolKind.EnumMember,
  event: SymbolKind.Event,
  function: SymbolKind.Function,
  variable: SymbolKind.Variable,
  object: SymbolKind.Object,
  struct: SymbolKind.Struct,
  interface: SymbolKind.Interface,
  constant: SymbolKind.Constant,
  key: SymbolKind.Key,
};

const toDocumentSymbol = (text: string, s: SymbolOut): DocumentSymbol => ({
  name: s.name || '…',
  detail: s.detail,
  kind: SYMBOL_KIND[s.kind],
  range: toRange(text, s.span),
  selectionRange: toRange(text, s.selection),
  children: s.children.map((c) => toDocumentSymbol(text, c)),
});

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(
    ctx.guard('document symbols', [] as DocumentSymbol[], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      return a ? documentSymbols(a).map((s) => toDocumentSymbol(a.text, s)) : [];
    }),
  );

  ctx.connection.onWorkspaceSymbol(
    ctx.guard('workspace symbols', [], (p) =>
      workspaceSymbols(ctx.allAnalyses(), p.query).map((s) => ({
        name: s.name,
        kind: SYMBOL_KIND[s.kind],
        containerName: s.container,
        location: { uri: ctx.uriFor(s.file), range: toRange(ctx.textOf(s.file), s.span) },
      })),
    ),
  );
}
