// Quick fixes that insert a skeleton carry snippet placeholders (the server
// sends them in the action's `data`); this middleware applies them as
// snippet edits, so the user tabs through the parts to fill in. Other
// clients get the plain edit of the same action.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

interface SnippetEditData {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
  snippet?: string;
}

/** Replaces the edit of each action that carries snippet edits by a workspace edit of snippet text edits. */
export function withSnippetEdits(actions: Array<vscode.Command | vscode.CodeAction> | null | undefined): Array<vscode.Command | vscode.CodeAction> | null | undefined {
  for (const action of actions ?? []) {
    const data = (action as { data?: { snippetEdits?: SnippetEditData[] } }).data;
    if (!(action instanceof vscode.CodeAction) || !data?.snippetEdits?.length) continue;
    const edit = new vscode.WorkspaceEdit();
    const byUri = new Map<string, Array<vscode.TextEdit | vscode.SnippetTextEdit>>();
    for (const e of data.snippetEdits) {
      const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
      const list = byUri.get(e.uri) ?? [];
      list.push(e.snippet !== undefined ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(e.snippet)) : new vscode.TextEdit(range, e.newText));
      byUri.set(e.uri, list);
    }
    for (const [uri, edits] of byUri) edit.set(vscode.Uri.parse(uri), edits);
    action.edit = edit;
  }
  return actions;
}

export const snippetMiddleware: Middleware = {
  async provideCodeActions(document, range, context, token, next) {
    return withSnippetEdits(await next(document, range, context, token));
  },
};
