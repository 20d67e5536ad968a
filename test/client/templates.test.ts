// The template of "Pledge: New Agreement…" is a healthy agreement: a new user
// starts from a file with no findings at all.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';

describe('New Agreement template', () => {
  it.each(['agreement.pledge', 'nl/agreement.pledge'])('%s parses and raises no finding', (name) => {
    const a = analyzeFile(path.join(REPO, 'client/templates', name));
    expect(a.parsed.errors).toEqual([]);
    expect(a.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });
});
