// The committed snapshot of the specification matches the shared design when that is present.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DESIGN, SNAPSHOT_DIR } from '../harness/spec';

describe('specification snapshot', () => {
  it.each(['LANGUAGE.md', 'RULES.md'])('%s is current', (name) => {
    const shared = path.join(SHARED_DESIGN, name);
    const snapshot = readFileSync(path.join(SNAPSHOT_DIR, name), 'utf8');
    if (existsSync(shared)) expect(snapshot, `refresh ${path.join('test/fixtures/language', name)} from the shared design`).toBe(readFileSync(shared, 'utf8'));
    else expect(snapshot.length).toBeGreaterThan(1000);
  });
});
