// Rule options as written in configuration, turned into the numbers rules use.

import type { OptionSpec } from './types';
import { t } from '../i18n/index';

const UNIT: Record<string, number> = {
  m: 1, min: 1, minute: 1, minutes: 1,
  h: 60, hour: 60, hours: 60,
  d: 1440, day: 1440, days: 1440,
  w: 10080, week: 10080, weeks: 10080,
};

/** Minutes of a duration option such as `"45 days"`, `"4h"` or a bare number of minutes. */
function durationOption(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/.exec(value);
  if (!m) return undefined;
  const unit = UNIT[m[2]!];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

/** The normalised value of one option, or an explanation of why it is invalid. */
export function optionValue(spec: OptionSpec, value: unknown): { value: number } | { error: string } {
  switch (spec.type) {
    case 'duration': {
      const v = durationOption(value);
      return v === undefined ? { error: t('rules.option.duration') } : { value: v };
    }
    case 'percent':
      return typeof value === 'number' && value > 0 && value <= 100
        ? { value }
        : { error: t('rules.option.percent') };
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1
        ? { value }
        : { error: t('rules.option.integer') };
    default:
      return typeof value === 'number' && Number.isFinite(value) && value > 0
        ? { value }
        : { error: t('rules.option.number') };
  }
}

/** Every option of a rule at its default. */
export function defaultOptions(specs: Readonly<Record<string, OptionSpec>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, spec] of Object.entries(specs)) {
    const v = optionValue(spec, spec.default);
    if ('value' in v) out[k] = v.value;
  }
  return out;
}
