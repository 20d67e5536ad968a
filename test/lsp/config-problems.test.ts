// Problems of a .pledgerc.json are reported once: VS Code's JSON support
// reports its syntax errors (the client says so at initialize), the server
// everything else; other clients get everything from the server.

import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, TestClient } from '../harness/lsp';

const AGREEMENT = 'party A "A" {\n  contact C "c" phone "1" role "desk"\n}\n';

async function configDiagnostics(config: string, initializationOptions?: Record<string, unknown>) {
  const root = emptyWorkspace();
  writeFileSync(path.join(root, '.pledgerc.json'), config);
  writeFileSync(path.join(root, 'a.pledge'), AGREEMENT);
  const client = new TestClient(root);
  try {
    await client.initialize(undefined, initializationOptions);
    client.open('a.pledge');
    const published = await client.diagnostics(client.uri('.pledgerc.json'));
    return published.diagnostics.map((d) => d.message);
  } finally {
    await client.dispose();
  }
}

describe('.pledgerc.json problems in the editor', () => {
  it('a client that validates JSON syntax itself does not get the syntax error again', async () => {
    expect(await configDiagnostics('{ "rules": ', { jsonSyntaxReportedByEditor: true })).toEqual([]);
  });

  it('other clients get the syntax error from the server', async () => {
    expect((await configDiagnostics('{ "rules": ')).length).toBe(1);
  });

  it('problems only Pledge knows are reported by the server in both cases', async () => {
    const config = '{ "rules": { "PL201": "loud" } }';
    const withEditor = await configDiagnostics(config, { jsonSyntaxReportedByEditor: true });
    expect(withEditor.length).toBe(1);
    expect(withEditor[0]).toMatch(/loud/);
    expect(await configDiagnostics(config)).toEqual(withEditor);
  });
});
