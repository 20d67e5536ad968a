// Runs a CommonJS bundle the way `require` does, with its compiled code kept
// in V8's code cache in the user's cache folder ($XDG_CACHE_HOME/pledge, else
// ~/.cache/pledge): compiling a bundle is a large part of starting it. The
// cache is keyed by the bundle's path, size and time and by the Node version;
// anything wrong with it, or PLEDGE_NO_CODE_CACHE=1, simply runs the bundle
// without it. Used by the `pledge` command and its worker threads.
'use strict';

const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

/** A short, stable text hash (FNV-1a, 32 bits) for the cache file's name. */
function fnv(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function cacheFile(bundle, name) {
  const home = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : undefined);
  if (!home) return undefined;
  const stat = fs.statSync(bundle);
  const key = fnv(bundle) + fnv([stat.size, stat.mtimeMs, process.version, process.arch].join('\0'));
  return path.join(home, 'pledge', `${name}-${key}.v8cache`);
}

/** Writes the script's code cache (with every function compiled so far) and removes the caches of earlier builds. */
function save(script, cache, name) {
  try {
    fs.mkdirSync(path.dirname(cache), { recursive: true, mode: 0o700 });
    const temporary = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(temporary, cache);
    const earlier = new RegExp(`^${name}-[0-9a-f]{16}\\.v8cache$`);
    for (const file of fs.readdirSync(path.dirname(cache))) {
      if (earlier.test(file) && file !== path.basename(cache)) fs.rmSync(path.join(path.dirname(cache), file), { force: true });
    }
  } catch {
    // No cache this time.
  }
}

/**
 * Runs `bundle`. Without a usable cache, the cache is written when the
 * process exits, or, when `saveHook` names a global, when the bundle calls
 * that function (a worker thread that is ended from outside never exits by
 * itself).
 */
function runCached(bundle, name, saveHook) {
  let script;
  if (process.env.PLEDGE_NO_CODE_CACHE !== '1') {
    try {
      const cache = cacheFile(bundle, name);
      if (cache) {
        let cachedData;
        try {
          cachedData = fs.readFileSync(cache);
        } catch {
          cachedData = undefined;
        }
        script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
        if (!cachedData || script.cachedDataRejected) {
          const write = () => save(script, cache, name);
          if (saveHook) globalThis[saveHook] = write;
          else process.once('exit', write);
        }
      }
    } catch {
      script = undefined;
    }
  }
  if (!script) {
    require(bundle);
    return;
  }
  // What `require` does with a CommonJS file, with the script compiled above.
  const mod = new Module(bundle);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  Module._cache[bundle] = mod;
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
}

module.exports = { runCached };
