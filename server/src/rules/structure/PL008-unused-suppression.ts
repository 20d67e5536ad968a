import { defineRule } from '../types';

/**
 * Reported by the engine, not by a check: a `pledge-disable…` comment that
 * suppresses nothing (LANGUAGE.md §6). Only the engine knows, after every
 * other rule has run, which comments suppressed something
 * (engine/suppression.ts). The rule is still registered as data (id, name,
 * severity, docs, configuration) like every other, and `analyze` calls every
 * rule's `check` alike, inside the same PL000 guard: so its check is empty.
 */
export default defineRule({
  id: 'PL008',
  name: 'unused-suppression',
  family: 'structure',
  severity: 'hint',
  tags: ['structure', 'suppression'],
  options: {},
  check() {},
});
