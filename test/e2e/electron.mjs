#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e/suite/index.js) in the desktop VS Code
// through @vscode/test-electron — the same `run()` entry that launch.mjs runs
// in the VS Code server. It needs internet access the first time (to download
// VS Code into .vscode-test/) and a display (use xvfb-run on a headless Linux);
// on machines without them use `npm run test:e2e`.
//
//   node test/e2e/electron.mjs [options]       (npm run test:e2e:electron -- [options])
//
//   --extension <dir>   extension to develop/test (default: the repository root)
//   --workspace <dir>   folder copied into the test workspace (default: samples/)
//   --vscode <file>     use this VS Code executable instead of downloading one
//                       (also $PLEDGE_E2E_VSCODE_EXECUTABLE)
//   --version <v>       VS Code version to download (default: stable)
//   --help
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgsOrExplain, readResult, usage } from './common.mjs';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..');
const SUITE_ENTRY = join(HERE, 'suite', 'index.js');
const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|Failed to get JSON|Failed to download|timeout|timed out|status code 40[37]|certificate/i;

const log = (message) => console.log(`[e2e:electron] ${message}`);

function parseOptions(argv) {
  const { values } = parseArgsOrExplain({
    args: argv,
    options: {
      extension: { type: 'string' },
      workspace: { type: 'string' },
      vscode: { type: 'string' },
      version: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const executable = values.vscode ?? process.env.PLEDGE_E2E_VSCODE_EXECUTABLE;
  return {
    help: values.help,
    extension: resolve(values.extension ?? REPO_ROOT),
    workspaceSource: values.workspace ? resolve(values.workspace) : join(REPO_ROOT, 'samples'),
    vscodeExecutablePath: executable ? resolve(executable) : undefined,
    version: values.version,
  };
}




async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(usage(import.meta.url));
    return 0;
  }
  if (options.vscodeExecutablePath && !existsSync(options.vscodeExecutablePath)) {
    throw new Error(`no VS Code executable at ${options.vscodeExecutablePath}`);
  }

  const root = await mkdtemp(join(tmpdir(), 'pledge-e2e-electron-'));
  const workspace = join(root, 'workspace');
  const resultFile = join(root, 'result.json');
  if (existsSync(options.workspaceSource) && statSync(options.workspaceSource).isDirectory()) {
    cpSync(options.workspaceSource, workspace, { recursive: true });
  } else {
    mkdirSync(workspace);
  }

  try {
    try {
      await runTests({
        extensionDevelopmentPath: options.extension,
        extensionTestsPath: SUITE_ENTRY,
        launchArgs: [workspace, '--disable-workspace-trust', '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
        extensionTestsEnv: { PLEDGE_E2E_RESULT: resultFile },
        ...(options.vscodeExecutablePath ? { vscodeExecutablePath: options.vscodeExecutablePath } : {}),
        ...(options.version ? { version: options.version } : {}),
        timeout: 30000,
      });
    } catch (err) {
      if (!(err instanceof TestRunFailedError) && !readResult(resultFile)) {
        const offline = NETWORK_ERROR.test(String(err?.message ?? err));
        throw new Error(
          (offline
            ? 'could not download VS Code: this machine seems to be offline (or update.code.visualstudio.com is unreachable).\n'
            : `VS Code could not be started: ${err?.message ?? err}\n`) +
            `  ${offline ? `cause: ${String(err?.message ?? err).split('\n')[0]}\n  ` : ''}` +
            'Run the same suite offline with `npm run test:e2e` (VS Code server + headless Chromium),\n' +
            '  or point this launcher at an installed VS Code with --vscode <path> / PLEDGE_E2E_VSCODE_EXECUTABLE.',
        );
      }
    }
    const result = readResult(resultFile);
    if (!result) throw new Error('VS Code exited without the e2e suite reporting a result');
    if (result.failed > 0) {
      log(`FAILED: ${result.failed} failed, ${result.passed} passed`);
      for (const f of result.failures ?? []) log(`  ✗ ${f.fullTitle}: ${String(f.message).split('\n')[0]}`);
      return 1;
    }
    if (result.passed === 0) {
      log('FAILED: no test ran');
      return 1;
    }
    log(`passed: ${result.passed} test(s)${result.pending ? `, ${result.pending} pending` : ''}`);
    return 0;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`[e2e:electron] ${err.message ?? err}`);
    process.exitCode = 1;
  },
);
