// Workspace indexing in the background: files are analysed in slices of a few
// milliseconds, and between slices the server answers requests (hover,
// completion) and runs debounced validations. Progress is reported with
// `$/progress` when the client supports it; the client's cancel button, or a
// newer indexing run, stops it.

import * as path from 'node:path';
import { glob } from 'tinyglobby';
import type { CancellationToken, Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

/** How long one slice of indexing may hold the server before it yields. */
export const SLICE_MS = 8;

export interface IndexRun {
  /** Resolves with the number of files indexed when the run ends (finished or cancelled). */
  done: Promise<{ files: number; indexed: number; cancelled: boolean }>;
  cancel(): void;
}

export interface IndexOptions {
  connection: Connection;
  folders: readonly string[];
  /** Whether the client shows `window/workDoneProgress`. */
  progress: boolean;
  /** Adds one file to the workspace and validates it. */
  index(file: string): void;
  /** Called between slices; a run stops when it returns true. */
  cancelled?: () => boolean;
  sliceMs?: number;
}

/** Lets pending messages and timers run before the next slice. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every `.pledge` file under the folders, sorted, without node_modules and .git. */
export async function workspaceFiles(folders: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    folders.map((root) => glob('**/*.pledge', { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })),
  );
  return [...new Set(found.flat().map((f) => path.normalize(f)))].sort();
}

export function startIndexing(options: IndexOptions): IndexRun {
  let stop = false;
  const run = async () => {
    let reporter: WorkDoneProgressServerReporter | undefined;
    let token: CancellationToken | undefined;
    if (options.progress) {
      try {
        reporter = await options.connection.window.createWorkDoneProgress();
        reporter.begin('Pledge: indexing agreements', 0, undefined, true);
        token = reporter.token;
      } catch {
        reporter = undefined;
      }
    }
    const isCancelled = () => stop || token?.isCancellationRequested === true || options.cancelled?.() === true;
    const files = await workspaceFiles(options.folders);
    const slice = options.sliceMs ?? SLICE_MS;
    let indexed = 0;
    let lastReport = 0;
    try {
      while (indexed < files.length && !isCancelled()) {
        const start = performance.now();
        do options.index(files[indexed++]!);
        while (indexed < files.length && performance.now() - start < slice);
        if (reporter && (indexed - lastReport >= 50 || indexed === files.length)) {
          lastReport = indexed;
          reporter.report(Math.round((100 * indexed) / Math.max(1, files.length)), `${indexed}/${files.length}`);
        }
        await yieldToEvents();
      }
    } finally {
      reporter?.done();
    }
    return { files: files.length, indexed, cancelled: indexed < files.length };
  };
  return {
    done: run(),
    cancel: () => {
      stop = true;
    },
  };
}
