// The agreement as a document beside the editor: "Pledge: Open Preview to the
// Side" renders it, follows edits, and reveals a clause when it is clicked.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { activeExtension, canInspectWorkbench, expectInWorkbench, languageServerReady, openWorkspaceFile, positionOf, restoreDocument, waitFor } = require('./helpers');

describe('preview', function () {
  let document;
  let original;
  let api;

  before(async function () {
    document = await openWorkspaceFile('healthy.pledge');
    original = document.getText();
    await languageServerReady();
    api = (await activeExtension()).exports;
    assert.ok(api && api.preview, 'the extension exposes its preview');
  });

  after(async function () {
    await restoreDocument(document, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const rendered = (what, accept) =>
    waitFor(what, () => {
      const r = api.preview.lastRendered;
      return r && r.uri === document.uri.toString() && accept(r) && r;
    });

  it('opens beside the editor and shows the agreement as a document', async function () {
    await vscode.commands.executeCommand('pledge.openPreviewToSide');
    const r = await rendered('the preview of healthy.pledge', () => true);
    assert.match(r.html, /<h1[^>]*>[^<]*Managed Workplace and Case Management 2026/);
    assert.match(r.html, /<svg/, 'a coverage chart');
    assert.ok(!/https?:\/\//.test(r.html.replace(/xmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '')), 'no remote content');
    if (canInspectWorkbench()) {
      // The workbench creates a webview's content frame once the webview's service worker is up,
      // which in the headless test browser can take a while the first time.
      this.timeout(150000);
      await expectInWorkbench('the preview shows the agreement title', {
        selector: 'h1',
        hasText: 'Managed Workplace and Case Management 2026',
        inFrames: true,
        name: 'preview',
        elementTimeoutMs: 90000,
      });
    }
  });

  it('follows edits as the user types', async function () {
    const before = api.preview.lastRendered.version;
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const at = positionOf(document, 'availability 99.8%', { delta: 'availability '.length });
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(at, at.translate(0, 5)), '99.5%')));
    const r = await rendered('the preview to show 99.5% per quarter', (x) => x.version > before && x.html.includes('99.5% per quarter'));
    assert.ok(!r.html.includes('99.8% per quarter'), 'the old availability is gone');
    if (canInspectWorkbench()) {
      await expectInWorkbench('the updated preview shows 99.5%', { selector: 'td, li, p, dd', hasText: '99.5%', inFrames: true, name: 'preview-updated' });
    }
  });

  it('follows the colour theme', async function () {
    if (!canInspectWorkbench()) this.skip();
    const config = vscode.workspace.getConfiguration('workbench');
    await config.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await expectInWorkbench('the preview in a dark theme', { selector: 'body.vscode-dark h1', hasText: 'Managed Workplace', inFrames: true, name: 'preview-dark' });
    } finally {
      await config.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reveals a clause in the editor when it is clicked', async function () {
    if (!canInspectWorkbench()) this.skip();
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const target = document.offsetAt(positionOf(document, 'priority P2'));
    await expectInWorkbench('click the P2 row of the priority table', { selector: 'tr[data-start]', hasText: 'A team is hindered in its work', inFrames: true, click: true, name: 'preview-click' });
    await waitFor('the editor to select priority P2', () => {
      const e = vscode.window.visibleTextEditors.find((x) => x.document === document);
      if (!e) return false;
      const start = document.offsetAt(e.selection.start);
      return start >= target && start <= target + 200;
    });
  });
});
