// A worker thread of a parallel `pledge check` (see parallel.ts): checks parts
// of the file list until none is left, posts their runs back and raises its
// flag. Bundled on its own as server/dist/check-worker.cjs.

import { workerData } from 'node:worker_threads';
import { setLocale } from '../i18n/index';
import { checker } from './check';
import { checkParts, portableRun, type WorkerInput, type WorkerOutput } from './parallel';

const input = workerData as WorkerInput;
const flags = new Int32Array(input.shared);
let out: WorkerOutput;
try {
  setLocale(input.locale);
  const check = checker(input.cwd, input.options);
  out = { runs: checkParts(input.parts, flags, (part) => portableRun(check(part), input.options.format)) };
} catch (e) {
  out = { error: String((e as Error)?.message ?? e) };
}
try {
  input.port.postMessage(out);
} catch (e) {
  input.port.postMessage({ error: String((e as Error)?.message ?? e) } satisfies WorkerOutput);
}
// Run by server/bin/check-worker.js without a usable code cache: write it now,
// while this thread still runs.
(globalThis as { __pledgeSaveCodeCache?: () => void }).__pledgeSaveCodeCache?.();
Atomics.store(flags, input.index, 1);
Atomics.notify(flags, input.index);
