// The explicit list of every rule. Adding a rule means adding it here.

import type { Rule } from './types';
import PL000 from './structure/PL000-internal-error';
import PL001 from './structure/PL001-syntax-error';
import PL002 from './structure/PL002-unresolved-reference';
import PL003 from './structure/PL003-duplicate-name';
import PL004 from './structure/PL004-invalid-value';
import PL005 from './structure/PL005-missing-role';
import PL006 from './structure/PL006-invalid-term';
import PL007 from './structure/PL007-unresolved-import';
import PL008 from './structure/PL008-unused-suppression';
import { rules as overPromising } from './overpromising/index';
import { rules as emergencies } from './emergencies/index';
import { rules as balance } from './balance/index';

export const RULES: readonly Rule<any>[] = [
  PL000,
  PL001,
  PL002,
  PL003,
  PL004,
  PL005,
  PL006,
  PL007,
  PL008,
  ...overPromising,
  ...emergencies,
  ...balance,
];

const byKey = new Map<string, Rule<any>>();
for (const r of RULES) {
  byKey.set(r.id, r);
  byKey.set(r.name, r);
}

/** A rule by id (`PL201`) or name (`missing-emergency`). */
export function findRule(idOrName: string): Rule<any> | undefined {
  return byKey.get(idOrName) ?? byKey.get(idOrName.toUpperCase());
}
