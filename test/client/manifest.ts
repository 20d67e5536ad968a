// The manifest parts generated from the rule registry (see scripts/manifest.ts).

import { RULES } from '../../server/src/rules/registry';
import { withLocale, type Locale } from '../../server/src/i18n';

export const NLS_LOCALES: Locale[] = ['en', 'nl'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** Texts of the setting itself, per language. */
const SETTING_TEXT: Record<Locale, { description: string; severity: string }> = {
  en: {
    description:
      'Severity of each rule: `error`, `warning`, `info`, `hint` or `off`. Rules can also be named by name (`"one-sided-termination": "off"`). Rule options (such as PL102\'s threshold) go in `.pledgerc.json` or the `pledge.thresholds` settings. A `.pledgerc.json` file wins over these settings.',
    severity: 'default: {0}',
  },
  nl: {
    description:
      'Ernst van elke regel: `error`, `warning`, `info`, `hint` of `off`. Regels kunnen ook bij naam worden genoemd (`"one-sided-termination": "off"`). Opties van regels (zoals de drempel van PL102) horen in `.pledgerc.json` of in de instellingen `pledge.thresholds`. Een `.pledgerc.json`-bestand gaat voor deze instellingen.',
    severity: 'standaard: {0}',
  },
};

export interface ManifestParts {
  rulesSetting: {
    type: 'object';
    default: Record<string, never>;
    markdownDescription: string;
    properties: Record<string, { type: 'string'; enum: string[]; markdownDescription: string }>;
    additionalProperties: { type: 'string'; enum: string[] };
  };
  nls: Record<Locale, Record<string, string>>;
}

/** The `pledge.rules` setting and its texts, from the registry: every rule configuration can change. */
export function manifestParts(): ManifestParts {
  const configurable = RULES.filter((r) => !r.alwaysOn);
  const properties: ManifestParts['rulesSetting']['properties'] = {};
  const nls = Object.fromEntries(NLS_LOCALES.map((l) => [l, {} as Record<string, string>])) as ManifestParts['nls'];
  for (const locale of NLS_LOCALES) nls[locale]['config.rules.description'] = SETTING_TEXT[locale].description;
  for (const rule of configurable) {
    const key = `config.rules.${rule.id}`;
    properties[rule.id] = { type: 'string', enum: SEVERITIES, markdownDescription: `%${key}%` };
    for (const locale of NLS_LOCALES) {
      const description = withLocale(locale, () => rule.description);
      nls[locale][key] = `\`${rule.name}\` (${SETTING_TEXT[locale].severity.replace('{0}', rule.severity)}): ${description}`;
    }
  }
  return {
    rulesSetting: {
      type: 'object',
      default: {},
      markdownDescription: '%config.rules.description%',
      properties,
      additionalProperties: { type: 'string', enum: SEVERITIES },
    },
    nls,
  };
}
