import { defineRule } from '../types';

/**
 * Reported by the engine, not by a check: another rule threw while checking
 * the file, so its findings are missing. `analyze` turns every such failure
 * into a PL000 finding, which makes the check fail instead of passing with a
 * rule silently skipped.
 */
export default defineRule({
  id: 'PL000',
  name: 'internal-error',
  family: 'structure',
  severity: 'error',
  tags: ['structure', 'internal'],
  options: {},
  alwaysOn: true,
  check() {},
});
