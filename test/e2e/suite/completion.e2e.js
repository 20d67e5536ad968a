// Completion in a real VS Code: one source of items (the server), each label once.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { canInspectWorkbench, expectInWorkbench, languageServerReady, waitFor, workspaceUri } = require('./helpers');

describe('completion', function () {
  const uri = workspaceUri('empty.pledge');

  before(async function () {
    await languageServerReady();
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  });

  after(async function () {
    await vscode.commands.executeCommand('hideSuggestWidget').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor').then(undefined, () => undefined);
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('in an empty file offers the top-level clauses, each label once', async function () {
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const list = await waitFor('completion items in the empty file', async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0));
      return l && l.items.length > 0 && l;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const duplicates = labels.filter((l, i) => labels.indexOf(l) !== i);
    assert.deepStrictEqual(duplicates, [], `duplicate labels: ${labels.join(', ')}`);
    for (const expected of ['agreement', 'calendar', 'import', 'party']) assert.ok(labels.includes(expected), `${expected} in ${labels.join(', ')}`);
    for (const invalid of ['change', 'contact', 'credits', 'service']) assert.ok(!labels.includes(invalid), `${invalid} is not valid at the top level`);
    if (canInspectWorkbench()) {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await expectInWorkbench('the suggest widget lists `agreement`', { selector: '.suggest-widget .monaco-list-row', hasText: 'agreement', name: 'completion-empty-file' });
    }
  });
});
