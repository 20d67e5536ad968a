// Background indexing: every file once, in order, yielding between slices so
// other work runs meanwhile, and stopping when cancelled.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connection } from 'vscode-languageserver/node';
import { startIndexing, workspaceFiles } from '../../server/src/lsp/indexer';

const FOLDER = path.resolve(__dirname, '../fixtures/rules');
const connection = {} as Connection;

describe('background indexing', () => {
  it('indexes every file once, in order, and lets other work run between slices', async () => {
    const files = await workspaceFiles([FOLDER]);
    expect(files.length).toBeGreaterThan(20);
    const seen: string[] = [];
    let ranBetween = 0;
    const run = startIndexing({
      connection,
      folders: [FOLDER],
      progress: false,
      sliceMs: 0,
      index: (f) => {
        seen.push(f);
        setImmediate(() => ranBetween++);
      },
    });
    const result = await run.done;
    expect(seen).toEqual(files);
    expect(result).toEqual({ files: files.length, indexed: files.length, cancelled: false });
    expect(ranBetween).toBeGreaterThan(files.length / 2);
  });

  it('stops when cancelled', async () => {
    let count = 0;
    const run = startIndexing({
      connection,
      folders: [FOLDER],
      progress: false,
      sliceMs: 0,
      index: () => {
        if (++count === 5) run.cancel();
      },
    });
    const result = await run.done;
    expect(result.cancelled).toBe(true);
    expect(result.indexed).toBe(5);
  });
});
