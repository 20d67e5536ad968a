// Hovering the availability percentage of a service shows its downtime budget.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { languageServerReady, canInspectWorkbench, hoverText, log, openWorkspaceFile, positionOf, screenshot, waitFor } = require('./helpers');

describe('hover', function () {
  let document;

  before(async function () {
    document = await openWorkspaceFile('healthy.pledge');
    await languageServerReady();
  });

  it('on `99.8%` of Workplace shows the downtime budget in minutes', async function () {
    const position = positionOf(document, 'availability 99.8%', { delta: 'availability 9'.length });
    const text = await waitFor('a hover on 99.8%', async () => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position)));
    log(`    hover: ${text.split('\n')[0]} …`);
    assert.match(text, /min/);
    // 0.2% of a 90-day quarter: 259.2 minutes.
    assert.match(text, /4 h 19\.2 min/);
    assert.match(text, /downtime/);
  });

  it('on `99.9%` of CaseManagement shows its own budget', async function () {
    const position = positionOf(document, 'availability 99.9%', { delta: 'availability 9'.length });
    const text = await waitFor('a hover on 99.9%', async () => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position)));
    assert.match(text, /2 h 9\.6 min/);
  });

  it('shows in the editor (screenshot hover.png)', async function () {
    if (!canInspectWorkbench()) return;
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const position = positionOf(document, 'availability 99.8%', { delta: 'availability 9'.length });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    const shown = await screenshot('hover', { waitForSelector: '.monaco-hover', hasText: '19.2 min' });
    assert.ok(shown, 'the hover with the downtime budget did not appear in the workbench');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  });
});
