// Skeleton quick fixes carry snippet placeholders for clients that apply them
// (the Pledge VS Code client reads `data.snippetEdits`); every client also
// gets the plain edit, with the placeholders' defaults filled in.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { sampleWorkspace, TestClient } from '../harness/lsp';

describe('snippet edits of quick fixes', () => {
  let client: TestClient;
  let uri: string;

  beforeAll(async () => {
    client = new TestClient(sampleWorkspace());
    await client.initialize();
    uri = client.open('no-emergency.pledge');
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'PL201'));
  });

  afterAll(async () => {
    await client.dispose();
  });

  it('the PL201 emergency clause comes with placeholders and the same plain text', async () => {
    const pl201 = client.published.get(uri)!.diagnostics.find((d) => d.code === 'PL201')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: pl201.range,
      context: { diagnostics: [pl201], only: ['quickfix'] },
    });
    const insert = actions.find((a) => (a.data as { snippetEdits?: unknown[] } | undefined)?.snippetEdits);
    expect(insert, actions.map((a) => a.title).join(' | ')).toBeDefined();
    const [snippet] = (insert!.data as { snippetEdits: Array<{ uri: string; snippet?: string; newText: string }> }).snippetEdits;
    expect(snippet!.uri).toBe(uri);
    expect(snippet!.snippet).toMatch(/\$\{1:/);
    // The plain edit is the snippet with its defaults.
    const plain = insert!.edit!.changes![uri]!.map((e) => e.newText).join('');
    expect(plain).toContain('emergency for');
    expect(plain).not.toMatch(/\$\{\d/);
  });
});
