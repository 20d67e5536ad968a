// How much text Pledge reads for one agreement. The CLI refuses larger files;
// the language server reports them with one diagnostic and does not analyse
// them. Real agreements are tens of kilobytes; analysis takes about 2–3
// seconds per megabyte, so the limit bounds the worst case.

import { Buffer } from 'node:buffer';

/** The largest agreement Pledge reads and analyses, in bytes (UTF-8). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The size of a text in bytes (UTF-8), counted only as far as needed to compare it with the limit. */
export function exceedsFileLimit(text: string): boolean {
  // A UTF-16 code unit takes 1 to 3 bytes in UTF-8.
  if (text.length > MAX_FILE_BYTES) return true;
  if (text.length * 3 <= MAX_FILE_BYTES) return false;
  return Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES;
}
