#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite/index.js) in a real VS Code:
// the VS Code server from the `code-server` package (installed and cached by
// install.mjs), its web workbench opened in headless Debian Chromium through
// playwright-core. Works without internet.
//
//   node test/e2e/launch.mjs [options]          (npm run test:e2e -- [options])
//
//   --extension <dir>   extension to develop/test (default: the repository root)
//   --vsix <file>       install this packaged extension into the server instead
//                       and run the suite without extensionDevelopmentPath
//   --workspace <dir>   folder copied into the test workspace (default: samples/)
//   --specs <dir>       directory of *.e2e.js specs (default: test/e2e/suite)
//   --grep <pattern>    only run tests whose full title matches
//   --timeout <sec>     overall deadline for the suite (default: 300)
//   --keep              keep the temporary directories (their path is printed)
//   --artifacts <dir>   new or empty directory for screenshots and logs (default:
//                       test/e2e/artifacts, emptied at the start of each run)
//   --skip-vsix         only the development-path pass (see below)
//   --self-check-broken run the activation and diagnostics specs against a copy
//                       of the extension whose bundle points at a missing
//                       language server; succeeds only when that run FAILS
//   --help
//
// Without --extension and --vsix a run has two passes: (1) every spec against
// the repository root (built first with scripts/build.mjs), then (2) the
// package is built (`npm run package` → pledge.vsix), installed into a fresh
// server, and the activation and diagnostics specs run again against it, so
// files missing from the package are caught. The development bundles are
// rebuilt afterwards. --skip-vsix stops after (1).
//
// Screenshots, the server output, the browser console and the VS Code logs go
// to test/e2e/artifacts/ (the package pass to test/e2e/artifacts/vsix/).
// Specs can ask the launcher to check the workbench DOM (helpers.expectInWorkbench);
// each check prints a `[e2e] workbench ✔/✗` line and a failed one fails the run.
// Exit code: 0 when every test and workbench check passed, 1 otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgsOrExplain, readResult, usage } from './common.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { ensureInstalled } from './install.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');
let ARTIFACTS = join(HERE, 'artifacts');
const SUITE_ENTRY = join(HERE, 'suite', 'index.js');
const HOST = '127.0.0.1';
const DEFAULT_EXTENSION_ID = 'pledge.pledge'; // what the specs look for unless PLEDGE_E2E_EXTENSION_ID says otherwise
const RUN_MARKER = 'PLEDGE_E2E_RUN'; // set in the environment of every process a run starts
const VIEWPORT = { width: 1600, height: 1000 };

class LaunchError extends Error {}

const log = (message) => console.log(`[e2e] ${message}`);

/** Processes this launcher started; killed by pid in `cleanup`, whatever happens. */
const started = { serverPid: undefined, browserPid: undefined, browser: undefined, browserServer: undefined, runId: undefined, tempRoot: undefined, keep: false };

function parseOptions(argv) {
  const { values } = parseArgsOrExplain({
    args: argv,
    options: {
      extension: { type: 'string' },
      vsix: { type: 'string' },
      workspace: { type: 'string' },
      specs: { type: 'string' },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
      artifacts: { type: 'string' },
      'skip-vsix': { type: 'boolean', default: false },
      'self-check-broken': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  }, LaunchError);
  if (values.extension && values.vsix) throw new LaunchError('--extension and --vsix exclude each other');
  if (values['self-check-broken'] && (values.extension || values.vsix)) throw new LaunchError('--self-check-broken breaks a copy of the repository root; it takes no --extension or --vsix');
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new LaunchError(`--timeout must be a positive number of seconds, got ${values.timeout}`);
  return {
    help: values.help,
    skipVsix: values['skip-vsix'],
    selfCheckBroken: values['self-check-broken'],
    extensionGiven: Boolean(values.extension),
    extension: values.vsix ? undefined : resolve(values.extension ?? REPO_ROOT),
    vsix: values.vsix ? resolve(values.vsix) : undefined,
    workspaceSource: values.workspace ? resolve(values.workspace) : join(REPO_ROOT, 'samples'),
    specs: values.specs ? resolve(values.specs) : undefined,
    grep: values.grep,
    timeoutMs: timeoutSeconds * 1000,
    keep: values.keep,
    artifacts: values.artifacts ? resolve(values.artifacts) : undefined,
  };
}



/** Fails early, with a hint, when the extension's entry point has not been built. */
function checkExtension(dir) {
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) throw new LaunchError(`no package.json in ${dir} (is --extension the extension's root?)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.main) {
    const main = resolve(dir, manifest.main);
    if (![main, `${main}.js`].some((p) => existsSync(p))) {
      throw new LaunchError(`the extension entry ${manifest.main} does not exist in ${dir}; build it first (npm run build)`);
    }
  }
  return `${manifest.publisher}.${manifest.name}`;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolveConnect) => {
    const socket = connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
  });
}

/** Polls `probe` every `intervalMs` until it returns a truthy value or `timeoutMs` passes (then returns undefined). */
async function poll(probe, { timeoutMs, intervalMs = 200 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** `vscode-remote://HOST:PORT/abs/path`, each path segment percent-encoded. */
function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * Pids of the processes whose environment holds `PLEDGE_E2E_RUN=<runId>`: everything
 * this run started, including what left the process tree (Chromium's crash handler
 * double-forks; an extension may spawn detached children).
 */
function markedProcesses(runId) {
  if (!runId) return [];
  const marker = `${RUN_MARKER}=${runId}`;
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(marker)) found.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** Pids of every live descendant of `rootPid` (read from /proc). */
function descendants(rootPid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [];
  const queue = [rootPid];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Kills a process we started, its process group and any descendant that left the group. Synchronous. */
function killTree(pid, sig = 'SIGKILL') {
  if (!pid) return;
  const tree = [...descendants(pid)];
  signal(-pid, sig); // the process group (the server and the browser are spawned as group leaders)
  signal(pid, sig);
  for (const child of tree) signal(child, sig);
}

/** Stops what this launcher started: politely first, then by force; never leaves a process behind. */
async function cleanup() {
  const { browser, browserServer, browserPid, serverPid } = started;
  started.browser = undefined;
  started.browserServer = undefined;
  const within = (promise, ms) => Promise.race([promise.catch(() => {}), new Promise((r) => setTimeout(r, ms))]);
  if (browser) await within(browser.close(), 5000);
  if (browserServer) await within(browserServer.close(), 5000);
  if (browserPid && isAlive(browserPid)) killTree(browserPid);
  if (serverPid) {
    const tree = [serverPid, ...descendants(serverPid)];
    killTree(serverPid, 'SIGTERM');
    const gone = await poll(() => tree.every((pid) => !isAlive(pid)), { timeoutMs: 5000, intervalMs: 100 });
    if (!gone) {
      killTree(serverPid, 'SIGKILL');
      for (const pid of tree) signal(pid, 'SIGKILL');
    }
  }
  const stragglers = markedProcesses(started.runId);
  if (stragglers.length) {
    for (const pid of stragglers) signal(pid, 'SIGTERM');
    const gone = await poll(() => stragglers.every((pid) => !isAlive(pid)), { timeoutMs: 2000, intervalMs: 100 });
    if (!gone) for (const pid of stragglers) signal(pid, 'SIGKILL');
  }
  started.serverPid = undefined;
  started.browserPid = undefined;
  removeTempRoot();
}

/** Last-resort cleanup for signals and process exit: synchronous, SIGKILL only. */
function cleanupNow() {
  if (started.browserPid) killTree(started.browserPid);
  if (started.serverPid) killTree(started.serverPid);
  for (const pid of markedProcesses(started.runId)) signal(pid, 'SIGKILL');
  started.browserPid = undefined;
  started.serverPid = undefined;
  removeTempRoot();
}

function removeTempRoot() {
  if (started.tempRoot && !started.keep) {
    try {
      rmSync(started.tempRoot, { recursive: true, force: true });
    } catch {
      // Best effort.
    }
    started.tempRoot = undefined;
  }
}

function installSignalHandlers() {
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => {
      console.error(`\n[e2e] ${sig}: stopping the VS Code server and the browser`);
      cleanupNow();
      process.exit(code);
    });
  }
  process.on('exit', cleanupNow);
}

/** Empties the default artifacts directory; a directory given with --artifacts must be new or empty. */
function prepareArtifacts(custom) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const entries = readdirSync(ARTIFACTS);
  if (custom && entries.length > 0) throw new LaunchError(`--artifacts ${ARTIFACTS} is not empty`);
  for (const entry of entries) rmSync(join(ARTIFACTS, entry), { recursive: true, force: true });
}

function serverArgs({ serverMain, dirs, port }) {
  return [
    serverMain,
    '--host', HOST,
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--user-data-dir', dirs.userData,
    '--server-data-dir', dirs.serverData,
    '--extensions-dir', dirs.extensions,
  ];
}

function installVsix({ serverMain, dirs, vsix }) {
  if (!existsSync(vsix)) throw new LaunchError(`--vsix: no such file ${vsix}`);
  log(`installing ${vsix}`);
  const r = spawnSync(
    process.execPath,
    [
      serverMain,
      '--accept-server-license-terms',
      '--user-data-dir', dirs.userData,
      '--server-data-dir', dirs.serverData,
      '--extensions-dir', dirs.extensions,
      '--install-extension', vsix,
    ],
    { encoding: 'utf8', timeout: 120000 },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  writeFileSync(join(ARTIFACTS, 'install-extension.log'), output + '\n');
  if (r.status !== 0 || /Failed Installing|Error while installing/i.test(output)) {
    throw new LaunchError(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${output}`);
  }
  const installed = readdirSync(dirs.extensions).filter((e) => !e.startsWith('.') && e !== 'extensions.json');
  if (installed.length === 0) throw new LaunchError(`installing ${vsix} left ${dirs.extensions} empty:\n${output}`);
  log(`installed: ${installed.join(', ')}`);
}

/** Prints what the suite appends to its log file as it runs. */
function makeLogTail(file, onStart) {
  let printed = 0;
  let startedSeen = false;
  return {
    flush() {
      if (!existsSync(file)) return;
      if (!startedSeen) {
        startedSeen = true;
        onStart();
      }
      const text = readFileSync(file, 'utf8');
      if (text.length > printed) {
        process.stdout.write(text.slice(printed));
        printed = text.length;
      }
    },
    get printedAnything() {
      return startedSeen;
    },
  };
}

function elapsed(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}


async function screenshot(page, name) {
  if (!page) return undefined;
  const file = join(ARTIFACTS, name);
  try {
    await page.screenshot({ path: file, timeout: 15000, animations: 'disabled' });
    return file;
  } catch (err) {
    log(`could not take ${name}: ${err.message.split('\n')[0]}`);
    return undefined;
  }
}

/** Workbench DOM checks the specs asked for in this run (helpers.expectInWorkbench): `{ title, ok, error }`. */
const workbenchChecks = [];

/**
 * Parses a request file of helpers.js: JSON `{ name?, selector?, hasText?, inFrames?, click?, check?, timeoutMs? }`
 * (a plain name is an old-style screenshot request).
 */
function parseRequest(text) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object') return value;
  } catch {
    // A plain screenshot name.
  }
  return { name: text.trim() };
}

/**
 * Waits until an element matching `selector` (and containing `hasText`) is
 * visible, in the workbench or, with `inFrames`, in any frame of the page
 * (webviews such as the Pledge preview live in nested iframes). With `click`,
 * clicks the first match.
 */
async function waitForElement(page, { selector, hasText, timeoutMs = 15000, inFrames = false, click = false }) {
  const locate = (root) => {
    let locator = root.locator(selector);
    if (hasText) locator = locator.filter({ hasText });
    return locator;
  };
  if (!inFrames) {
    const locator = locate(page);
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
    if (click) await locator.first().click();
    return locator.count();
  }
  // A webview replaces its inner frame on every update, so a frame found a
  // moment ago may be gone: look again until the deadline.
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        const locator = locate(frame);
        if ((await locator.count()) === 0) continue;
        await locator.first().waitFor({ state: 'visible', timeout: 2000 });
        if (click) await locator.first().click({ timeout: 2000 });
        return await locator.count();
      } catch (err) {
        lastError = err;
      }
    }
    await page.waitForTimeout(200);
  }
  const urls = page.frames().map((f) => f.url().replace(/\?.*$/, '')).join(', ');
  throw new Error(`not found in any of ${page.frames().length} frames (${urls})${lastError ? ` (${lastError.message.split('\n')[0]})` : ''}`);
}

/**
 * Serves what the specs asked for (helpers.screenshot, helpers.expectInWorkbench):
 * optionally waits for an element, checks it (a workbench check), takes a
 * screenshot, and acknowledges each request with `<request>.done` holding
 * `{ ok, file, error }`.
 */
async function serveScreenshotRequests(page, dir) {
  const pending = readdirSync(dir).filter((f) => f.endsWith('.request') && !existsSync(join(dir, `${f}.done`)));
  for (const request of pending.sort()) {
    const req = parseRequest(readFileSync(join(dir, request), 'utf8'));
    const answer = { ok: true };
    if (req.selector) {
      try {
        answer.count = await waitForElement(page, req);
      } catch (err) {
        answer.ok = false;
        answer.error = `no visible ${req.selector}${req.hasText ? ` containing ${JSON.stringify(req.hasText)}` : ''} within ${req.timeoutMs ?? 15000} ms (${err.message.split('\n')[0]})`;
      }
    }
    if (req.check) {
      workbenchChecks.push({ title: req.check, ok: answer.ok, error: answer.error });
      log(`workbench ${answer.ok ? '✔' : '✗'} ${req.check}${answer.ok ? '' : `: ${answer.error}`}`);
    }
    if (req.name) {
      const file = await screenshot(page, `${req.name}.png`);
      if (file) log(`screenshot: ${file}`);
      answer.file = file ?? '';
    }
    writeFileSync(join(dir, `${request}.done`), JSON.stringify(answer));
  }
}

/**
 * Makes the test workspace a Git repository with one commit, so the specs can
 * compare a file with its committed version through VS Code's Git extension.
 */
function commitWorkspace(dir) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Pledge e2e', GIT_AUTHOR_EMAIL: 'e2e@pledge.invalid', GIT_COMMITTER_NAME: 'Pledge e2e', GIT_COMMITTER_EMAIL: 'e2e@pledge.invalid' };
  for (const args of [['init', '-q', '-b', 'main'], ['add', '-A'], ['commit', '-q', '-m', 'samples']]) {
    const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) {
      log(`git ${args[0]} in the test workspace failed (${(r.stderr || r.error?.message || '').trim()}); comparing with HEAD cannot be tested`);
      return;
    }
  }
}

/** VS Code's own logs (server, extension host, output channels of the extensions) into artifacts/vscode-logs. */
function copyLogs(userData) {
  const logs = join(userData, 'logs');
  if (existsSync(logs)) cpSync(logs, join(ARTIFACTS, 'vscode-logs'), { recursive: true });
}

/** The spec subset of the package pass and of --self-check-broken (mocha --grep on the full title). */
const PACKAGE_PASS_GREP = '^(activation|diagnostics)\\b';
const VSIX_PATH = join(REPO_ROOT, 'pledge.vsix');

/** Runs a command of the repository (build, package) and fails with its output when it fails. */
function runRepoCommand(title, cmd, args) {
  const t0 = Date.now();
  log(`${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new LaunchError(`${title} failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}`);
  }
  log(`${title}: done (${elapsed(t0)})`);
}

const buildDevelopment = () => runRepoCommand('build', process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')]);

/**
 * A copy of the extension (package.json and what .vscodeignore ships) whose
 * client bundle starts a language server that does not exist.
 */
function brokenExtensionCopy(root) {
  const dir = join(root, 'broken-extension');
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'images', 'grammar', 'schemas', 'docs', 'client/dist', 'server/dist']) {
    const from = join(REPO_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  const bundle = join(dir, 'client', 'dist', 'extension.js');
  const text = readFileSync(bundle, 'utf8');
  const broken = text.replaceAll('server.cjs', 'no-such-server.cjs');
  if (broken === text) throw new LaunchError(`--self-check-broken: ${bundle} does not mention server.cjs; cannot break it`);
  writeFileSync(bundle, broken);
  return dir;
}

/** Checks that the suite can fail: runs it against a broken copy and succeeds only when that run fails. */
async function selfCheckBroken(options, t0) {
  buildDevelopment();
  const holder = await mkdtemp(join(tmpdir(), 'pledge-e2e-broken-'));
  try {
    const extension = brokenExtensionCopy(holder);
    log(`self-check: running the activation and diagnostics specs against ${extension} (server path broken); this run must fail`);
    const code = await runPass(
      { ...options, extension, grep: options.grep ?? PACKAGE_PASS_GREP, artifacts: join(ARTIFACTS, 'self-check-broken'), emptyArtifacts: true, label: 'broken extension' },
      t0,
    );
    if (code === 0) {
      log('self-check FAILED: the suite passed against an extension whose language server cannot start');
      return 1;
    }
    const expected = 'activation starts the language server';
    if (!(lastResult?.failures ?? []).some((f) => f.fullTitle.startsWith(expected))) {
      log(`self-check FAILED: the run failed, but not in "${expected}…" (see ${join(ARTIFACTS)})`);
      return 1;
    }
    log(`self-check passed: the suite failed against the broken extension, as it must (${elapsed(t0)})`);
    return 0;
  } finally {
    rmSync(holder, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(usage(import.meta.url));
    return 0;
  }
  started.keep = options.keep;
  if (options.artifacts) ARTIFACTS = options.artifacts;
  installSignalHandlers();
  const t0 = Date.now();
  if (options.selfCheckBroken) return selfCheckBroken(options, t0);
  if (options.vsix || options.extensionGiven) return runPass({ ...options, emptyArtifacts: !options.artifacts }, t0);

  buildDevelopment();
  const base = ARTIFACTS;
  const development = await runPass({ ...options, emptyArtifacts: !options.artifacts, label: 'development path' }, t0);
  if (options.skipVsix) return development;

  const t1 = Date.now();
  try {
    runRepoCommand('package', 'npm', ['run', 'package']);
  } finally {
    buildDevelopment(); // `npm run package` leaves minified bundles without source maps behind
  }
  const packaged = await runPass(
    { ...options, extension: undefined, vsix: VSIX_PATH, grep: PACKAGE_PASS_GREP, artifacts: join(base, 'vsix'), emptyArtifacts: true, label: 'packaged pledge.vsix' },
    t1,
  );
  log(`summary: development path ${development === 0 ? 'passed' : 'FAILED'}, packaged pledge.vsix ${packaged === 0 ? 'passed' : 'FAILED'} (${elapsed(t0)} in all)`);
  return development || packaged;
}

/** The suite's result of the last pass (`{ passed, failed, failures, … }`). */
let lastResult;

/** One run of the suite in a fresh VS Code server and browser. Returns the exit code. */
async function runPass(options, t0) {
  lastResult = undefined;
  if (options.artifacts) ARTIFACTS = options.artifacts;
  workbenchChecks.length = 0;
  const label = options.label ? `${options.label}: ` : '';
  if (options.label) log(`=== ${options.label} ===`);

  const install = await ensureInstalled({ log: (m) => log(m) });
  const deadline = Date.now() + options.timeoutMs; // the install does not count against --timeout
  const expectedId = options.extension ? checkExtension(options.extension) : undefined;
  prepareArtifacts(!options.emptyArtifacts);

  const root = await mkdtemp(join(tmpdir(), 'pledge-e2e-'));
  started.tempRoot = root;
  started.runId = `${process.pid}:${root}`;
  const dirs = {
    workspace: join(root, 'workspace'),
    userData: join(root, 'user-data'),
    serverData: join(root, 'server-data'),
    extensions: join(root, 'extensions'),
    result: join(root, 'result.json'),
    release: join(root, 'release'),
    screenshots: join(root, 'screenshot-requests'),
    noExtension: join(root, 'no-extension-under-development'),
  };
  for (const dir of [dirs.userData, dirs.serverData, dirs.extensions, dirs.screenshots, dirs.noExtension]) mkdirSync(dir, { recursive: true });
  if (existsSync(options.workspaceSource) && statSync(options.workspaceSource).isDirectory()) {
    cpSync(options.workspaceSource, dirs.workspace, { recursive: true });
  } else {
    log(`no ${options.workspaceSource}; using an empty workspace`);
    mkdirSync(dirs.workspace);
  }
  commitWorkspace(dirs.workspace);
  if (options.keep) log(`temporary files kept in ${root}`);
  if (options.vsix) installVsix({ serverMain: install.serverMain, dirs, vsix: options.vsix });

  const port = await freePort();
  const authority = `${HOST}:${port}`;
  const serverLog = createWriteStream(join(ARTIFACTS, 'server.log'));
  const env = {
    ...process.env,
    PLEDGE_E2E_RESULT: dirs.result,
    PLEDGE_E2E_RELEASE: dirs.release,
    PLEDGE_E2E_SCREENSHOTS: dirs.screenshots,
    PLEDGE_E2E_LOGS: join(dirs.userData, 'logs'),
    [RUN_MARKER]: started.runId,
  };
  if (options.specs) env.PLEDGE_E2E_SPEC_DIR = options.specs;
  if (options.grep) env.PLEDGE_E2E_GREP = options.grep;
  if (expectedId && !env.PLEDGE_E2E_EXTENSION_ID && expectedId !== DEFAULT_EXTENSION_ID) {
    log(`note: ${options.extension} holds ${expectedId} but the specs look for ${DEFAULT_EXTENSION_ID} (set PLEDGE_E2E_EXTENSION_ID=${expectedId} to test it)`);
  }

  log(`starting the VS Code server on ${authority}`);
  const server = spawn(process.execPath, serverArgs({ serverMain: install.serverMain, dirs, port }), {
    cwd: root,
    env,
    detached: true, // own process group, so the whole server tree can be killed by its pid
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.serverPid = server.pid;
  let serverExit;
  server.on('exit', (code, sig) => {
    serverExit = { code, sig };
  });
  server.stdout.pipe(serverLog, { end: false });
  server.stderr.pipe(serverLog, { end: false });

  let page;
  let result;
  try {
    const up = await poll(async () => serverExit || (await canConnect(port)), { timeoutMs: 60000 });
    if (!up || serverExit) {
      throw new LaunchError(
        `the VS Code server did not start listening on ${authority}` +
          (serverExit ? ` (it exited: ${serverExit.code ?? serverExit.sig})` : ' within 60 s') +
          `; see ${join(ARTIFACTS, 'server.log')}`,
      );
    }

    log(`server listening (${elapsed(t0)})`);

    const { chromium } = await import('playwright-core');
    const browserTmp = join(root, 'browser-tmp'); // Chromium's own temporary files go away with the temp root
    mkdirSync(browserTmp);
    const browserServer = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      env: { ...process.env, TMPDIR: browserTmp, [RUN_MARKER]: started.runId },
    });
    started.browserServer = browserServer;
    started.browserPid = browserServer.process().pid;
    const browser = await chromium.connect(browserServer.wsEndpoint());
    started.browser = browser;
    const context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
    const consoleLog = createWriteStream(join(ARTIFACTS, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e.message}\n`));
    let pageCrashed = false;
    page.on('crash', () => {
      pageCrashed = true;
    });

    const payload = [
      ['extensionTestsPath', remoteUri(authority, SUITE_ENTRY)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    // VS Code only runs extensionTestsPath in an extension-development window, so
    // with --vsix the development path is an empty folder: the installed extension is tested.
    payload.unshift(['extensionDevelopmentPath', remoteUri(authority, options.extension ?? dirs.noExtension)]);
    const url = `http://${authority}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`opening the workbench (${options.vsix ? `installed ${options.vsix}` : `extension ${options.extension}`})`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });

    const tail = makeLogTail(`${dirs.result}.log`, () => log(`suite started (${elapsed(t0)})`));
    const remaining = deadline - Date.now();
    result = await poll(
      async () => {
        tail.flush();
        await serveScreenshotRequests(page, dirs.screenshots);
        return readResult(dirs.result) || (serverExit || pageCrashed ? { aborted: true } : undefined);
      },
      { timeoutMs: Math.max(remaining, 1000), intervalMs: 250 },
    );
    tail.flush();

    if (!result || result.aborted) {
      const shot = await screenshot(page, 'timeout.png');
      throw new LaunchError(
        (result
          ? serverExit
            ? `the VS Code server exited (${serverExit.code ?? serverExit.sig}) before the e2e suite reported a result`
            : 'the workbench page crashed before the e2e suite reported a result'
          : `timed out after ${Math.round(options.timeoutMs / 1000)} s waiting for the e2e suite to report a result` +
            (tail.printedAnything ? ' (the suite started but did not finish)' : ' (the suite never started: was the extension host able to load it?)')) +
          `.\nLook at ${shot ?? 'the screenshot'}, ${join(ARTIFACTS, 'server.log')}, ${join(ARTIFACTS, 'browser-console.log')} and ${join(ARTIFACTS, 'vscode-logs')}.`,
      );
    }
    if (!tail.printedAnything && result.report) console.log(result.report);

    const shot = await screenshot(page, 'workbench.png');
    if (shot) log(`screenshot: ${shot}`);
  } finally {
    writeFileSync(dirs.release, '');
    copyLogs(dirs.userData);
    await cleanup();
    serverLog.end();
  }

  lastResult = result;
  const failedChecks = workbenchChecks.filter((c) => !c.ok);
  const checks = workbenchChecks.length ? `, ${workbenchChecks.length - failedChecks.length}/${workbenchChecks.length} workbench check(s) passed` : '';
  if (result.failed > 0 || failedChecks.length > 0) {
    log(`${label}FAILED: ${result.failed} failed, ${result.passed} passed${checks} (${elapsed(t0)})`);
    for (const f of result.failures ?? []) log(`  ✗ ${f.fullTitle}: ${f.message.split('\n')[0]}`);
    for (const c of failedChecks) log(`  ✗ workbench: ${c.title}: ${c.error}`);
    return 1;
  }
  if (result.passed === 0) {
    log(`${label}FAILED: no test ran (${elapsed(t0)})`);
    return 1;
  }
  log(`${label}passed: ${result.passed} test(s)${result.pending ? `, ${result.pending} pending` : ''}${checks} (${elapsed(t0)})`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (err) => {
    console.error(`[e2e] ${err instanceof LaunchError ? err.message : err.stack ?? err}`);
    await cleanup().catch(() => cleanupNow());
    process.exitCode = 1;
  },
);
