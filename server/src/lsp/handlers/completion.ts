// Completion: keywords, snippets and the names in scope (features/completion.ts).

import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { completions, type CompletionKindOut } from '../../features/completion';
import { toOffset, toRange } from '../convert';
import type { ServerContext } from '../context';

const COMPLETION_KIND: Record<CompletionKindOut, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  party: CompletionItemKind.Struct,
  contact: CompletionItemKind.Variable,
  calendar: CompletionItemKind.Module,
  service: CompletionItemKind.Class,
  obligation: CompletionItemKind.Property,
  unit: CompletionItemKind.Unit,
  value: CompletionItemKind.Value,
  file: CompletionItemKind.File,
};

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(
    ctx.guard('completion', [] as CompletionItem[], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      return completions(a, toOffset(a.text, p.position)).map((c) => ({
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
        insertText: c.replace ? undefined : c.insertText,
        textEdit: c.replace ? { range: toRange(a.text, c.replace), newText: c.insertText ?? c.label } : undefined,
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        sortText: c.sortText,
        filterText: c.filterText,
      }));
    }),
  );
}
