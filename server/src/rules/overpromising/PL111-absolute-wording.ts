import type * as A from '../../syntax/ast';
import { defineRule } from '../types';
import { valueOffsets } from './common';
import { t } from '../../i18n/index';

/** Absolute words in English and Dutch (matched as whole words, any case). */
const ABSOLUTE_WORDS: readonly string[] = [
  'always', 'never', 'all', 'any', 'every', 'unlimited', 'immediately', 'guarantee', 'guaranteed', 'guarantees',
  'altijd', 'nooit', 'alle', 'elke', 'ieder', 'iedere', 'onbeperkt', 'direct', 'onmiddellijk', 'garanderen', 'garandeert', 'gegarandeerd',
];

/** Whole words: no letter, digit or underscore on either side; `100%` also not after a digit, `.` or `,`. */
const ABSOLUTE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${ABSOLUTE_WORDS.join('|')})(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_.,])100%`,
  'giu',
);

/** Absolute words in a text: their start and end in the text. */
function absoluteWords(value: string): Array<{ word: string; start: number; end: number }> {
  return [...value.matchAll(ABSOLUTE)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export default defineRule({
  id: 'PL111',
  name: 'absolute-wording',
  family: 'over-promising',
  severity: 'info',
  tags: ['over-promising', 'wording'],
  options: {},
  check(ctx) {
    const texts: A.Str[] = [];
    for (const a of ctx.model.agreements) {
      for (const o of a.obligations) if (o.text) texts.push(o.text);
      for (const r of a.remedies) if (r.text) texts.push(r.text);
    }
    for (const s of texts) {
      const offsets = valueOffsets(ctx.text, s);
      for (const w of absoluteWords(s.value)) {
        ctx.report({
          span: { start: offsets[w.start]!, end: offsets[w.end]! },
          message: t('rules.PL111.message', { word: w.word }),
        });
      }
    }
  },
});
