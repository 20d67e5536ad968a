// Export and diff never crash on what people type: every fixture in the
// repository, broken ones included, exports and compares with itself and with
// every truncation of itself.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyzeFile, analyzeText, REPO } from '../harness/analyze';
import { renderExport } from '../../server/src/features/export';
import { diffAnalyses, renderDiff } from '../../server/src/features/diff';

function pledgeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pledgeFiles(full);
    return name.endsWith('.pledge') ? [full] : [];
  });
}

const FILES = pledgeFiles(path.join(REPO, 'test/fixtures')).sort();
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(REPO, 'schemas/pledge-export.v1.schema.json'), 'utf8')));

describe('export and diff of every fixture', () => {
  it(`export, OpenSLO and diff do not throw on ${FILES.length} fixture files`, () => {
    expect(FILES.length).toBeGreaterThan(100);
    for (const file of FILES) {
      const a = analyzeFile(file);
      for (const format of ['json', 'yaml', 'openslo'] as const) expect(() => renderExport([{ analysis: a }], format), file).not.toThrow();
      const result = diffAnalyses(a, a);
      expect(result.changed, file).toBe(false);
      for (const format of ['md', 'stylish', 'json'] as const) expect(() => renderDiff(result, format)).not.toThrow();
    }
  });

  it('exports of fixtures with well-formed values validate against the schema', () => {
    let valid = 0;
    for (const file of FILES) {
      const a = analyzeFile(file);
      if (a.findings.some((f) => ['PL001', 'PL004'].includes(f.ruleId))) continue;
      const doc = JSON.parse(renderExport([{ analysis: a }], 'json'));
      expect(validate(doc) ? [] : validate.errors, path.relative(REPO, file)).toEqual([]);
      valid++;
    }
    expect(valid).toBeGreaterThan(50);
  });

  it('compares every truncation of a sample with the whole', () => {
    const file = path.join(REPO, 'samples/healthy.pledge');
    const text = readFileSync(file, 'utf8');
    const whole = analyzeFile(file);
    for (let end = 0; end < text.length; end += 97) {
      const cut = analyzeText(file, text.slice(0, end));
      expect(() => renderDiff(diffAnalyses(cut, whole), 'md')).not.toThrow();
      expect(() => renderExport([{ analysis: cut }], 'openslo')).not.toThrow();
    }
  });
});
