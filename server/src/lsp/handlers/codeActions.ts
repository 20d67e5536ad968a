// Code actions: the quick fixes of findings and "fix all" (features/codeActions.ts).
// A fix that inserts a skeleton also carries its snippet edits in `data`.

import type { CodeAction } from 'vscode-languageserver/node';
import { codeActions } from '../../features/codeActions';
import { toRange, toSpan } from '../convert';
import type { ServerContext } from '../context';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(
    ctx.guard('code actions', [] as CodeAction[], (p) => {
      const a = ctx.analysisOf(p.textDocument.uri);
      if (!a) return [];
      const actions = codeActions(a, { span: toSpan(a.text, p.range), only: p.context.only });
      return actions.map((c): CodeAction => {
        const action: CodeAction = {
          title: c.title,
          kind: c.kind,
          diagnostics: c.findings.map((f) => ctx.toDiagnostic(a, f)),
          isPreferred: c.isPreferred,
        };
        if (c.edits.length) action.edit = ctx.workspaceEdit(c.edits, a.file);
        // Skeletons carry placeholders: clients that can (the Pledge VS Code
        // client) apply these snippet edits instead of the plain ones.
        const snippets = c.kind === 'quickfix' && c.edits.some((e) => e.snippet !== undefined && (e.file ?? a.file) === a.file) ? c.edits : [];
        if (snippets.length) {
          action.data = {
            snippetEdits: snippets.map((e) => ({ uri: ctx.uriFor(e.file ?? a.file), range: toRange(a.text, e.span), newText: e.newText, snippet: e.snippet })),
          };
        }
        if (c.command) action.command = { title: c.command.title, command: c.command.id, arguments: c.command.arguments };
        return action;
      });
    }),
  );
}
