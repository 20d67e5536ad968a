// `pledge check` over many files on every core: the sorted file list is cut
// into contiguous parts, largest first, which this thread and worker threads
// take in turn from a shared counter; the runs are joined in the order of the parts,
// so the output is the same as a serial run. The command stays synchronous:
// this thread waits for each worker on a shared flag and takes its result
// with `receiveMessageOnPort`.
//
// PLEDGE_JOBS=<n> sets the number of threads (1: serial); by default every
// available core is used once there are enough files to pay for starting a
// thread (MIN_FILES_PER_THREAD). Fixing (`--fix`, `--fix-dry-run`) and custom
// rule sets stay serial.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, Worker, isMainThread, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Analysis } from '../engine/analyze';
import { getLocale, type Locale } from '../i18n/index';
import type { CheckOptions, CheckRun } from './check';
import type { CheckedFile } from './report';

/**
 * Files per thread below which starting a thread costs more than it saves.
 * A new thread is a new V8 isolate that compiles Pledge's code again, about a
 * second of CPU; and one thread already keeps a second core busy, where V8
 * compiles and collects garbage. Measured on two cores (agreements of about
 * 4 KB): 1,000 files took 1.75 s on one thread and 1.85 s on two; the two
 * were even at 2,000 to 3,000 files, and two threads won from 4,000 (6,000
 * files: 6.5 s against 5.4 s).
 */
const MIN_FILES_PER_THREAD = 1250;
/** The longest a worker may take before its chunk is checked here instead. */
const WORKER_TIMEOUT_MS = 15 * 60 * 1000;

/** What a worker is given. */
export interface WorkerInput {
  parts: string[][];
  cwd: string;
  options: CheckOptions;
  locale: Locale;
  port: MessagePort;
  /** [0]: the next part to check, shared by every thread; [1 + k]: set when worker k is done. */
  shared: SharedArrayBuffer;
  index: number;
}

/** What a worker sends back: the runs of the parts it checked, whose files carry only what the formatters read. */
export type WorkerOutput = { runs: Array<[number, CheckRun]> } | { error: string };

/** Checks parts until none is left, taking the next one from the shared counter. */
export function checkParts(
  parts: readonly string[][],
  counter: Int32Array,
  check: (files: readonly string[]) => CheckRun,
): Array<[number, CheckRun]> {
  const out: Array<[number, CheckRun]> = [];
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= parts.length) return out;
    out.push([i, check(parts[i]!)]);
  }
}

/**
 * The worker script: server/bin/check-worker.js, which runs the worker bundle
 * next to the running bundle with its code cache, else that bundle itself
 * (absent when running from source).
 */
function workerScript(): string | undefined {
  const dir = typeof __dirname === 'string' ? __dirname : undefined;
  if (!dir) return undefined;
  const bundle = path.join(dir, 'check-worker.cjs');
  if (!fs.existsSync(bundle)) return undefined;
  const cached = path.join(dir, '..', 'bin', 'check-worker.js');
  return fs.existsSync(cached) ? cached : bundle;
}

/** How many threads to use for `files` files (1: check serially). */
export function threadsFor(files: number, env: Record<string, string | undefined> = process.env, cores = availableCores()): number {
  const asked = env.PLEDGE_JOBS !== undefined && /^\d+$/.test(env.PLEDGE_JOBS.trim()) ? Number(env.PLEDGE_JOBS) : undefined;
  if (asked !== undefined) return Math.max(1, Math.min(asked, files));
  return Math.max(1, Math.min(cores, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The fewest files in a part: below this, a part costs more to set up than it saves at the end. */
const MIN_FILES_PER_PART = 4;

/**
 * Cuts `files` into contiguous parts for `threads` threads, largest first:
 * each part takes a share of what is left (guided scheduling), so the parts
 * taken last are small and the threads finish close together.
 */
export function chunks<T>(files: readonly T[], threads: number): T[][] {
  const out: T[][] = [];
  let start = 0;
  while (start < files.length) {
    const size = Math.max(MIN_FILES_PER_PART, Math.ceil((files.length - start) / (2 * threads)));
    out.push(files.slice(start, start + size));
    start += size;
  }
  return out;
}

/**
 * A run that can cross threads: each file's analysis reduced to what the
 * formatters read. Only SARIF reads the texts again (for its regions), so
 * only then do they travel back to the main thread.
 */
export function portableRun(run: CheckRun, format: CheckOptions['format']): CheckRun {
  return { ...run, files: run.files.map((f) => portableFile(f, format)) };
}

/** A checked file reduced to what the formatters read (see `portableRun`). */
export function portableFile(f: CheckedFile, format: CheckOptions['format']): CheckedFile {
  return {
    result: f.result,
    findings: f.findings,
    analysis: { file: f.analysis.file, text: format === 'sarif' ? f.analysis.text : '', internalErrors: f.analysis.internalErrors } as Analysis,
  };
}

/** Joins chunk runs in order, as one serial run over all files would have produced them. */
export function joinRuns(runs: readonly CheckRun[]): CheckRun {
  const out: CheckRun = { ...runs[0]!, files: [], configProblems: [], fixReport: '', fixNotes: '', internalNotes: '', unwritten: 0 };
  const seen = new Set<string>();
  for (const r of runs) {
    out.files.push(...r.files);
    for (const p of r.configProblems) {
      const key = `${p.file}\0${p.line}\0${p.column}\0${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.configProblems.push(p);
    }
    out.fixReport += r.fixReport;
    out.fixNotes += r.fixNotes;
    out.internalNotes += r.internalNotes;
    out.unwritten += r.unwritten;
  }
  return out;
}

let inChunk = false;

/**
 * Checks `files` on several threads when that pays, with the same result as
 * `check(files)`; undefined when they should be checked serially. The files
 * are cut into contiguous parts, largest first, that every thread (this one too) takes
 * in turn, so a thread that starts late or a slow file does not hold up the
 * rest; the runs are joined in the order of the parts.
 */
export function checkInParallel(
  files: readonly string[],
  cwd: string,
  options: CheckOptions,
  checker: () => (files: readonly string[]) => CheckRun,
): CheckRun | undefined {
  if (inChunk || !isMainThread || options.fix || options.fixDryRun || options.rules) return undefined;
  const threads = threadsFor(files.length);
  if (threads < 2) return undefined;
  const script = workerScript();
  if (!script) return undefined;

  const parts = chunks(files, threads);
  const shared = new SharedArrayBuffer(4 * (1 + threads));
  const flags = new Int32Array(shared);
  const workers: Array<{ worker: Worker; port: MessagePort; index: number }> = [];
  for (let k = 1; k < threads; k++) {
    const { port1, port2 } = new MessageChannel();
    try {
      const input: WorkerInput = { parts, cwd, options, locale: getLocale(), port: port2, shared, index: k };
      const worker = new Worker(script, { workerData: input, transferList: [port2] });
      worker.unref();
      worker.on('error', () => {
        // Seen through the flag and the port: the parts it did not return are checked here.
      });
      workers.push({ worker, port: port1, index: k });
    } catch {
      port1.close();
    }
  }

  const runs = new Map<number, CheckRun>();
  let failed = false;
  inChunk = true;
  try {
    try {
      const check = checker();
      for (const [i, run] of checkParts(parts, flags, check)) runs.set(i, run);
    } catch {
      failed = true;
    }
    for (const w of workers) {
      const deadline = Date.now() + WORKER_TIMEOUT_MS;
      while (!failed && Atomics.load(flags, w.index) === 0 && Date.now() < deadline) Atomics.wait(flags, w.index, 0, 1000);
      const out = failed ? undefined : (receiveMessageOnPort(w.port)?.message as WorkerOutput | undefined);
      void w.worker.terminate();
      w.port.close();
      if (out && 'runs' in out) for (const [i, run] of out.runs) runs.set(i, run);
      else failed = true;
    }
    // Anything went wrong (an unreadable file, a worker that failed or never
    // answered): check serially, so the outcome and its error are exactly the serial ones.
    if (failed || runs.size !== parts.length) return checker()(files);
    return joinRuns(parts.map((_, i) => runs.get(i)!));
  } finally {
    inChunk = false;
  }
}
