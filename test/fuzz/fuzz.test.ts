// A short, seeded slice of the fuzz campaign (`npm run fuzz` runs the long one):
// the same generators and properties, a few seconds' worth.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInput, mutation, validAgreement } from './arbitraries';
import { analyzeInput, checkAnyInput, checkFixes, checkFormatting, sarifValidator } from './properties';
import { parse } from '../../server/src/syntax/parse';

const SEED = 20261130;
const validateSarif = sarifValidator();

describe('fuzz (seeded slice)', () => {
  it('generates agreements that parse, using every construct of the grammar', () => {
    const samples = fc.sample(validAgreement, { numRuns: 150, seed: SEED });
    for (const s of samples) expect(parse(s).errors.map((e) => e.message), s).toEqual([]);
    const all = samples.join('\n');
    const constructs = [
      'import', 'party', 'contact', 'phone', 'email', 'role', 'calendar', 'timezone', 'holidays', 'agreement', 'provider', 'customer',
      'version', 'effective', 'until', 'service', 'support', 'availability', 'measured by', 'excluding maintenance', 'during support',
      'max downtime', 'downtime counted from', 'maintenance', 'notice', 'capacity', 'bought by', 'depends on', 'priority', 'respond within',
      'resolve within', 'clock from', 'kpi', 'target at least', 'target at most', 'reported by', 'escalation for', 'level', 'emergency for',
      'reachable', 'via', 'precondition', 'afterwards', 'credits for', 'below', 'credit', 'cap', 'claim within', 'sole remedy',
      'obligation', 'as result', 'as effort', 'every', 'remedy', 'termination', 'change by', 'review every', '24x7', '24/7', 'business',
      '//', '/*', '\\"', '\r\n',
    ];
    for (const c of constructs) expect(all, c).toContain(c);
  });

  it('any input: analysis returns, findings lie inside the document, JSON and SARIF stay valid, no internal error', () => {
    fc.assert(
      fc.property(anyInput, (text) => {
        checkAnyInput(text, validateSarif);
      }),
      { numRuns: 120, seed: SEED },
    );
  });

  it('valid agreements: formatting is idempotent and keeps every token and comment', () => {
    fc.assert(
      fc.property(validAgreement, (text) => {
        checkFormatting(text);
      }),
      { numRuns: 60, seed: SEED },
    );
  });

  it('valid agreements: every quick fix parses and removes its finding', () => {
    fc.assert(
      fc.property(validAgreement, (text) => {
        checkFixes(text, analyzeInput(text), 3);
      }),
      { numRuns: 25, seed: SEED },
    );
  });

  it('each mutator changes text without throwing, on empty text too', () => {
    fc.assert(
      fc.property(mutation, fc.constantFrom('', 'x', 'party A "a"\n'), (m, t) => {
        expect(typeof m(t)).toBe('string');
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});
