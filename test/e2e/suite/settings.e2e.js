// `pledge.rules` in the settings changes the severity the server publishes.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { languageServerReady, openWorkspaceFile, ruleIdOf, waitForDiagnostics } = require('./helpers');

const severityOf = (ruleId) => (ds) => {
  const d = ds.find((x) => ruleIdOf(x) === ruleId);
  return d && d.severity;
};

describe('settings', function () {
  let document;

  before(async function () {
    document = await openWorkspaceFile('no-emergency.pledge');
    await languageServerReady();
  });

  after(async function () {
    await vscode.workspace.getConfiguration('pledge').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('pledge.rules { PL201: "error" } makes PL201 an error, and removing it restores the warning', async function () {
    const { Warning, Error: ErrorSeverity } = vscode.DiagnosticSeverity;
    await waitForDiagnostics(document.uri, 'PL201 as a warning', (ds) => severityOf('PL201')(ds) === Warning);

    await vscode.workspace.getConfiguration('pledge').update('rules', { PL201: 'error' }, vscode.ConfigurationTarget.Workspace);
    const raised = await waitForDiagnostics(document.uri, 'PL201 as an error after the settings change', (ds) => severityOf('PL201')(ds) === ErrorSeverity);
    // Only PL201 changed.
    assert.strictEqual(severityOf('PL206')(raised), Warning);

    await vscode.workspace.getConfiguration('pledge').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'PL201 back to a warning after the setting is removed', (ds) => severityOf('PL201')(ds) === Warning);
  });

  it('pledge.rules { PL206: "off" } removes PL206', async function () {
    await vscode.workspace.getConfiguration('pledge').update('rules', { PL206: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'PL206 to disappear', (ds) => ds.length > 0 && !ds.some((d) => ruleIdOf(d) === 'PL206'));
    await vscode.workspace.getConfiguration('pledge').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, 'PL206 to come back', (ds) => ds.some((d) => ruleIdOf(d) === 'PL206'));
  });
});
