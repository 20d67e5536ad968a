#!/usr/bin/env node
// The `pledge` command: the bundled CLI built by `npm run build`.
//
// The bundle is CommonJS and is loaded the way `require` loads it (an
// `import()` would first scan its exports). Compiling the bundle is a large
// part of starting, so the compiled code is kept in V8's code cache in the
// user's cache folder ($XDG_CACHE_HOME/pledge, else ~/.cache/pledge), keyed by
// the bundle's path, size and time and by the Node version; anything wrong
// with the cache, or PLEDGE_NO_CODE_CACHE=1, simply loads the bundle without it.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/pledge.cjs', import.meta.url));

function cacheFile(stat) {
  const home = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  if (!home) return undefined;
  const key = createHash('sha256')
    .update([bundle, stat.size, stat.mtimeMs, process.version, process.arch].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return path.join(home, 'pledge', `cli-${key}.v8cache`);
}

/** The compiled bundle and how to run it, or undefined when the code cache cannot be used. */
function compileWithCodeCache() {
  const cache = cacheFile(fs.statSync(bundle));
  if (!cache) return undefined;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    // Written when the command ends, so the functions it compiled are in the cache too.
    process.once('exit', () => {
      try {
        fs.mkdirSync(path.dirname(cache), { recursive: true, mode: 0o700 });
        const temporary = `${cache}.${process.pid}`;
        fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(temporary, cache);
        // Caches of earlier builds are never read again.
        for (const name of fs.readdirSync(path.dirname(cache))) {
          if (/^cli-[0-9a-f]{16}\.v8cache$/.test(name) && name !== path.basename(cache)) fs.rmSync(path.join(path.dirname(cache), name), { force: true });
        }
      } catch {
        // No cache this time.
      }
    });
  }
  return script;
}

let script;
if (process.env.PLEDGE_NO_CODE_CACHE !== '1') {
  try {
    script = compileWithCodeCache();
  } catch {
    script = undefined;
  }
}
if (script) {
  // What `require` does with a CommonJS file, with the script compiled above.
  const mod = new Module(bundle);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  Module._cache[bundle] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
} else {
  createRequire(import.meta.url)('../dist/pledge.cjs');
}
