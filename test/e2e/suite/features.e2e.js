// Language features through VS Code's own commands: completion, rename across
// files, formatting and the outline.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { languageServerReady, openWorkspaceFile, pledgeDiagnostics, positionOf, restoreDocument, waitFor, waitForDiagnostics, workspaceUri } = require('./helpers');

const FORMAT_OPTIONS = { tabSize: 2, insertSpaces: true };

/** The document text after applying `edits` (TextEdit[]) to `text`, computed without touching the editor. */
function applyTextEdits(document, text, edits) {
  const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, document.offsetAt(e.range.start)) + e.newText + out.slice(document.offsetAt(e.range.end));
  return out;
}

async function formatEdits(document) {
  return (await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, FORMAT_OPTIONS)) || [];
}

describe('language features', function () {
  before(async function () {
    await openWorkspaceFile('healthy.pledge');
    await languageServerReady();
  });

  it('completion inside a service block offers `availability`', async function () {
    const document = await openWorkspaceFile('no-emergency.pledge');
    // The start of `support Office` inside `service Workplace { … }`.
    const position = positionOf(document, '    support Office', { delta: 4 });
    const list = await waitFor('completion items', async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
      return l && l.items.length > 0 ? l : undefined;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('availability'), `no \`availability\` among: ${labels.join(', ')}`);
    assert.ok(labels.includes('priority'), `no \`priority\` among: ${labels.join(', ')}`);
  });

  describe('rename of a party in parties.pledge', function () {
    let parties;
    let healthy;
    let hosting;
    const originals = new Map();

    before(async function () {
      parties = await openWorkspaceFile('parties.pledge');
      healthy = await vscode.workspace.openTextDocument(workspaceUri('healthy.pledge'));
      hosting = await vscode.workspace.openTextDocument(workspaceUri('hosting-24x7.pledge'));
      for (const d of [parties, healthy, hosting]) originals.set(d, d.getText());
    });

    after(async function () {
      for (const [d, text] of originals) await restoreDocument(d, text);
    });

    it('`Zuiderveen` → `Southfield` updates the agreements that import it', async function () {
      const position = positionOf(parties, 'party Zuiderveen', { delta: 'party '.length });
      const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', parties.uri, position, 'Southfield');
      assert.ok(edit, 'the rename provider returned nothing');
      const files = edit.entries().map(([uri]) => uri.path.split('/').pop()).sort();
      assert.deepStrictEqual(files, ['healthy.pledge', 'hosting-24x7.pledge', 'parties.pledge']);

      assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'workspace.applyEdit refused the rename');
      assert.match(parties.getText(), /party Southfield "Gemeente Zuiderveen"/);
      for (const [document, clause] of [
        [healthy, 'customer Southfield\n'],
        [healthy, 'obligation Forecast Southfield '],
        [healthy, 'remedy Southfield to Noordlicht'],
        [hosting, 'customer Southfield\n'],
        [hosting, 'reported by Southfield to PolderCloud'],
      ]) {
        assert.ok(document.getText().includes(clause), `${document.uri.path.split('/').pop()} lacks \`${clause.trim()}\` after the rename`);
      }
    });

    it('renames every reference, `capacity … bought by` included, so the importers stay free of findings', async function () {
      const leftOver = (document) =>
        document
          .getText()
          .split('\n')
          .map((line, i) => ({ line: i + 1, code: line.replace(/\/\/.*$/, '').replace(/"[^"]*"/g, '""') }))
          .filter((l) => /\bZuiderveen\b/.test(l.code))
          .map((l) => `${document.uri.path.split('/').pop()}:${l.line}: ${l.code.trim()}`);
      const left = [...leftOver(healthy), ...leftOver(hosting)];
      assert.deepStrictEqual(left, [], 'references to the old name are left over');
      // The server has seen the new text and every renamed reference resolves.
      await waitForDiagnostics(workspaceUri('no-emergency.pledge'), 'the server to be analysing', (ds) => ds.length > 0);
      await waitFor('healthy.pledge to stay free of findings after the rename', () => pledgeDiagnostics(healthy.uri).length === 0, { timeoutMs: 10000 });
    });
  });

  describe('format document', function () {
    let document;
    let original;

    before(async function () {
      document = await openWorkspaceFile('over-promising.pledge');
      original = document.getText();
    });

    after(async function () {
      await restoreDocument(document, original);
    });

    it('re-indents a flattened agreement and is idempotent', async function () {
      // Flatten: strip every indentation, so the formatter has work to do.
      const flat = original.replace(/^[ \t]+/gm, '');
      await restoreDocument(document, flat);
      await waitFor('the server to see the flattened text', async () => (await formatEdits(document)).length > 0);

      const first = await formatEdits(document);
      const formatted = applyTextEdits(document, document.getText(), first);
      assert.match(formatted, /\n  service EPD "/, 'services are not indented inside the agreement');
      assert.match(formatted, /\n    priority P1 "/, 'priorities are not indented inside the service');
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, first);
      assert.strictEqual(await vscode.workspace.applyEdit(edit), true);
      assert.strictEqual(document.getText(), formatted);

      const second = await formatEdits(document);
      assert.strictEqual(applyTextEdits(document, document.getText(), second), document.getText(), 'formatting the formatted text changes it again');
    });

    it('leaves the healthy sample as it is', async function () {
      const healthy = await openWorkspaceFile('healthy.pledge');
      const edits = await formatEdits(healthy);
      assert.strictEqual(applyTextEdits(healthy, healthy.getText(), edits), healthy.getText());
    });
  });

  it('the outline lists agreement → services → priorities', async function () {
    const document = await openWorkspaceFile('healthy.pledge');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const agreement = symbols.find((s) => s.name.includes('Managed Workplace and Case Management 2026'));
    assert.ok(agreement, `no agreement symbol among: ${symbols.map((s) => s.name).join(', ')}`);
    const services = agreement.children.filter((c) => c.kind === vscode.SymbolKind.Class);
    assert.deepStrictEqual(services.map((s) => s.name), ['Workplace', 'CaseManagement']);
    assert.deepStrictEqual(services[0].children.map((p) => p.name), ['P1', 'P2', 'P3']);
    assert.deepStrictEqual(services[1].children.map((p) => p.name), ['P1', 'P2']);
    for (const p of services[0].children) assert.strictEqual(p.kind, vscode.SymbolKind.EnumMember);
  });
});
