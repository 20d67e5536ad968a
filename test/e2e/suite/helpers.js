// Shared helpers for the end-to-end specs (`*.e2e.js`). Plain CommonJS: the
// specs are loaded by mocha inside the VS Code extension host.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const Mocha = require('mocha');

/** Id of the extension under test; PLEDGE_E2E_EXTENSION_ID overrides it for trials with other extensions. */
const EXTENSION_ID = process.env.PLEDGE_E2E_EXTENSION_ID || 'pledge.pledge';

/**
 * Polls `probe` until it returns a truthy value (which is returned) or the
 * deadline passes (then throws, naming `what` and the last value or error seen).
 */
async function waitFor(what, probe, { timeoutMs = 30000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The first workspace folder; fails clearly when the window has none. */
function workspaceFolder() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!folder) throw new Error('no workspace folder is open (the launcher opens a copy of samples/)');
  return folder;
}

/** Opens `relativePath` of the workspace in an editor and returns its document. */
async function openWorkspaceFile(relativePath) {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    throw new Error(`${relativePath} is missing from the test workspace ${workspaceFolder().uri.toString()}`);
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The extension under test, failing with the list of installed non-built-in extensions when it is absent. */
function extensionUnderTest() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) {
    const others = vscode.extensions.all
      .filter((e) => !e.packageJSON.isBuiltin && !e.extensionPath.includes('/lib/vscode/extensions/'))
      .map((e) => e.id);
    throw new Error(`extension ${EXTENSION_ID} is not installed (non-built-in extensions: ${others.join(', ') || 'none'})`);
  }
  return extension;
}

/** Waits until the extension under test is active and returns it. */
async function activeExtension({ timeoutMs = 30000 } = {}) {
  const extension = extensionUnderTest();
  await waitFor(`extension ${EXTENSION_ID} to be active`, () => extension.isActive, { timeoutMs });
  return extension;
}

/**
 * Prints a line into the suite's report (the extension host does not let
 * specs redirect console.log, so use this to show values in the output).
 */
function log(...args) {
  Mocha.reporters.Base.consoleLog(...args);
}

let screenshotCount = 0;

/**
 * Asks the launcher (test/e2e/launch.mjs) to save a PNG of the workbench as it
 * is now, as test/e2e/artifacts/<name>.png, and waits until it is saved.
 * Resolves to false (and does nothing) when no launcher takes screenshots,
 * e.g. under @vscode/test-electron.
 */
async function screenshot(name, { timeoutMs = 30000 } = {}) {
  const dir = process.env.PLEDGE_E2E_SCREENSHOTS;
  if (!dir) return false;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name, got ${JSON.stringify(name)}`);
  screenshotCount += 1;
  const request = path.join(dir, `${String(screenshotCount).padStart(3, '0')}.request`);
  fs.writeFileSync(`${request}.tmp`, name);
  fs.renameSync(`${request}.tmp`, request);
  await waitFor(`the launcher to save screenshot ${name}`, () => fs.existsSync(`${request}.done`), { timeoutMs, intervalMs: 50 });
  return true;
}

module.exports = {
  EXTENSION_ID,
  waitFor,
  workspaceFolder,
  openWorkspaceFile,
  extensionUnderTest,
  activeExtension,
  log,
  screenshot,
};
