import type * as A from '../../syntax/ast';
import { defineRule, type Fix, type TextEdit } from '../types';
import { describeDuration, nominalOn, serviceNamed } from './common';
import { lineEnd, lineStart } from '../fixes/text';
import { lineBreakLength } from '../../syntax/positions';
import { t } from '../../i18n/index';

/** The line before the one starting at `start`, without its line break. */
function previousLine(text: string, start: number): { start: number; end: number } | undefined {
  if (start === 0) return undefined;
  let end = start - 1;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  return { start: lineStart(text, end), end };
}

/**
 * Reorders a ladder whose `after` times run backwards: the levels sorted by
 * their nominal `after` time and numbered 1 to n. Each level moves with the
 * comment and blank lines above it and the comment after it on its line.
 * Undefined when a level has no number or time, two levels start at the same
 * time, or a level does not sit on a line of its own.
 */
function reorderFix(text: string, levels: readonly A.Level[], minutes: readonly (number | undefined)[]): Fix | undefined {
  if (levels.length < 2 || levels.some((l, i) => !l.number || !l.after || minutes[i] === undefined)) return undefined;
  if (new Set(minutes).size !== minutes.length) return undefined;
  for (const l of levels) {
    const end = lineEnd(text, l.span.start);
    const rest = text.slice(l.span.end, end).trim();
    if (l.span.end > end || text.slice(lineStart(text, l.span.start), l.span.start).trim() !== '' || (rest !== '' && !rest.startsWith('//'))) {
      return undefined;
    }
  }
  // The chunk of each level: from just after the previous level's line (for
  // the first level, from the comment lines right above it) to the end of its own line.
  let start = lineStart(text, levels[0]!.span.start);
  for (let line = previousLine(text, start); line && text.slice(line.start, line.end).trim().startsWith('//'); line = previousLine(text, start)) {
    start = line.start;
  }
  const chunks: Array<{ text: string; from: number }> = [];
  let from = start;
  for (const l of levels) {
    const end = lineEnd(text, l.span.start);
    chunks.push({ text: text.slice(from, end), from });
    from = end + lineBreakLength(text, end);
  }
  const end = lineEnd(text, levels[levels.length - 1]!.span.start);
  const breaks = levels.slice(0, -1).map((l) => {
    const e = lineEnd(text, l.span.start);
    return text.slice(e, e + lineBreakLength(text, e));
  });
  const order = levels.map((_, i) => i).sort((a, b) => minutes[a]! - minutes[b]!);
  if (order.every((o, i) => o === i && levels[i]!.number!.value === i + 1)) return undefined;
  const renumbered = order.map((o, i) => {
    const level = levels[o]!;
    const chunk = chunks[o]!;
    const at = level.number!.span.start - chunk.from;
    return chunk.text.slice(0, at) + String(i + 1) + chunk.text.slice(level.number!.span.end - chunk.from);
  });
  const newText = renumbered.map((c, i) => c + (breaks[i] ?? '')).join('');
  const edit: TextEdit = { span: { start, end }, newText };
  return { title: t('rules.PL207.fix.reorder', { count: String(levels.length) }), edits: [edit] };
}

export default defineRule({
  id: 'PL207',
  name: 'escalation-order',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies', 'escalation'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const e of a.escalations) {
        const svc = serviceNamed(a, e.service);
        const sf = svc && ctx.facts.service(svc);
        const levels = e.levels;
        const minutes = levels.map((l) => (l.after ? nominalOn(sf, l.after) : undefined));
        const known = minutes.filter((m): m is number => m !== undefined);
        const backwards = known.some((m, i) => i > 0 && m <= known[i - 1]!);
        // When the times run backwards, numbering by line order keeps them
        // backwards: the ladder is reordered by time instead.
        let reorder = backwards ? reorderFix(ctx.text, levels, minutes) : undefined;
        const wrong = levels.filter((l, i) => l.number && l.number.value !== i + 1);
        if (wrong.length > 0) {
          const written = levels.map((l) => l.number?.text ?? '?').join(', ');
          const numbers = levels.map((l) => l.number?.value).filter((n): n is number => n !== undefined);
          const onlyGaps = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
          const renumber: Fix = {
            title: t('rules.PL207.fix.renumber', { count: String(levels.length) }),
            edits: wrong.map((l) => ({ span: l.number!.span, newText: String(levels.indexOf(l) + 1) })),
            // Closing gaps keeps who comes after whom; reordering numbers would not.
            auto: onlyGaps,
          };
          ctx.report({
            span: wrong[0]!.number!.span,
            message: t('rules.PL207.numbering', { written, count: String(levels.length) }),
            fixes: [reorder ?? renumber],
          });
          // One finding carries the reordering: the numbering finding when there is one.
          reorder = undefined;
        }
        // Texts are worded only for a level that is reported.
        const label = (i: number) => t('rules.common.level', { level: levels[i]!.number?.text ?? String(i + 1) });
        let previous: { index: number; after: A.Duration; minutes: number } | undefined;
        levels.forEach((l, i) => {
          if (!l.after) return;
          const m = minutes[i]!;
          if (previous && m <= previous.minutes) {
            ctx.report({
              span: l.after.span,
              message: t('rules.PL207.notLater', {
                level: label(i),
                after: describeDuration(l.after, m),
                previous: label(previous.index),
                previousAfter: describeDuration(previous.after, previous.minutes),
              }),
              fixes: reorder ? [reorder] : undefined,
            });
            reorder = undefined;
          }
          previous = { index: i, after: l.after, minutes: m };
        });
      }
    }
  },
});
