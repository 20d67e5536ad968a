// Pledge's version: the `version` of the root package.json, written into the
// bundles by esbuild's `define` (scripts/build.mjs) and read from package.json
// when the sources run unbundled (the tests, `vite-node` scripts). The CLI's
// `--version`, the language server's `serverInfo`, SARIF's `tool.driver` and
// the rule documentation links (`docs.ts`) all use it.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

declare const __PLEDGE_VERSION__: string | undefined;

function packageVersion(): string {
  if (typeof __PLEDGE_VERSION__ === 'string') return __PLEDGE_VERSION__;
  try {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // Not beside its package.json: no version to tell.
  }
  return '0.0.0';
}

/** The version of Pledge, e.g. `0.1.0`. */
export const VERSION: string = packageVersion();
