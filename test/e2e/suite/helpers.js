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

let requestCount = 0;

/**
 * Sends a request to the launcher (test/e2e/launch.mjs) through
 * PLEDGE_E2E_SCREENSHOTS and waits for its answer `{ ok, file, error, count }`.
 * Resolves to undefined when no launcher serves requests (@vscode/test-electron).
 */
async function askLauncher(request, { timeoutMs }) {
  const dir = process.env.PLEDGE_E2E_SCREENSHOTS;
  if (!dir) return undefined;
  requestCount += 1;
  const file = path.join(dir, `${String(requestCount).padStart(3, '0')}.request`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(request));
  fs.renameSync(`${file}.tmp`, file);
  const what = request.check ? `the launcher to check the workbench: ${request.check}` : `the launcher to save screenshot ${request.name}`;
  await waitFor(what, () => fs.existsSync(`${file}.done`), { timeoutMs, intervalMs: 50 });
  const text = fs.readFileSync(`${file}.done`, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    return { ok: true, file: text };
  }
}

/**
 * Asks the launcher to save a PNG of the workbench as it is now, as
 * test/e2e/artifacts/<name>.png, and waits until it is saved. With
 * `waitForSelector` the launcher first waits (up to `elementTimeoutMs`) for a
 * visible element matching it (and containing `hasText`), so the picture shows
 * what it is named after; resolves to false when that element never shows.
 * Resolves to false (and does nothing) when no launcher takes screenshots,
 * e.g. under @vscode/test-electron.
 */
async function screenshot(name, { waitForSelector, hasText, elementTimeoutMs = 15000, timeoutMs = 30000 } = {}) {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name, got ${JSON.stringify(name)}`);
  const answer = await askLauncher(
    { name, selector: waitForSelector, hasText, timeoutMs: elementTimeoutMs },
    { timeoutMs: timeoutMs + (waitForSelector ? elementTimeoutMs : 0) },
  );
  if (!answer) return false;
  if (!answer.ok) log(`    screenshot ${name}: ${answer.error}`);
  return answer.ok;
}

/** Whether a launcher that can look at the workbench DOM runs this suite (launch.mjs, not @vscode/test-electron). */
function canInspectWorkbench() {
  return Boolean(process.env.PLEDGE_E2E_SCREENSHOTS);
}

/**
 * Has the launcher check, with Playwright, that the workbench shows a visible
 * element matching the CSS `selector` (containing `hasText`), within
 * `elementTimeoutMs`; optionally saves a screenshot `name` afterwards. The
 * launcher prints a `workbench ✔/✗ <title>` line and fails the run when the
 * check fails; this function throws then, so the spec fails too. `inFrames`
 * looks inside webviews (iframes) too; `click` clicks the element found.
 */
async function expectInWorkbench(title, { selector, hasText, name, inFrames = false, click = false, elementTimeoutMs = 15000, timeoutMs = 30000 }) {
  const answer = await askLauncher({ check: title, selector, hasText, name, inFrames, click, timeoutMs: elementTimeoutMs }, { timeoutMs: timeoutMs + elementTimeoutMs });
  if (!answer) throw new Error('no launcher inspects the workbench here (PLEDGE_E2E_SCREENSHOTS is not set)');
  if (!answer.ok) throw new Error(`workbench check failed: ${title}: ${answer.error}`);
  return answer;
}

// ---------------------------------------------------------------------------
// Documents and diagnostics

/** The URI of `relativePath` in the test workspace. */
function workspaceUri(relativePath) {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

/** The rule id of a diagnostic (`d.code` is `{ value, target }` for Pledge findings). */
function ruleIdOf(diagnostic) {
  const code = diagnostic.code;
  return code && typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The Pledge diagnostics of `uri` (source `pledge`). */
function pledgeDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pledge');
}

/** The sorted, distinct rule ids among the Pledge diagnostics of `uri`. */
function ruleIds(uri) {
  return [...new Set(pledgeDiagnostics(uri).map(ruleIdOf))].sort();
}

/**
 * Waits until the Pledge diagnostics of `uri` satisfy `accept(diagnostics)`
 * and returns them; the error names `what` and the rule ids last seen.
 */
async function waitForDiagnostics(uri, what, accept, { timeoutMs = 20000 } = {}) {
  let last = [];
  try {
    return await waitFor(
      what,
      () => {
        last = pledgeDiagnostics(uri);
        return accept(last) ? last : undefined;
      },
      { timeoutMs },
    );
  } catch (err) {
    const seen = last.map((d) => `${ruleIdOf(d)}@${d.range.start.line + 1}`).join(', ') || 'none';
    throw new Error(`${err.message.replace(/ \(last: .*\)$/, '')}; diagnostics of ${path.basename(uri.path)}: ${seen}`);
  }
}

let serverReady;

/**
 * Resolves once the extension is active and its language server has published
 * diagnostics (for `no-emergency.pledge`, which always has findings); waits at
 * most `timeoutMs`. Memoised: after one failure every later call fails at
 * once, so a broken server costs one deadline, not one per spec.
 */
function languageServerReady({ timeoutMs = 20000 } = {}) {
  if (!serverReady) {
    serverReady = (async () => {
      await activeExtension();
      await waitForDiagnostics(workspaceUri('no-emergency.pledge'), 'the Pledge language server to publish diagnostics for no-emergency.pledge', (ds) => ds.length > 0, { timeoutMs });
    })();
  }
  return serverReady;
}

/** The position of the `occurrence`-th (0-based) match of `needle` in `document`, plus `delta` characters. */
function positionOf(document, needle, { occurrence = 0, delta = 0 } = {}) {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) is not in ${path.basename(document.uri.path)}`);
  }
  return document.positionAt(at + delta);
}

/** Text of a hover result: every MarkdownString/MarkedString of every hover, joined. */
function hoverText(hovers) {
  return (hovers || [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/**
 * Puts `document` back to `text` (through a full-document edit) and saves it,
 * so a spec that edited a sample leaves the workspace as it found it.
 */
async function restoreDocument(document, text) {
  if (document.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not restore ${document.uri.toString()}`);
  }
  if (document.isDirty) await document.save();
}

/**
 * Runs `fn` while the Problems panel shows only the problems of `document`,
 * scrolled to the top, so a check of its rows does not depend on what earlier
 * specs left open or scrolled.
 */
async function withProblemsOf(document, fn) {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // The view knows the active file from the editor changes it has seen while open: make one now.
  const other = (vscode.workspace.textDocuments.find((d) => d.languageId === 'pledge' && d !== document) || document).uri;
  await vscode.window.showTextDocument(other, { preview: false });
  await vscode.window.showTextDocument(document, { preview: false });
  const toggleActiveFile = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
  await vscode.commands.executeCommand(toggleActiveFile);
  await vscode.commands.executeCommand('workbench.panel.markers.view.focus');
  await vscode.commands.executeCommand('list.focusFirst');
  try {
    return await fn();
  } finally {
    // Leave the workbench as a spec finds it: no filter, panel closed, the editor focused.
    await vscode.commands.executeCommand(toggleActiveFile);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  }
}

module.exports = {
  withProblemsOf,
  EXTENSION_ID,
  waitFor,
  workspaceFolder,
  openWorkspaceFile,
  extensionUnderTest,
  activeExtension,
  log,
  screenshot,
  canInspectWorkbench,
  expectInWorkbench,
  workspaceUri,
  ruleIdOf,
  pledgeDiagnostics,
  ruleIds,
  waitForDiagnostics,
  languageServerReady,
  positionOf,
  hoverText,
  restoreDocument,
};
