// Conversions between the engine's offsets/paths and LSP positions/URIs.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Range } from 'vscode-languageserver';
import type { Span } from '../syntax/ast';
import { LineIndex } from '../syntax/positions';

/** The engine's key for a document: its file path, or the URI itself when it is not a file. */
export function fileOf(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return uri;
  }
}

export function uriOf(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file;
}

const byText = new Map<string, LineIndex>();

/** A line index for a text (cached for the most recent texts). */
export function lineIndex(text: string): LineIndex {
  let idx = byText.get(text);
  if (!idx) {
    idx = new LineIndex(text);
    if (byText.size > 64) byText.clear();
    byText.set(text, idx);
  }
  return idx;
}

export function toRange(text: string, span: Span): Range {
  return lineIndex(text).range(span);
}

export function toOffset(text: string, position: { line: number; character: number }): number {
  return lineIndex(text).offset(position);
}

export function toSpan(text: string, range: Range): Span {
  return { start: toOffset(text, range.start), end: toOffset(text, range.end) };
}

