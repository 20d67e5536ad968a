// `pledge.rules` in the Settings UI: package.json and package.nls*.json hold
// what scripts/manifest.ts generates from the rule registry.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../harness/analyze';
import { RULES } from '../../server/src/rules/registry';
import { manifestParts, NLS_LOCALES } from './manifest';

const json = (file: string) => JSON.parse(readFileSync(path.join(REPO, file), 'utf8'));
const HINT = 'run `npm run manifest` and commit the result';

describe('pledge.rules in the extension manifest', () => {
  const parts = manifestParts();
  it(`matches the rule registry (${HINT})`, () => {
    expect(json('package.json').contributes.configuration.properties['pledge.rules']).toEqual(parts.rulesSetting);
  });
  it.each(NLS_LOCALES)(`package.nls texts of the rules are current in %s (${HINT})`, (locale) => {
    const nls = json(locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`);
    const current = Object.fromEntries(Object.entries(nls).filter(([k]) => k.startsWith('config.rules.')));
    expect(current).toEqual(parts.nls[locale]);
  });
  it('lists every rule that configuration can change, with a severity drop-down the Settings UI can edit', () => {
    const setting = parts.rulesSetting;
    expect(Object.keys(setting.properties).sort()).toEqual(RULES.filter((r) => !r.alwaysOn).map((r) => r.id).sort());
    for (const p of Object.values(setting.properties)) expect(p).toMatchObject({ type: 'string', enum: ['error', 'warning', 'info', 'hint', 'off'] });
    expect(setting.additionalProperties.type).toBe('string');
  });
});
