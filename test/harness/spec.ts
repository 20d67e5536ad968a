// The normative specification: the project's shared design folder when it sits
// beside the checkout (as in CI), else the snapshot committed under
// test/fixtures/language/. spec.test.ts keeps the snapshot identical.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './analyze';

export const SHARED_DESIGN = path.join(REPO, '../shared/design');
export const SNAPSHOT_DIR = path.join(REPO, 'test/fixtures/language');

export function specText(name: 'LANGUAGE.md' | 'RULES.md'): string {
  const shared = path.join(SHARED_DESIGN, name);
  return readFileSync(existsSync(shared) ? shared : path.join(SNAPSHOT_DIR, name), 'utf8');
}
