// The PL201 quick fix inserts an emergency clause, and the finding goes away.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { languageServerReady, canInspectWorkbench, openWorkspaceFile, restoreDocument, ruleIdOf, screenshot, waitForDiagnostics } = require('./helpers');

const isPl201 = (d) => ruleIdOf(d) === 'PL201';

describe('quick fix', function () {
  let document;
  let original;

  before(async function () {
    document = await openWorkspaceFile('no-emergency.pledge');
    original = document.getText();
    await languageServerReady();
  });

  after(async function () {
    if (document) await restoreDocument(document, original);
  });

  it('PL201: "Insert an emergency clause" adds `emergency for Workplace` and PL201 disappears', async function () {
    const before = await waitForDiagnostics(document.uri, 'PL201 on no-emergency.pledge', (ds) => ds.some(isPl201));
    const pl201 = before.filter(isPl201);
    assert.strictEqual(pl201.length, 1, 'expected one PL201 finding (service Workplace)');
    assert.strictEqual(document.getText(pl201[0].range), 'Workplace');
    assert.ok(!document.getText().includes('emergency for Workplace'), 'the sample already has an emergency clause for Workplace');

    if (canInspectWorkbench()) {
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      editor.selection = new vscode.Selection(pl201[0].range.start, pl201[0].range.start);
      editor.revealRange(pl201[0].range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.quickFix');
      const shown = await screenshot('quick-fix-menu', { waitForSelector: '.action-widget', hasText: 'Insert an emergency clause' });
      await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
      assert.ok(shown, 'the quick-fix menu with "Insert an emergency clause" did not appear in the workbench');
    }

    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, pl201[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Insert an emergency clause for `Workplace`'));
    assert.ok(fix, `no "Insert an emergency clause" action; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, 'the quick fix has no edit');
    // (vscode.executeCodeActionProvider does not pass the actions' `diagnostics` on, so they cannot be checked here.)

    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the quick fix');
    assert.match(document.getText(), /emergency for Workplace \{\s*\n\s*reachable 24x7 via \S+ phone\s*\n\s*respond within [^\n]+\n\s*\}/);

    const after = await waitForDiagnostics(document.uri, 'PL201 to disappear after the quick fix', (ds) => ds.length > 0 && !ds.some(isPl201));
    // The server still analyses the file: the other findings stay.
    const ids = new Set(after.map(ruleIdOf));
    for (const id of ['PL202', 'PL206', 'PL207']) assert.ok(ids.has(id), `${id} disappeared too`);
  });
});
