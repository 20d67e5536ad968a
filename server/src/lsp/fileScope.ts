// What the language server may read from disk: files inside its workspace
// folders, and next to an open document that lies outside every folder (the
// analysis root of such a document is its own folder). A request naming any
// other file (`file:///etc/passwd`) finds nothing, without the file being read.
// Files larger than the limit are not taken either: an open document of that
// size gets one diagnostic instead (see limits.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSystem, type FileSystem } from '../engine/program';
import { exceedsFileLimit, MAX_FILE_BYTES } from '../engine/limits';
import { isInside } from '../semantics/model';
import { fileOf } from './convert';

export interface FileScope {
  /** The workspace folders. */
  folders(): readonly string[];
  /** The URIs of the open documents (as the client sent them: anything). */
  openUris(): Iterable<unknown>;
}

/** Whether the server may read `file` from disk. */
export function mayRead(scope: FileScope, file: string): boolean {
  if (!path.isAbsolute(file)) return false;
  const folders = scope.folders();
  if (folders.some((f) => isInside(f, file))) return true;
  for (const uri of scope.openUris()) {
    if (typeof uri !== 'string') continue;
    const open = fileOf(uri);
    if (!path.isAbsolute(open) || folders.some((f) => isInside(f, open))) continue;
    if (isInside(path.dirname(open), file)) return true;
  }
  return false;
}

function sizeOnDisk(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined;
  }
}

/** `base`, reading only the files the scope allows, and none larger than the limit. */
export function scopedFileSystem(base: FileSystem, scope: FileScope): FileSystem {
  const onDisk = base === nodeFileSystem || base.onDisk === true;
  return {
    onDisk,
    readFile(file) {
      if (!mayRead(scope, file)) return undefined;
      // On disk, a file far too large is not even read.
      if (onDisk && (sizeOnDisk(file) ?? 0) > MAX_FILE_BYTES) return undefined;
      const text = base.readFile(file);
      return text === undefined || exceedsFileLimit(text) ? undefined : text;
    },
    ...(base.realPath ? { realPath: (file: string) => base.realPath!(file) } : {}),
  };
}
