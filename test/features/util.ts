// Offsets in fixture texts for the feature tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, REPO } from '../harness/analyze';
import type { Analysis } from '../../server/src/engine/analyze';

export const FIXTURES = path.join(REPO, 'test/fixtures/features');

/** Analyses a features fixture (or the given text as if saved there). */
export function analyzeFixture(name: string, text = fs.readFileSync(path.join(FIXTURES, name), 'utf8')): Analysis {
  return analyzeText(path.join(FIXTURES, name), text);
}

/**
 * Offset of `inner` inside the `nth` occurrence of `context` in `text`
 * (`inner` defaults to the whole context). Throws when missing, so a changed
 * fixture fails loudly.
 */
export function offsetOf(text: string, context: string, inner = context, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) throw new Error(`\`${context}\` (#${nth}) not in text`);
  }
  const k = context.indexOf(inner);
  if (k < 0) throw new Error(`\`${inner}\` not in \`${context}\``);
  return at + k;
}
