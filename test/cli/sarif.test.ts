// `--format sarif`: the log's shape, and validity against the SARIF 2.1.0 JSON schema.

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { runCheck } from '../../server/src/cli/check';
import { sarifLevel, sarifLog } from '../../server/src/cli/formatters/sarif';
import { docsUrl } from '../../server/src/rules/docs';
import { RULES } from '../../server/src/rules/registry';
import { draftRule, betaRule } from './fake-rules';

const REPO = path.resolve(__dirname, '../..');
const FIX_DIR = path.join(REPO, 'test/fixtures/config/fix');
const FILE = path.join(FIX_DIR, 'draft.pledge');

/**
 * The SARIF 2.1.0 schema as published by Microsoft's SARIF SDK in the npm
 * package @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json, draft-04:
 * its `id` becomes `$id` for ajv 8). PLEDGE_SARIF_SCHEMA may name another copy.
 */
function sarifSchema(): Record<string, unknown> {
  let file = process.env.PLEDGE_SARIF_SCHEMA;
  try {
    file ??= createRequire(__filename).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  } catch {
    throw new Error('the SARIF 2.1.0 schema is missing: add the devDependency "@microsoft/jest-sarif": "1.0.0-beta.0"');
  }
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  return schema;
}

function sarifValidator() {
  // The published schema has a language-tag pattern that is not valid with the `u` flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(sarifSchema());
}

function check(rules = [draftRule, betaRule]) {
  const out = runCheck(['draft.pledge'], FIX_DIR, { format: 'sarif', quiet: false, color: false, rules, version: '1.2.3' });
  return { ...out, log: JSON.parse(out.stdout) as Sarif.Log };
}

describe('SARIF output', () => {
  it('describes every rule of the registry', () => {
    const driver = sarifLog([], { version: '0.1.0' }).runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'pledge', version: '0.1.0', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, r] of RULES.entries()) {
      expect(driver.rules![i]).toMatchObject({
        id: r.id,
        name: r.name,
        shortDescription: { text: r.description },
        fullDescription: { text: expect.stringContaining(r.why) },
        helpUri: docsUrl(r.id),
        defaultConfiguration: { level: sarifLevel(r.severity) },
        properties: { tags: [...r.tags] },
      });
    }
  });

  it.each([
    ['error', 'error'],
    ['warning', 'warning'],
    ['info', 'note'],
    ['hint', 'note'],
  ] as const)('maps %s to %s', (severity, level) => {
    expect(sarifLevel(severity)).toBe(level);
  });

  it('writes results with 1-based regions, related locations and fixes', () => {
    const { log, exitCode } = check();
    expect(exitCode).toBe(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.results).toEqual([
      {
        ruleId: 'PLT01',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'the version is a draft' },
        locations: [{ physicalLocation: { artifactLocation: { uri: `file://${FILE}` }, region: { startLine: 6, startColumn: 11, endLine: 6, endColumn: 18 } } }],
        relatedLocations: [
          {
            id: 0,
            message: { text: 'this agreement' },
            physicalLocation: { artifactLocation: { uri: `file://${FILE}` }, region: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 24 } },
          },
        ],
        fixes: [
          {
            description: { text: 'Call it beta' },
            artifactChanges: [
              {
                artifactLocation: { uri: `file://${FILE}` },
                replacements: [{ deletedRegion: { startLine: 6, startColumn: 11, endLine: 6, endColumn: 18 }, insertedContent: { text: '"beta"' } }],
              },
            ],
          },
          expect.objectContaining({ description: { text: 'Call it final' } }),
        ],
      },
    ]);
  });

  it('is valid SARIF 2.1.0 for the fixtures and samples', () => {
    const validate = sarifValidator();
    const { log } = check();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const all = JSON.parse(runCheck(['samples', 'test/fixtures/rules'], REPO, { format: 'sarif', quiet: false, color: false }).stdout);
    expect(all.runs[0].results.length).toBeGreaterThan(0);
    expect(validate(all), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the schema check can fail', () => {
    const validate = sarifValidator();
    const { log } = check();
    (log.runs[0]!.results![0] as { level: string }).level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
