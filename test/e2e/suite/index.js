// Entry point of the end-to-end suite: the `extensionTestsPath` module that
// VS Code loads into the extension host and whose `run()` it awaits. It is
// shared by both launchers:
//   - test/e2e/launch.mjs   (VS Code server + headless Chromium, works offline)
//   - test/e2e/electron.mjs (@vscode/test-electron, desktop VS Code)
//
// It runs every `*.e2e.js` file of this directory (or of $PLEDGE_E2E_SPEC_DIR)
// with mocha and reports through files named by environment variables, which
// the extension host inherits from the VS Code server (or from
// `extensionTestsEnv` under @vscode/test-electron):
//   PLEDGE_E2E_RESULT   JSON result, written atomically once the run is over:
//                       { passed, failed, pending, durationMs, failures: [...], report }
//                       The mocha report is also appended line by line to
//                       `<PLEDGE_E2E_RESULT>.log` while the run is going.
//   PLEDGE_E2E_RELEASE  optional: after writing the result, `run()` waits (up to
//                       PLEDGE_E2E_RELEASE_TIMEOUT_MS, default 60 s) for this
//                       file to exist before returning, so the launcher can take
//                       screenshots of the workbench as the suite left it.
//   PLEDGE_E2E_GREP     optional mocha --grep pattern.
//   PLEDGE_E2E_SPEC_DIR optional directory holding the spec files.
//   PLEDGE_E2E_MOCHA_TIMEOUT_MS  per-test timeout (default 60000).
//   PLEDGE_E2E_SCREENSHOTS  optional directory through which specs ask the
//                       launcher for workbench screenshots (helpers.screenshot).
// `run()` rejects when a test failed, which is how @vscode/test-electron
// learns about failures.
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const Mocha = require('mocha');

const SPEC_SUFFIX = '.e2e.js';

async function run() {
  const env = process.env;
  const resultFile = env.PLEDGE_E2E_RESULT || '';
  const logFile = resultFile ? `${resultFile}.log` : '';
  const specDir = path.resolve(env.PLEDGE_E2E_SPEC_DIR || __dirname);
  const report = createReport(logFile);
  const started = Date.now();

  let result;
  try {
    result = await runMocha({
      specDir,
      grep: env.PLEDGE_E2E_GREP || undefined,
      timeout: Number(env.PLEDGE_E2E_MOCHA_TIMEOUT_MS) || 60000,
    });
  } catch (err) {
    report.line(`The e2e suite could not run: ${err && err.stack ? err.stack : err}`);
    result = {
      passed: 0,
      failed: 1,
      pending: 0,
      failures: [{ title: '(loading the e2e suite)', fullTitle: '(loading the e2e suite)', message: String(err && err.message ? err.message : err), stack: err && err.stack }],
    };
  } finally {
    report.restore();
  }
  result.durationMs = Date.now() - started;
  result.specDir = specDir;
  result.report = report.text();

  if (resultFile) {
    writeFileAtomically(resultFile, JSON.stringify(result, null, 2) + '\n');
    if (env.PLEDGE_E2E_RELEASE) {
      await waitForFile(env.PLEDGE_E2E_RELEASE, Number(env.PLEDGE_E2E_RELEASE_TIMEOUT_MS) || 60000);
    }
  }
  if (result.failed > 0) {
    throw new Error(`${result.failed} end-to-end test(s) failed`);
  }
}

function runMocha({ specDir, grep, timeout }) {
  const specs = fs
    .readdirSync(specDir)
    .filter((name) => name.endsWith(SPEC_SUFFIX))
    .sort()
    .map((name) => path.join(specDir, name));
  if (specs.length === 0) {
    throw new Error(`no *${SPEC_SUFFIX} files in ${specDir}`);
  }

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout, grep });
  for (const spec of specs) mocha.addFile(spec);

  return new Promise((resolve, reject) => {
    const failures = [];
    let runner;
    try {
      runner = mocha.run(() => {
        const stats = runner.stats || {};
        resolve({
          passed: stats.passes || 0,
          failed: failures.length,
          pending: stats.pending || 0,
          failures,
        });
      });
    } catch (err) {
      reject(err);
      return;
    }
    runner.on('fail', (test, err) => {
      failures.push({
        title: test.title,
        fullTitle: typeof test.fullTitle === 'function' ? test.fullTitle() : test.title,
        file: test.file,
        message: err && err.message !== undefined ? String(err.message) : String(err),
        stack: err && err.stack,
      });
    });
  });
}

/**
 * Collects mocha's reporter output (and what specs print with helpers.log),
 * appending each line to `logFile` as it comes and still forwarding it to the
 * console. (The extension host locks `console.*`, so the capture goes through
 * mocha's `Base.consoleLog`, which every reporter uses.)
 */
function createReport(logFile) {
  const lines = [];
  const Base = Mocha.reporters.Base;
  const original = Base.consoleLog;
  if (logFile) fs.writeFileSync(logFile, '');

  const line = (text) => {
    lines.push(text);
    if (logFile) {
      try {
        fs.appendFileSync(logFile, `${text}\n`);
      } catch {
        // Reporting must never break the run.
      }
    }
  };
  Base.consoleLog = function (...args) {
    line(util.format(...args));
    original.apply(console, args);
  };

  return {
    line,
    text: () => lines.join('\n'),
    restore() {
      Base.consoleLog = original;
    },
  };
}

function writeFileAtomically(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      if (fs.existsSync(file) || Date.now() >= deadline) resolve();
      else setTimeout(check, 100);
    };
    check();
  });
}

module.exports = { run };
