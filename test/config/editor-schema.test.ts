// schemas/pledgerc.editor.schema.json: what VS Code validates .pledgerc.json
// with. It offers the same keys and values as the strict schema, and reports
// nothing, so each problem of the file is reported once (by the server).

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/registry';
import { buildEditorSchema, buildPledgercSchema } from './pledgerc-schema';

const REPO = path.resolve(__dirname, '../..');
const FILE = path.join(REPO, 'schemas/pledgerc.editor.schema.json');
const SAMPLES = path.join(REPO, 'test/fixtures/config/samples');

const generated = buildEditorSchema(buildPledgercSchema(RULES));
if (process.env.PLEDGE_UPDATE_SCHEMA === '1') writeFileSync(FILE, JSON.stringify(generated, null, 2) + '\n');
const committed = JSON.parse(readFileSync(FILE, 'utf8'));

describe('pledgerc.editor.schema.json', () => {
  it('equals the schema generated from the strict one (PLEDGE_UPDATE_SCHEMA=1 regenerates it)', () => {
    expect(committed).toEqual(generated);
  });

  it('is the schema the extension contributes for .pledgerc.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.contributes.jsonValidation).toEqual([{ fileMatch: '.pledgerc.json', url: './schemas/pledgerc.editor.schema.json' }]);
  });

  it('offers every rule id and name, and the severities as suggestions', () => {
    expect(Object.keys(committed.properties.rules.properties)).toEqual(RULES.flatMap((r) => [r.id, r.name]));
    expect(committed.definitions.severity.examples).toEqual(['error', 'warning', 'info', 'hint', 'off']);
  });

  it('reports nothing, even for configurations the server refuses', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(committed);
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
    expect(files.some((f) => f.startsWith('invalid'))).toBe(true);
    for (const f of files) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path.join(SAMPLES, f), 'utf8'));
      } catch {
        continue; // not JSON at all: the editor's JSON parser reports that, the schema is not involved
      }
      expect(validate(value), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
