#!/usr/bin/env node
// The `pledge` command: the bundled CLI built by `npm run build`.
//
// This file is CommonJS (an ES module costs Node a few milliseconds more to
// start), and it loads the bundle the way `require` does. Compiling the bundle
// is a large part of starting, so the compiled code is kept in V8's code cache
// in the user's cache folder ($XDG_CACHE_HOME/pledge, else ~/.cache/pledge),
// keyed by the bundle's path, size and time and by the Node version; anything
// wrong with the cache, or PLEDGE_NO_CODE_CACHE=1, simply loads the bundle
// without it.
'use strict';

const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'dist', 'pledge.cjs');

/** A short, stable text hash (FNV-1a, 32 bits) for the cache file's name. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function cacheFile(stat) {
  const home = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  if (!home) return undefined;
  const key = fnv(bundle) + fnv([stat.size, stat.mtimeMs, process.version, process.arch].join('\0'));
  return path.join(home, 'pledge', `cli-${key}.v8cache`);
}

/** The compiled bundle, or undefined when the code cache cannot be used. */
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
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
} else {
  require(bundle);
}
