import type { CheckedFile } from '../report';

/** One entry per file: `{ filePath, messages, errorCount, warningCount, infoCount }`. */
export function formatJson(files: readonly CheckedFile[]): string {
  return JSON.stringify(files.map((f) => f.result), null, 2) + '\n';
}
