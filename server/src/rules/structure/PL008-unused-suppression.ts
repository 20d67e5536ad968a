import { defineRule } from '../types';

/**
 * Reported by the engine, not by a check: a `pledge-disable…` comment that
 * suppresses nothing (LANGUAGE.md §6).
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
