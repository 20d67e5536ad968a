// The language server over a real LSP connection: every feature, as an editor uses it.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  CompletionItem,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  SelectionRange,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { applyLspEdits, editsFor, sampleWorkspace, TestClient } from '../harness/lsp';

let client: TestClient;

beforeAll(async () => {
  client = new TestClient(sampleWorkspace());
  await client.initialize();
});

afterAll(async () => {
  await client.dispose();
});

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

const codes = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));

describe('diagnostics', () => {
  it('publishes every workspace file at start, with rule ids and doc links', async () => {
    const healthy = await client.diagnostics(client.uri('healthy.pledge'));
    expect(healthy.diagnostics).toEqual([]);
    const over = await client.diagnostics(client.uri('over-promising.pledge'));
    expect(codes(over)).toContain('PL103');
    const d = over.diagnostics.find((x) => x.code === 'PL103')!;
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/PL103\.md$/);
    expect(d.source).toBe('pledge');
    expect(d.relatedInformation?.length).toBeGreaterThan(0);
  });

  it('publishes the latest version of a document being typed, never a stale one', async () => {
    const uri = client.open('scratch.pledge', 'party A "A"\n');
    await client.diagnostics(uri, (p) => p.version === 1);
    client.change(uri, 'party A "A"\nparty A "again"\n');
    client.change(uri, 'party A "A"\nparty A "again"\nparty A "third"\n');
    const last = client.change(uri, 'party A "A"\nparty B "B"\n');
    const p = await client.diagnostics(uri, (x) => x.version === last, true);
    expect(p.diagnostics).toEqual([]);
    // Debouncing: the intermediate versions were superseded and never analysed.
    const versions = client.history.filter((h) => h.uri === uri).map((h) => h.version);
    expect(versions).toEqual([1, last]);
  });

  it('re-publishes importers when an imported file changes', async () => {
    const partiesUri = client.open('parties.pledge');
    const original = client.texts.get(partiesUri)!;
    const renamed = original.replace('party Zuiderveen ', 'party ZuiderveenX ');
    client.change(partiesUri, renamed);
    const healthy = await client.diagnostics(client.uri('healthy.pledge'), (p) => codes(p).includes('PL002'));
    expect(healthy.diagnostics.some((d) => d.message.includes('Zuiderveen'))).toBe(true);
    client.change(partiesUri, original);
    await client.diagnostics(client.uri('healthy.pledge'), (p) => p.diagnostics.length === 0);
  });

  it('follows the editor settings for a rule severity, and .pledgerc.json wins', async () => {
    const uri = client.uri('no-emergency.pledge');
    const before = await client.diagnostics(uri, (p) => codes(p).includes('PL201'));
    expect(before.diagnostics.find((d) => d.code === 'PL201')!.severity).toBe(2);
    await client.setSettings({ rules: { 'missing-emergency': 'error' } });
    const after = await client.diagnostics(uri, (p) => p.diagnostics.find((d) => d.code === 'PL201')?.severity === 1, true);
    expect(after.diagnostics.find((d) => d.code === 'PL201')!.severity).toBe(1);
    const rc = path.join(client.root, '.pledgerc.json');
    writeFileSync(rc, JSON.stringify({ rules: { PL201: 'info' } }));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.pledgerc.json'), type: 1 }] });
    const info = await client.diagnostics(uri, (p) => p.diagnostics.find((d) => d.code === 'PL201')?.severity === 3, true);
    expect(info.diagnostics.find((d) => d.code === 'PL201')!.severity).toBe(3);
    await client.setSettings({});
    writeFileSync(rc, '{}');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.pledgerc.json'), type: 2 }] });
    await client.diagnostics(uri, (p) => p.diagnostics.find((d) => d.code === 'PL201')?.severity === 2, true);
  });

  it('tags unused suppressions as unnecessary', async () => {
    const uri = client.open('unused.pledge', 'party A "A"\n// pledge-disable-next-line PL201\nparty B "B"\n');
    const p = await client.diagnostics(uri);
    const d = p.diagnostics.find((x) => x.code === 'PL008')!;
    expect(d.tags).toEqual([1]);
    expect(d.severity).toBe(4);
  });
});

describe('hover', () => {
  it('explains an availability with its downtime budget', async () => {
    const uri = client.open('hover.pledge', 'party A "A"\nparty B "B"\nagreement "x" {\n  provider A\n  customer B\n  service S {\n    availability 99.9% per month measured by "probe"\n  }\n}\n');
    const text = client.texts.get(uri)!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '99.9%', 2) });
    expect(JSON.stringify(h.contents)).toContain('43.2 min');
  });

  it('explains keywords', async () => {
    const uri = client.uri('healthy.pledge');
    client.open('healthy.pledge');
    const text = client.texts.get(uri)!;
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'emergency for', 2) });
    expect(JSON.stringify(h.contents).length).toBeGreaterThan(40);
  });
});

describe('completion', () => {
  it('offers availability inside a service block and parties after provider', async () => {
    const text = 'party A "A"\nparty B "B"\nagreement "x" {\n  provider \n  service S {\n    \n  }\n}\n';
    const uri = client.open('complete.pledge', text);
    const inService = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 4 } });
    expect(inService.map((i) => i.label)).toContain('availability');
    expect(inService.map((i) => i.label)).not.toContain('provider');
    const afterProvider = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 11 } });
    expect(afterProvider.map((i) => i.label).sort()).toEqual(['A', 'B']);
  });
});

describe('code actions', () => {
  it('offers the PL201 fix, which inserts an emergency clause that clears the finding', async () => {
    const uri = client.uri('no-emergency.pledge');
    client.open('no-emergency.pledge');
    const p = await client.diagnostics(uri, (x) => codes(x).includes('PL201'));
    const d = p.diagnostics.find((x) => x.code === 'PL201')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.edit && a.diagnostics?.some((x) => x.code === 'PL201'))!;
    expect(fix.title.toLowerCase()).toContain('emergency');
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Disable PL201 for this line', 'Disable PL201 in this file']));
    const text = client.texts.get(uri)!;
    const fixed = applyLspEdits(text, editsFor(fix.edit, uri));
    const version = client.change(uri, fixed);
    const after = await client.diagnostics(uri, (x) => x.version === version, true);
    expect(after.diagnostics.filter((x) => x.code === 'PL001')).toEqual([]);
    expect(after.diagnostics.filter((x) => x.code === 'PL201').length).toBe(p.diagnostics.filter((x) => x.code === 'PL201').length - 1);
    client.change(uri, text);
  });

  it('offers source.fixAll.pledge', async () => {
    const text = 'party A "A"\n// pledge-disable-next-line PL304\nparty B "B"\n// pledge-disable-next-line PL201\nagreement "x" {\n  provider A\n  customer B\n}\n';
    const uri = client.open('fixall.pledge', text);
    await client.diagnostics(uri, (x) => codes(x).filter((c) => c === 'PL008').length === 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.pledge'] },
    });
    expect(actions).toHaveLength(1);
    const fixed = applyLspEdits(text, editsFor(actions[0]!.edit, uri));
    expect(fixed).not.toContain('pledge-disable');
    expect(fixed).toContain('party B "B"');
  });
});

describe('navigation', () => {
  it('goes to a party declared in an imported file and finds its references across files', async () => {
    const uri = client.uri('healthy.pledge');
    const text = client.texts.get(uri) ?? readFileSync(path.join(client.root, 'healthy.pledge'), 'utf8');
    const pos = positionOf(text, 'customer ', 9);
    const def = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: pos });
    expect(def.uri).toBe(client.uri('parties.pledge'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: pos, context: { includeDeclaration: true } });
    expect(new Set(refs.map((r) => r.uri)).size).toBeGreaterThan(1);
  });

  it('renames a party across the files that import it, and rejects invalid names', async () => {
    const partiesUri = client.uri('parties.pledge');
    const text = client.texts.get(partiesUri)!;
    const pos = positionOf(text, 'party Zuiderveen', 7);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri: partiesUri }, position: pos });
    expect(prepared.placeholder).toBe('Zuiderveen');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: partiesUri }, position: pos, newName: 'Zuidstad' });
    expect(Object.keys(edit.changes!)).toEqual(expect.arrayContaining([partiesUri, client.uri('healthy.pledge')]));
    for (const edits of Object.values(edit.changes!)) for (const e of edits as TextEdit[]) expect(e.newText).toBe('Zuidstad');
    // Every reference in the importer, `capacity … bought by` included.
    const healthyUri = client.uri('healthy.pledge');
    const healthy = readFileSync(path.join(client.root, 'healthy.pledge'), 'utf8');
    const renamed = applyLspEdits(healthy, edit.changes![healthyUri] as TextEdit[]);
    expect(renamed).not.toMatch(/\bZuiderveen\b(?!\.)/);
    expect(renamed).toMatch(/bought by Zuidstad/);
    await expect(
      client.request('textDocument/rename', { textDocument: { uri: partiesUri }, position: pos, newName: 'review' }),
    ).rejects.toThrow(/keyword/);
    await expect(
      client.request('textDocument/rename', { textDocument: { uri: partiesUri }, position: pos, newName: 'Not valid' }),
    ).rejects.toThrow(/not a valid name/);
  });

  it('lists the outline agreement → services → priorities', async () => {
    const uri = client.uri('healthy.pledge');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const agreement = symbols.find((s) => s.detail === 'agreement')!;
    const service = agreement.children!.find((c) => c.kind === 5)!;
    expect(service.children!.length).toBeGreaterThan(0);
    expect(service.children![0]!.name).toMatch(/^P\d/);
  });

  it('finds workspace symbols, document links, folding and selection ranges', async () => {
    const uri = client.uri('healthy.pledge');
    const ws = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Zuider' });
    expect(ws.some((s) => s.location.uri === client.uri('parties.pledge'))).toBe(true);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    expect(links[0]!.target).toBe(client.uri('parties.pledge'));
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folds.length).toBeGreaterThan(3);
    const text = client.texts.get(uri)!;
    const sel = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [positionOf(text, 'respond within', 2)] });
    let depth = 0;
    for (let r: SelectionRange | undefined = sel[0]; r; r = r.parent) depth++;
    expect(depth).toBeGreaterThan(3);
  });
});

describe('formatting, semantic tokens, inlay hints, code lens', () => {
  it('formats idempotently', async () => {
    const uri = client.open('format.pledge', 'party A "A" { contact D "D" phone "1" }\nparty B "B"\nagreement "x" { provider A customer B }\n');
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const once = applyLspEdits(client.texts.get(uri)!, edits);
    expect(once).not.toBe(client.texts.get(uri));
    client.change(uri, once);
    const again = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyLspEdits(once, again)).toBe(once);
  });

  it('returns semantic tokens, inlay hints and code lenses', async () => {
    const uri = client.uri('healthy.pledge');
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    expect(tokens.data.length % 5).toBe(0);
    expect(tokens.data.length).toBeGreaterThan(50);
    const text = client.texts.get(uri)!;
    const lines = text.split('\n').length;
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    expect(hints.some((h) => String(h.label).includes('min'))).toBe(true);
    const lenses = await client.request<Array<{ command?: { title: string } }>>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.length).toBeGreaterThan(0);
    expect(lenses[0]!.command!.title).toMatch(/owes/);
  });
});

describe('robustness', () => {
  it('survives any input and keeps answering', async () => {
    const uri = client.open('garbage.pledge', '}}}{{{ "\u0000 /* agreement service priority 99.9%% 24x7 ::: @@@');
    await client.diagnostics(uri);
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
      await client.request(method, { textDocument: { uri }, position: { line: 0, character: 5 } });
    }
    await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri('healthy.pledge') }, position: { line: 0, character: 0 } });
    expect(h === null || typeof h === 'object').toBe(true);
  });
});
