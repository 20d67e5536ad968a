// One version everywhere, read from the root package.json: the CLI's
// `--version`, SARIF's `tool.driver.version`, the language server's
// `serverInfo` and the rule documentation links (the docs of that release).
// The bundles get it from esbuild's `define` (test/cli/smoke.test.ts checks
// `pledge --version` and SARIF of the built CLI); the sources read package.json.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../server/src/cli/check';
import { docsUrl } from '../../server/src/rules/docs';
import { VERSION } from '../../server/src/rules/version';
import { emptyWorkspace, TestClient } from '../harness/lsp';

const REPO = path.resolve(__dirname, '../..');
const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('the version of package.json', () => {
  it('is the one constant', () => {
    expect(PACKAGE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(VERSION).toBe(PACKAGE_VERSION);
  });

  it('is the SARIF driver version', () => {
    const out = runCheck(['samples/healthy.pledge'], REPO, { format: 'sarif', quiet: false, color: false });
    const driver = JSON.parse(out.stdout).runs[0].tool.driver;
    expect(driver.version).toBe(PACKAGE_VERSION);
    expect(driver.semanticVersion).toBe(PACKAGE_VERSION);
  });

  it("is the language server's serverInfo", async () => {
    const client = new TestClient(emptyWorkspace());
    try {
      const result = (await client.conn.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as { serverInfo?: { name: string; version?: string } };
      expect(result.serverInfo).toEqual({ name: 'pledge-language-server', version: PACKAGE_VERSION });
    } finally {
      await client.dispose();
    }
  });

  it('names the release whose rule pages are linked', () => {
    expect(docsUrl('PL101', 'en')).toBe(`https://github.com/pledge-contracts/pledge/blob/v${PACKAGE_VERSION}/docs/rules/PL101.md`);
    expect(docsUrl('PL101', 'nl')).toBe(`https://github.com/pledge-contracts/pledge/blob/v${PACKAGE_VERSION}/docs/rules/nl/PL101.md`);
  });
});
