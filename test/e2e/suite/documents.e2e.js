// "Pledge: Export Document…" and "Pledge: Compare Promises with…" in a real VS Code.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { activeExtension, languageServerReady, openWorkspaceFile, positionOf, restoreDocument, waitFor, workspaceUri } = require('./helpers');

describe('documents', function () {
  let document;
  let original;
  let api;

  before(async function () {
    document = await openWorkspaceFile('healthy.pledge');
    original = document.getText();
    await languageServerReady();
    api = (await activeExtension()).exports;
  });

  after(async function () {
    await restoreDocument(document, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the rendered agreement next to the file, as HTML and as Markdown', async function () {
    const html = await api.exportDocument(document.uri, 'html');
    assert.strictEqual(html.toString(), workspaceUri('healthy.html').toString());
    const htmlText = Buffer.from(await vscode.workspace.fs.readFile(html)).toString('utf8');
    assert.match(htmlText, /^<!DOCTYPE html>/i);
    assert.match(htmlText, /Managed Workplace and Case Management 2026/);
    assert.ok(!/<script/i.test(htmlText), 'the exported file runs no script');
    const md = await api.exportDocument(document.uri, 'md');
    const mdText = Buffer.from(await vscode.workspace.fs.readFile(md)).toString('utf8');
    assert.match(mdText, /^# .*Managed Workplace and Case Management 2026/m);
    await vscode.workspace.fs.delete(html);
    await vscode.workspace.fs.delete(md);
  });

  it('compares the promises with another .pledge file', async function () {
    const older = workspaceUri('healthy-round1.pledge');
    await vscode.workspace.fs.writeFile(older, Buffer.from(original.replace('availability 99.8%', 'availability 99.5%'), 'utf8'));
    const markdown = await api.comparePromises(document.uri, { other: older });
    assert.ok(markdown, 'a comparison');
    assert.match(markdown, /99\.5%/);
    assert.match(markdown, /99\.8%/);
    await vscode.workspace.fs.delete(older);
  });

  it('compares the promises with the committed version through the Git extension', async function () {
    const git = vscode.extensions.getExtension('vscode.git');
    assert.ok(git, 'the built-in Git extension is present');
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const at = positionOf(document, 'respond within 15 minutes');
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 'respond within 15 minutes'.length)), 'respond within 30 minutes')));
    const api1 = (git.isActive ? git.exports : await git.activate()).getAPI(1);
    await waitFor('the Git extension to find the workspace repository', () => api1.getRepository(document.uri));
    const markdown = await api.comparePromises(document.uri, { ref: 'HEAD' });
    assert.ok(markdown, 'a comparison');
    assert.match(markdown, /15 min/);
    assert.match(markdown, /30 min/);
  });
});
