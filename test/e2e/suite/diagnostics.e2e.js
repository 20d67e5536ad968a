// The language server's findings reach VS Code as diagnostics: each problem
// sample shows exactly the rules its header names, the healthy samples show
// none, and every diagnostic links to its rule's documentation.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const {
  extensionUnderTest,
  languageServerReady,
  canInspectWorkbench,
  expectInWorkbench,
  log,
  openWorkspaceFile,
  ruleIdOf,
  ruleIds,
  waitForDiagnostics,
  withProblemsOf,
} = require('./helpers');

/** The rule pages of the release under test (server/src/rules/docs.ts): the tag v<its package.json version>. */
const docsBase = () => `https://github.com/pledge-contracts/pledge/blob/v${extensionUnderTest().packageJSON.version}/docs/rules`;

const range = (prefix, from, to) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/** Each sample and the rule ids (exactly) that Pledge reports on it. */
const SAMPLES = [
  { file: 'over-promising.pledge', rules: range('PL', 101, 113) },
  { file: 'no-emergency.pledge', rules: range('PL', 201, 209) },
  { file: 'one-sided.pledge', rules: range('PL', 301, 311) },
  { file: 'healthy.pledge', rules: [] },
  { file: 'hosting-24x7.pledge', rules: [] },
  { file: 'parties.pledge', rules: [] },
];

const sameIds = (expected) => (diagnostics) => {
  const ids = [...new Set(diagnostics.map(ruleIdOf))].sort();
  return ids.length === expected.length && ids.every((id, i) => id === expected[i]);
};

describe('diagnostics', function () {
  before(async function () {
    await openWorkspaceFile('healthy.pledge');
    await languageServerReady();
  });

  for (const sample of SAMPLES) {
    const what = sample.rules.length ? `${sample.rules[0]}–${sample.rules[sample.rules.length - 1]}` : 'no findings';
    it(`${sample.file}: ${what}`, async function () {
      const document = await openWorkspaceFile(sample.file);
      const expected = [...sample.rules].sort();
      // An empty list is also what a server that never answered leaves behind:
      // the before hook made sure the server has published diagnostics.
      await waitForDiagnostics(document.uri, `the rules ${expected.join(', ') || '(none)'} on ${sample.file}`, sameIds(expected));
      assert.deepStrictEqual(ruleIds(document.uri), expected);
    });
  }

  it('gives each diagnostic its rule id, documentation link, source and a message', async function () {
    const document = await openWorkspaceFile('one-sided.pledge');
    const diagnostics = await waitForDiagnostics(document.uri, 'diagnostics on one-sided.pledge', (ds) => ds.length > 0);
    for (const d of diagnostics) {
      assert.strictEqual(typeof d.code, 'object', `code of "${d.message}" is not { value, target }`);
      assert.match(String(d.code.value), /^PL\d{3}$/);
      assert.ok(d.code.target instanceof vscode.Uri, `code.target of ${d.code.value} is not a Uri`);
      assert.strictEqual(d.code.target.toString(true), `${docsBase()}/${d.code.value}.md`);
      assert.strictEqual(d.source, 'pledge');
      assert.ok(d.message.length > 10, `${d.code.value} has an empty message`);
    }
    const bySeverity = (s) => diagnostics.filter((d) => d.severity === s).map((d) => d.code.value);
    // PL306 (non-monotonic credits) is an error, PL303 a warning, PL309 an info by default.
    assert.ok(bySeverity(vscode.DiagnosticSeverity.Error).includes('PL306'), 'PL306 is not an error');
    assert.ok(bySeverity(vscode.DiagnosticSeverity.Warning).includes('PL303'), 'PL303 is not a warning');
    assert.ok(bySeverity(vscode.DiagnosticSeverity.Information).includes('PL309'), 'PL309 is not an info');
  });

  it('the Problems panel of the workbench lists PL201 (checked in the DOM)', async function () {
    const document = await openWorkspaceFile('no-emergency.pledge');
    await waitForDiagnostics(document.uri, 'PL201 on no-emergency.pledge', (ds) => ds.some((d) => ruleIdOf(d) === 'PL201'));
    if (!canInspectWorkbench()) {
      log('    (this launcher cannot inspect the workbench DOM; only the diagnostics were checked)');
      return;
    }
    await withProblemsOf(document, () =>
      expectInWorkbench('the Problems panel lists PL201', {
        selector: '.markers-panel .monaco-list-row',
        hasText: 'PL201',
        name: 'problems-panel',
      }),
    );
  });
});
