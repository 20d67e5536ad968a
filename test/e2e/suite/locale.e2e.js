// Pledge in Dutch: with `pledge.locale: nl` the Problems panel shows Dutch findings.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { canInspectWorkbench, expectInWorkbench, languageServerReady, openWorkspaceFile, pledgeDiagnostics, ruleIdOf, waitForDiagnostics, withProblemsOf } = require('./helpers');

describe('locale', function () {
  let document;

  before(async function () {
    document = await openWorkspaceFile('no-emergency.pledge');
    await languageServerReady();
  });

  after(async function () {
    await vscode.workspace.getConfiguration('pledge').update('locale', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'English findings again', (ds) => ds.some((d) => ruleIdOf(d) === 'PL201' && /emergency/.test(d.message)));
  });

  it('pledge.locale "nl" gives Dutch findings in the Problems panel', async function () {
    const english = pledgeDiagnostics(document.uri).find((d) => ruleIdOf(d) === 'PL201');
    assert.ok(english, 'PL201 in English first');
    await vscode.workspace.getConfiguration('pledge').update('locale', 'nl', vscode.ConfigurationTarget.Workspace);
    const dutch = await waitForDiagnostics(document.uri, 'PL201 in Dutch', (ds) => ds.some((d) => ruleIdOf(d) === 'PL201' && d.message !== english.message && /calamiteit|storing|buiten/i.test(d.message)));
    assert.ok(dutch.find((d) => ruleIdOf(d) === 'PL201'));
    if (canInspectWorkbench()) {
      // PL201 of this file says `de servicetijden … laten een gat van 86 u …`.
      await withProblemsOf(document, () =>
        expectInWorkbench('the Problems panel shows Dutch findings', { selector: '.markers-panel .monaco-list-row', hasText: 'servicetijden', name: 'problems-dutch' }),
      );
      // The code lens the editor already showed is asked for again, in Dutch.
      await expectInWorkbench('the code lens speaks Dutch', { selector: '.codelens-decoration', hasText: 'verplichtingen', name: 'code-lens-dutch' });
    }
  });

  it('back in English, the code lens the editor shows is English again', async function () {
    await vscode.workspace.getConfiguration('pledge').update('locale', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'English findings again', (ds) => ds.some((d) => ruleIdOf(d) === 'PL201' && /emergency/.test(d.message)));
    if (canInspectWorkbench()) await expectInWorkbench('the code lens speaks English again', { selector: '.codelens-decoration', hasText: 'owes', name: 'code-lens-english' });
  });
});
