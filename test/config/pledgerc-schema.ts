// Builds the JSON Schema of `.pledgerc.json` from the rule registry. The
// committed schemas/pledgerc.schema.json must equal buildPledgercSchema(RULES)
// (schema.test.ts checks it; `PLEDGE_UPDATE_SCHEMA=1 npx vitest run test/config`
// rewrites the file).

import type { OptionSpec, Rule } from '../../server/src/rules/types';
import { CONFIG_FILE, PRESETS, SEVERITY_SETTINGS } from '../../server/src/engine/config';
import { docsUrl } from '../../server/src/rules/docs';

type Schema = Record<string, unknown>;

export function optionSchema(spec: OptionSpec): Schema {
  const common = { description: spec.description, default: spec.default };
  switch (spec.type) {
    case 'duration':
      return {
        ...common,
        anyOf: [
          { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*(m|min|minute|minutes|h|hour|hours|d|day|days|w|week|weeks)\\s*$' },
          { type: 'number', minimum: 0, description: 'minutes' },
        ],
      };
    case 'percent':
      return { ...common, type: 'number', exclusiveMinimum: 0, maximum: 100 };
    case 'integer':
      return { ...common, type: 'integer', minimum: 1 };
    default:
      return { ...common, type: 'number', exclusiveMinimum: 0 };
  }
}

function ruleSchema(rule: Rule<any>): Schema {
  const description = `${rule.id} ${rule.name} (default: ${rule.severity}${rule.alwaysOn ? ', always on' : ''}): ${rule.description}`;
  const severity = rule.alwaysOn ? { $ref: '#/definitions/severityAlwaysOn' } : { $ref: '#/definitions/severity' };
  const options: Schema = {
    type: 'object',
    properties: Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, optionSchema(spec)])),
    additionalProperties: false,
  };
  return {
    description,
    markdownDescription: `**${rule.id} ${rule.name}** (default: \`${rule.severity}\`)\n\n${rule.description}\n\n[Documentation](${docsUrl(rule.id)})`,
    anyOf: [
      severity,
      { type: 'array', items: [severity], minItems: 1, maxItems: 1, additionalItems: false },
      { type: 'array', items: [severity, options], minItems: 2, maxItems: 2, additionalItems: false },
    ],
  };
}

export function buildPledgercSchema(rules: readonly Rule<any>[]): Schema {
  const definitions: Schema = {
    severity: { description: 'How findings of the rule are reported, or "off".', enum: [...SEVERITY_SETTINGS] },
    severityAlwaysOn: {
      description: 'How findings of the rule are reported (structural rules cannot be turned off).',
      enum: SEVERITY_SETTINGS.filter((s) => s !== 'off'),
    },
    extendsTarget: {
      description: `"recommended" (every rule at its default), "strict" (every default info raised to warning), or a path to another ${CONFIG_FILE}, relative to this file.`,
      anyOf: [{ enum: [...PRESETS] }, { type: 'string', pattern: '^(\\.{1,2}[\\\\/]|/).*|.*\\.json$' }],
    },
  };
  const ruleProperties: Schema = {};
  for (const r of rules) {
    definitions[r.id] = ruleSchema(r);
    ruleProperties[r.id] = { $ref: `#/definitions/${r.id}` };
    ruleProperties[r.name] = { $ref: `#/definitions/${r.id}` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pledge-contracts/pledge/blob/main/schemas/pledgerc.schema.json',
    title: `Pledge configuration (${CONFIG_FILE})`,
    description: `Configures Pledge's rules for the .pledge files in this folder and below it (the nearest ${CONFIG_FILE} wins).`,
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Settings to start from; this file\'s rules win over them.',
        anyOf: [{ $ref: '#/definitions/extendsTarget' }, { type: 'array', items: { $ref: '#/definitions/extendsTarget' } }],
      },
      rules: {
        description: 'Rule id or name → "<severity>" or ["<severity>", { options }].',
        type: 'object',
        properties: ruleProperties,
        // Unknown keys are refused one by one ("Property X is not allowed");
        // no `propertyNames` enum, whose message would list every id and name.
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    definitions,
  };
}

const CONSTRAINTS = new Set(['type', 'additionalProperties', 'propertyNames', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'additionalItems', 'required']);

/**
 * The schema VS Code uses for `.pledgerc.json` (schemas/pledgerc.editor.schema.json):
 * the same properties, descriptions, defaults and suggested values as the
 * strict schema, but no constraints. The Pledge language server reports every
 * problem of the file (in the reader's language, as the CLI does), so the
 * editor's JSON validation must not report them a second time. Enumerations
 * become `examples`, which the editor still offers as completions.
 */
export function buildEditorSchema(strict: Schema): Schema {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== 'object') return value;
    const out: Schema = {};
    for (const [k, v] of Object.entries(value as Schema)) {
      if (CONSTRAINTS.has(k)) continue;
      if (k === 'enum') out.examples = v;
      else if (k === 'properties' || k === 'definitions') out[k] = Object.fromEntries(Object.entries(v as Schema).map(([name, s]) => [name, strip(s)]));
      else out[k] = strip(v);
    }
    return out;
  };
  return {
    ...(strip(strict) as Schema),
    $id: 'https://github.com/pledge-contracts/pledge/blob/main/schemas/pledgerc.editor.schema.json',
    description: `${(strict as { description: string }).description} (Completion and hover in the editor; the Pledge language server reports the problems.)`,
  };
}
