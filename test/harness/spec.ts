// The normative specification: the project's own copy under docs/spec/.
// Tests read nothing outside the repository.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './analyze';

export const SPEC_DIR = path.join(REPO, 'docs/spec');

export function specText(name: 'LANGUAGE.md' | 'RULES.md'): string {
  return readFileSync(path.join(SPEC_DIR, name), 'utf8');
}
