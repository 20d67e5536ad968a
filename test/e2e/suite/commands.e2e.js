// The commands and status that help people find their way: the language
// status item, New Agreement, Create .pledgerc.json, Check Workspace, and the
// "did you mean" fix of a misspelt import.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { activeExtension, canInspectWorkbench, expectInWorkbench, languageServerReady, openWorkspaceFile, pledgeDiagnostics, ruleIdOf, waitFor, waitForDiagnostics, workspaceFolder, workspaceUri } = require('./helpers');

describe('commands', function () {
  let api;

  before(async function () {
    await openWorkspaceFile('no-emergency.pledge');
    await languageServerReady();
    api = (await activeExtension()).exports;
  });

  after(async function () {
    for (const name of ['new-agreement.pledge', '.pledgerc.json', 'typo-import.pledge']) {
      await vscode.workspace.fs.delete(workspaceUri(name)).then(undefined, () => undefined);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('the language status item counts the findings of the file in front', async function () {
    const document = await openWorkspaceFile('no-emergency.pledge');
    await waitForDiagnostics(document.uri, 'findings of no-emergency.pledge', (ds) => ds.length > 0);
    const count = pledgeDiagnostics(document.uri).length;
    await waitFor(`the status item to show ${count} findings`, () => api.status.text.includes(String(count)));
    if (canInspectWorkbench()) {
      await expectInWorkbench('the language status shows Pledge', { selector: '.statusbar-item', hasText: 'Pledge', name: 'status-item' });
    }
  });

  it('New Agreement writes a healthy agreement: the server finds nothing in it', async function () {
    const target = workspaceUri('new-agreement.pledge');
    const uri = await api.newAgreement(target);
    assert.strictEqual(uri.toString(), target.toString());
    const document = await vscode.workspace.openTextDocument(uri);
    assert.match(document.getText(), /^agreement "Service agreement" \{/m);
    // The server publishes (an empty list) once it has analysed the file.
    await waitFor('the server to analyse the new agreement', () => vscode.languages.getDiagnostics(uri) !== undefined && api.status.text.includes('no findings'));
    assert.deepStrictEqual(pledgeDiagnostics(uri).map((d) => `${ruleIdOf(d)} ${d.message}`), []);
  });

  it('Create .pledgerc.json writes a configuration file in the workspace folder and opens it', async function () {
    const uri = await api.createConfig(workspaceFolder().uri);
    assert.strictEqual(uri.toString(), workspaceUri('.pledgerc.json').toString());
    const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    assert.deepStrictEqual(Object.keys(JSON.parse(text)), ['rules']);
    assert.strictEqual(vscode.window.activeTextEditor.document.uri.toString(), uri.toString());
    await vscode.workspace.fs.delete(uri);
  });

  it('Check Workspace checks every agreement file and counts the findings', async function () {
    const result = await api.checkWorkspace();
    assert.ok(result.files >= 6, `files: ${result.files}`);
    assert.ok(result.warnings > 0 && result.errors > 0, JSON.stringify(result));
  });

  it('Explain Rule opens the rule\'s page', async function () {
    await api.explainRule('PL201');
    await waitFor('a tab showing PL201.md', () =>
      vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /PL201/.test(t.label))),
    );
    if (canInspectWorkbench()) {
      await expectInWorkbench('the rule page is shown', { selector: '.tab', hasText: 'PL201', name: 'explain-rule' });
    }
  });

  it('code lens: "owes" shows what the party owes, the findings lens opens the Problems panel', async function () {
    const document = await openWorkspaceFile('no-emergency.pledge');
    await waitForDiagnostics(document.uri, 'findings of no-emergency.pledge', (ds) => ds.length > 0);
    const lenses = await waitFor('the code lenses of no-emergency.pledge', async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
      return l && l.some((x) => x.command && x.command.command === 'pledge.showReferences') && l;
    });
    const owes = lenses.find((l) => l.command.command === 'pledge.showReferences');
    assert.match(owes.command.title, /owes \d+/);
    await vscode.commands.executeCommand(owes.command.command, ...owes.command.arguments);
    if (canInspectWorkbench()) {
      await expectInWorkbench('the references of the party are shown', { selector: '.peekview-widget', hasText: 'no-emergency.pledge', name: 'code-lens-owes' });
    }
    await vscode.commands.executeCommand('closeReferenceSearch').then(undefined, () => undefined);
    const findings = lenses.find((l) => l.command.command === 'pledge.showFileProblems');
    assert.ok(findings, `a findings lens; got ${lenses.map((l) => l.command.title).join(' | ')}`);
    await vscode.commands.executeCommand(findings.command.command, ...findings.command.arguments);
    if (canInspectWorkbench()) {
      await expectInWorkbench('the Problems panel is open', { selector: '.markers-panel', name: 'code-lens-findings' });
    }
  });

  it('a misspelt import is one PL007 with a "did you mean" fix that resolves it', async function () {
    const uri = workspaceUri('typo-import.pledge');
    // Parties no other spec renames: VS Code keeps a deleted file's document open for a while, and the server with it.
    const text = 'import "partys.pledge"\n\nagreement "Typo" {\n  provider Kustlijn\n  customer HetAnker\n}\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const ds = await waitForDiagnostics(uri, 'PL007 on the misspelt import', (d) => d.some((x) => ruleIdOf(x) === 'PL007'));
    assert.deepStrictEqual(ds.filter((d) => ruleIdOf(d) === 'PL002').map((d) => d.message), [], 'no follow-on PL002 for the names the import would declare');
    const pl007 = ds.find((d) => ruleIdOf(d) === 'PL007');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, pl007.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('parties.pledge'));
    assert.ok(fix && fix.edit, `no "did you mean parties.pledge" fix; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^import "parties\.pledge"/);
    await waitForDiagnostics(uri, 'PL007 to disappear', (d) => !d.some((x) => ruleIdOf(x) === 'PL007' && x.severity === vscode.DiagnosticSeverity.Error));
    await document.save();
  });
});
