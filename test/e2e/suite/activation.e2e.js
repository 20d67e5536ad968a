// The extension activates when a .pledge file is opened, inside a real VS Code.
'use strict';

const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, openWorkspaceFile, extensionUnderTest, activeExtension, log, screenshot } = require('./helpers');

describe('activation', function () {
  let document;

  before(async function () {
    document = await openWorkspaceFile('healthy.pledge');
  });

  it('gives .pledge files the pledge language', function () {
    assert.strictEqual(document.languageId, 'pledge');
  });

  it(`installs ${EXTENSION_ID}`, function () {
    const extension = extensionUnderTest();
    assert.strictEqual(extension.id.toLowerCase(), EXTENSION_ID.toLowerCase());
  });

  it(`activates ${EXTENSION_ID} once a .pledge file is open`, async function () {
    const extension = await activeExtension({ timeoutMs: 30000 });
    assert.strictEqual(extension.isActive, true);
    log(`    ${extension.id} ${extension.packageJSON.version} from ${extension.extensionPath}`);
    await screenshot('activation');
  });

  it('reports the VS Code host and version', function () {
    assert.strictEqual(typeof vscode.env.appHost, 'string');
    assert.ok(vscode.env.appHost.length > 0, 'vscode.env.appHost is empty');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    log(`    host: ${vscode.env.appHost}, VS Code ${vscode.version}, ${vscode.env.appName}`);
  });
});
