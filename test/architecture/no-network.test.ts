// Checking agreements starts no process and opens no connection: while the
// CLI checks the samples (every format, --fix-dry-run, explain) and the engine
// analyses them, every function of child_process, net, http, https (and their
// relatives) and `fetch` is intercepted, and none may be called.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../server/src/cli/check';
import { runExplain } from '../../server/src/cli/explain';
import { Program } from '../../server/src/engine/program';
import { REPO } from '../harness/analyze';

const MODULES = ['child_process', 'net', 'http', 'https', 'http2', 'tls', 'dgram'] as const;

interface Interception {
  calls: string[];
  restore(): void;
}

/**
 * Replaces every function of the modules (for CommonJS and ES module users
 * alike) and `globalThis.fetch` with one that records the call and then does
 * what the original does.
 */
function intercept(): Interception {
  const require = createRequire(__filename);
  const calls: string[] = [];
  const originals: Array<() => void> = [];
  for (const name of MODULES) {
    const mod = require(name) as Record<string, unknown>;
    for (const key of Object.keys(mod)) {
      const original = mod[key];
      if (typeof original !== 'function' || /^[A-Z]/.test(key)) continue;
      const wrapped = function (this: unknown, ...args: unknown[]) {
        calls.push(`${name}.${key}`);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
      mod[key] = wrapped;
      originals.push(() => {
        mod[key] = original;
      });
    }
  }
  const fetch = globalThis.fetch;
  globalThis.fetch = ((...args: Parameters<typeof globalThis.fetch>) => {
    calls.push('fetch');
    return fetch(...args);
  }) as typeof globalThis.fetch;
  originals.push(() => {
    globalThis.fetch = fetch;
  });
  syncBuiltinESMExports();
  return {
    calls,
    restore() {
      for (const undo of originals) undo();
      syncBuiltinESMExports();
    },
  };
}

let active: Interception | undefined;
afterEach(() => {
  active?.restore();
  active = undefined;
});

const SAMPLES = path.join(REPO, 'samples');

describe('no processes, no network', () => {
  it('pledge check on the samples, in every format and with --fix-dry-run, uses none', () => {
    active = intercept();
    for (const format of ['stylish', 'json', 'sarif'] as const) {
      const out = runCheck(['.'], SAMPLES, { format, quiet: false, color: false });
      expect(out.stdout.length).toBeGreaterThan(0);
    }
    runCheck(['.'], SAMPLES, { format: 'json', quiet: false, color: false, fixDryRun: true });
    expect(runExplain('PL201', { color: false }).exitCode).toBe(0);
    expect(active.calls).toEqual([]);
  });

  it('the analysis of every sample uses none', () => {
    active = intercept();
    const program = new Program();
    const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.pledge'));
    expect(samples.length).toBeGreaterThan(3);
    for (const f of samples) {
      const a = program.analyze(path.join(SAMPLES, f), SAMPLES);
      expect(a?.internalErrors).toEqual([]);
    }
    expect(active.calls).toEqual([]);
  });

  it('catches a deliberate use of each kind', async () => {
    active = intercept();
    const childProcess = await import('node:child_process');
    const http = await import('node:http');
    const net = await import('node:net');
    childProcess.execFileSync(process.execPath, ['-e', '0']);
    http.request('http://127.0.0.1:9/').on('error', () => undefined).destroy();
    net.connect({ port: 9, host: '127.0.0.1' }).on('error', () => undefined).destroy();
    await globalThis.fetch('http://127.0.0.1:9/').catch(() => undefined);
    expect(active.calls).toEqual(expect.arrayContaining(['child_process.execFileSync', 'http.request', 'net.connect', 'fetch']));
  });
});
