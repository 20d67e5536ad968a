// Every quick fix of test/fixtures/fixes, exercised through textDocument/codeAction:
// the returned edit, applied, gives the expected text, which is then re-checked.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { REPO } from '../harness/analyze';
import { applyLspEdits, editsFor, TestClient } from '../harness/lsp';

const dir = path.join(REPO, 'test/fixtures/fixes');
const cases = readdirSync(dir).filter((n) => n.endsWith('.before.pledge')).map((n) => n.replace(/\.before\.pledge$/, ''));
const HEADER = /^\/\/ fix: (PL\d{3}) "([^"]+)"/;

let client: TestClient;
beforeAll(async () => {
  // The repository is the workspace, so fixtures may import samples/.
  client = new TestClient(REPO, false);
  await client.initialize();
});
afterAll(async () => client.dispose());

describe('quick fixes through the language server', () => {
  it.each(cases)('%s', async (name) => {
    const rel = `${name}.before.pledge`;
    const before = readFileSync(path.join(dir, rel), 'utf8');
    const after = readFileSync(path.join(dir, `${name}.after.pledge`), 'utf8');
    const [, ruleId, titlePart] = HEADER.exec(before)!;
    const uri = client.open(path.relative(REPO, path.join(dir, rel)), before);
    const published = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === ruleId));
    const diagnostic = published.diagnostics.find((d) => d.code === ruleId)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const action = actions.find((a) => a.title.includes(titlePart!) && a.edit);
    expect(action, `an action titled like "${titlePart}" among ${actions.map((a) => a.title).join(' | ')}`).toBeDefined();
    const fixed = applyLspEdits(before, editsFor(action!.edit, uri));
    expect(fixed).toBe(after);
    const version = client.change(uri, fixed);
    const again = await client.diagnostics(uri, (p) => p.version === version, true);
    expect(again.diagnostics.filter((d) => d.code === 'PL001')).toEqual([]);
    expect(again.diagnostics.filter((d) => d.code === ruleId).length).toBeLessThan(published.diagnostics.filter((d) => d.code === ruleId).length);
  });
});
