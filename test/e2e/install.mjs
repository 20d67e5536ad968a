#!/usr/bin/env node
// Installs (once) the VS Code server that ships inside the `code-server` npm
// package, plus the Debian packages the end-to-end tests need (Chromium,
// ripgrep, the Kerberos headers for a native module).
//
// The server is cached outside the clone, under
//   ~/.cache/pledge-e2e/code-server-<version>/   (or $PLEDGE_E2E_CACHE/…)
// It is built in a staging directory next to it and moved into place only once
// every step succeeded, after writing the `.install-complete` marker, so an
// interrupted install is never mistaken for a finished one. Re-runs that find
// the marker return at once.
//
//   node test/e2e/install.mjs           install if needed, print where it is
//   node test/e2e/install.mjs --force   discard the cached install and redo it
//
// Other modules call `ensureInstalled()`.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
import { CHROMIUM_PATH } from './chromium.mjs';

export { CHROMIUM_PATH };
const RIPGREP_PATH = '/usr/bin/rg';
const MARKER = '.install-complete';

const ROOT_NATIVE_MODULES = ['argon2'];
const VSCODE_NATIVE_MODULES = [
  '@parcel/watcher',
  '@vscode/spdlog',
  'kerberos',
  'native-watchdog',
  'node-pty',
  '@vscode/deviceid',
];

/** Where the cached install lives; `PLEDGE_E2E_CACHE` overrides the base. */
export function installPaths(version = CODE_SERVER_VERSION) {
  const cacheRoot = process.env.PLEDGE_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pledge-e2e');
  const dir = join(cacheRoot, `code-server-${version}`);
  const vscodeDir = join(dir, 'package', 'lib', 'vscode');
  return {
    cacheRoot,
    dir,
    marker: join(dir, MARKER),
    vscodeDir,
    serverMain: join(vscodeDir, 'out', 'server-main.js'),
    log: join(dir, 'install.log'),
  };
}

export function isInstalled(paths = installPaths()) {
  return existsSync(paths.marker) && existsSync(paths.serverMain);
}

/** Debian packages from `packages` that dpkg does not report as installed (one `dpkg-query` call). */
export function missingDebianPackages(packages = DEBIAN_PACKAGES) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${db:Status-Status}\\n', ...packages], { encoding: 'utf8' });
  if (r.error) throw new Error(`cannot ask dpkg which packages are installed: ${r.error.message}`);
  const installed = new Set(
    (r.stdout ?? '')
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, status]) => status === 'installed')
      .map(([name]) => name.replace(/:.*$/, '')),
  );
  return packages.filter((name) => !installed.has(name));
}

/**
 * Makes sure the Debian packages and the VS Code server are installed.
 * Returns the install paths. Throws with a readable message on failure.
 */
export async function ensureInstalled({ force = false, log = defaultLog } = {}) {
  ensureDebianPackages(log);
  const paths = installPaths();
  if (!force && isInstalled(paths)) return paths;

  const started = Date.now();
  log(`installing the VS Code server (code-server@${CODE_SERVER_VERSION}) into ${paths.dir}`);
  await mkdir(paths.cacheRoot, { recursive: true });
  await removeStaleStagingDirs(paths);
  const staging = `${paths.dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const logFile = join(staging, 'install.log');
  const logStream = createWriteStream(logFile);
  const runner = makeRunner({ logStream, logFile, log });

  try {
    const pkg = join(staging, 'package');
    const vscode = join(pkg, 'lib', 'vscode');
    await runner.step('download the code-server package', async () => {
      runner.run('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--pack-destination', staging], staging);
      const tarball = (await readdir(staging)).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error('npm pack produced no .tgz');
      runner.run('tar', ['-xzf', tarball], staging);
      await rm(join(staging, tarball));
    });
    await runner.step('install code-server dependencies', async () => {
      runner.run('npm', ['install', '--omit=dev', '--ignore-scripts'], pkg);
    });
    await runner.step('rebuild argon2', async () => {
      runner.run('npm', ['rebuild', ...ROOT_NATIVE_MODULES], pkg);
    });
    await runner.step('install VS Code dependencies', async () => {
      runner.run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscode);
    });
    await runner.step('add ripgrep from Debian', async () => {
      const binDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
      await mkdir(binDir, { recursive: true });
      await copyFile(RIPGREP_PATH, join(binDir, 'rg'));
      await chmod(join(binDir, 'rg'), 0o755);
    });
    await runner.step('rebuild VS Code native modules', async () => {
      runner.run('npm', ['rebuild', ...VSCODE_NATIVE_MODULES], vscode);
      await symlink('node_modules', join(vscode, 'node_modules.asar'));
    });
    await runner.step('install built-in extension dependencies', async () => {
      runner.run('npm', ['install', '--omit=dev', '--ignore-scripts'], join(vscode, 'extensions'));
    });
    await runner.step('check the server starts', async () => {
      runner.run('node', [join(vscode, 'out', 'server-main.js'), '--version'], vscode);
    });

    await writeFile(
      join(staging, MARKER),
      JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, completedAt: new Date().toISOString() }, null, 2) + '\n',
    );
    await closeStream(logStream);
    if (isInstalled(paths) && !force) {
      // Another run finished first; keep its install.
      await rm(staging, { recursive: true, force: true });
    } else {
      await rm(paths.dir, { recursive: true, force: true });
      await rename(staging, paths.dir);
    }
  } catch (err) {
    await closeStream(logStream);
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw new Error(`VS Code server install failed: ${err.message}\n--- last lines of the install log ---\n${tail}`);
  }
  log(`VS Code server installed in ${formatSeconds(Date.now() - started)}`);
  return paths;
}

function ensureDebianPackages(log) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const started = Date.now();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (args) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').slice(-20).join('\n');
      throw new Error(
        `\`${[cmd, ...rest].join(' ')}\` failed (${r.error?.message ?? `exit ${r.status}`}).\n${out}\n` +
          `Install them by hand: apt-get update && apt-get install -y ${DEBIAN_PACKAGES.join(' ')}`,
      );
    }
  };
  aptGet(['update', '-q']);
  aptGet(['install', '-y', '-q', '--no-install-recommends', ...missing]);
  const still = missingDebianPackages();
  if (still.length) throw new Error(`Debian packages still missing after apt-get install: ${still.join(' ')}`);
  log(`Debian packages installed in ${formatSeconds(Date.now() - started)}`);
}

async function removeStaleStagingDirs(paths) {
  const base = `code-server-${CODE_SERVER_VERSION}.staging-`;
  for (const entry of await readdir(paths.cacheRoot)) {
    if (!entry.startsWith(base)) continue;
    const pid = Number(entry.slice(base.length));
    if (Number.isInteger(pid) && pid !== process.pid && !processExists(pid)) {
      await rm(join(paths.cacheRoot, entry), { recursive: true, force: true });
    }
  }
}

function processExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Environment for child npm runs: no `npm_*` variables leaking in from an outer `npm run`. */
function childEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  }
  env.npm_config_yes = 'true'; // lets node-pty's install script run `npx node-gyp`
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  env.npm_config_update_notifier = 'false';
  // Without internet node-gyp cannot download headers; use the system ones when present.
  if (existsSync('/usr/include/node/node.h') && process.execPath.startsWith('/usr/')) {
    env.npm_config_nodedir = '/usr';
  }
  return env;
}

function makeRunner({ logStream, logFile, log }) {
  let index = 0;
  const env = childEnv();
  return {
    async step(title, fn) {
      index += 1;
      const t0 = Date.now();
      logStream.write(`\n=== ${title} ===\n`);
      process.stdout.write(`[e2e-install]   ${index}. ${title} … `);
      try {
        await fn();
      } catch (err) {
        process.stdout.write('failed\n');
        throw err;
      }
      process.stdout.write(`${formatSeconds(Date.now() - t0)}\n`);
    },
    run(cmd, args, cwd) {
      logStream.write(`$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`);
      const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      logStream.write(r.stdout ?? '');
      logStream.write(r.stderr ?? '');
      if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message} (log: ${logFile})`);
      if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${r.status} in ${cwd}`);
      return r.stdout;
    },
    log,
  };
}

function closeStream(stream) {
  return new Promise((resolve) => (stream.closed ? resolve() : stream.end(resolve)));
}

function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

function defaultLog(message) {
  console.log(`[e2e-install] ${message}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const force = process.argv.includes('--force');
  const t0 = Date.now();
  ensureInstalled({ force })
    .then((paths) => {
      console.log(`[e2e-install] ready: ${paths.serverMain} (${formatSeconds(Date.now() - t0)})`);
    })
    .catch((err) => {
      console.error(`[e2e-install] ${err.message}`);
      process.exit(1);
    });
}
