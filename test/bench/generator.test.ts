// The benchmark's generator (bench/generate.ts) is deterministic and writes
// agreements that parse without syntax errors.

import { describe, expect, it } from 'vitest';
import { agreementFile, fileOfLines, Rng, agreement, partiesFile } from '../../bench/generate';
import { parse } from '../../server/src/syntax/parse';

describe('benchmark generator', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    expect(agreementFile(20_000, 3)).toBe(agreementFile(20_000, 3));
    expect(agreementFile(20_000, 4)).not.toBe(agreementFile(20_000, 3));
    expect(fileOfLines(300, 2)).toBe(fileOfLines(300, 2));
  });

  it('reaches the asked size', () => {
    expect(agreementFile(50_000, 1).length).toBeGreaterThanOrEqual(50_000);
    expect(fileOfLines(500, 1).split('\n').length).toBeGreaterThanOrEqual(500);
  });

  it('writes files without syntax errors', () => {
    expect(parse(agreementFile(100_000, 5)).errors).toEqual([]);
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const text = partiesFile(rng, seed) + '\n' + agreement(rng, seed, seed, 1 + (seed % 4));
      expect(parse(text).errors, `seed ${seed}`).toEqual([]);
    }
  });
});
