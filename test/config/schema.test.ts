// schemas/pledgerc.schema.json: generated from the registry, committed, and
// accepting exactly what the loader accepts for the sample configurations.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/registry';
import { parseConfigText } from '../../server/src/engine/config';
import { defineRule } from '../../server/src/rules/types';
import { buildPledgercSchema } from './pledgerc-schema';

const REPO = path.resolve(__dirname, '../..');
const SCHEMA_FILE = path.join(REPO, 'schemas/pledgerc.schema.json');
const SAMPLES = path.join(REPO, 'test/fixtures/config/samples');

function compile(schema: object) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addVocabulary(['markdownDescription']);
  addFormats(ajv);
  return ajv.compile(schema);
}

const generated = buildPledgercSchema(RULES);
if (process.env.PLEDGE_UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, JSON.stringify(generated, null, 2) + '\n');
const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));

describe('pledgerc.schema.json', () => {
  it('equals the schema generated from the registry (PLEDGE_UPDATE_SCHEMA=1 regenerates it)', () => {
    expect(committed).toEqual(generated);
  });

  it('names every rule id and name as a key of "rules"', () => {
    const keys = Object.keys(committed.properties.rules.properties);
    expect(keys).toEqual(RULES.flatMap((r) => [r.id, r.name]));
  });

  it('compiles in strict mode', () => {
    expect(() => compile(committed)).not.toThrow();
  });

  const validate = compile(committed);
  const samples = readdirSync(SAMPLES).filter((n) => n.endsWith('.json'));

  it('has valid and invalid samples', () => {
    expect(samples).toContain('invalid.json');
    expect(samples.length).toBeGreaterThan(2);
  });

  it.each(samples)('agrees with the loader on %s', (name) => {
    const text = readFileSync(path.join(SAMPLES, name), 'utf8');
    const valid = validate(JSON.parse(text));
    const problems = parseConfigText(text, name).problems;
    expect(valid, JSON.stringify(validate.errors)).toBe(problems.length === 0);
    expect(valid).toBe(name !== 'invalid.json');
  });

  it.each([
    [{ rules: { PL003: 'off' } }, false], // always on
    [{ rules: { PL008: 'off' } }, true],
    [{ rules: { PL008: ['warning', {}, {}] } }, false],
    [{ extends: 'lenient' }, false],
    [{ extends: ['strict', '../shared/.pledgerc.json'] }, true],
    [{ rules: {}, other: 1 }, false],
  ])('%j valid: %s', (config, expected) => {
    expect(validate(config)).toBe(expected);
  });
});

describe('buildPledgercSchema', () => {
  const rule = defineRule<{ threshold: number; window: number; count: number; factor: number }>({
    id: 'PLT01',
    name: 'test-rule',
    family: 'balance',
    severity: 'info',
    description: 'A rule for tests.',
    why: 'Tests.',
    tags: [],
    options: {
      threshold: { type: 'percent', default: 99.9, description: 'A percentage.' },
      window: { type: 'duration', default: '30 days', description: 'A duration.' },
      count: { type: 'integer', default: 3, description: 'A count.' },
      factor: { type: 'number', default: 1.5, description: 'A factor.' },
    },
    check() {},
  });
  const validate = compile(buildPledgercSchema([rule]));

  it('describes options with their descriptions and defaults', () => {
    const def = buildPledgercSchema([rule]).definitions as Record<string, any>;
    const options = def.PLT01.anyOf[2].items[1].properties;
    expect(options.threshold).toMatchObject({ description: 'A percentage.', default: 99.9 });
    expect(options.window).toMatchObject({ description: 'A duration.', default: '30 days' });
  });

  it.each([
    [{ rules: { PLT01: ['warning', { threshold: 99.5, window: '45 days', count: 2, factor: 0.5 }] } }, true],
    [{ rules: { 'test-rule': ['off', { window: 120 }] } }, true],
    [{ rules: { PLT01: ['warning', { threshold: 101 }] } }, false],
    [{ rules: { PLT01: ['warning', { window: 'soon' }] } }, false],
    [{ rules: { PLT01: ['warning', { count: 1.5 }] } }, false],
    [{ rules: { PLT01: ['warning', { other: 1 }] } }, false],
    [{ rules: { PLT02: 'warning' } }, false],
    [{ rules: { PLT01: 'loud' } }, false],
  ])('%j valid: %s', (config, expected) => {
    expect(validate(config)).toBe(expected);
    // The loader agrees with the schema.
    expect(parseConfigText(JSON.stringify(config), 'x.json', [rule]).problems.length === 0).toBe(expected);
  });
});
