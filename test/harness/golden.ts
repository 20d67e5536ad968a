// Golden files: reviewed files compared as text. Only the explicit update
// command writes them (`npm run golden:update`, which sets UPDATE_GOLDEN=1);
// a missing golden fails the test like a different one.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';

export const UPDATING_GOLDENS = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(file: string, actual: string): void {
  if (UPDATING_GOLDENS) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file missing: ${path.relative(process.cwd(), file)} (write it with \`npm run golden:update\` and review it)`);
  }
  expect(actual, `${path.relative(process.cwd(), file)} differs (if the change is intended: npm run golden:update, then review the diff)`).toBe(readFileSync(file, 'utf8'));
}
