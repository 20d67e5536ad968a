import { defineRule } from '../types';
import { describeDuration, nominalOn, serviceNamed } from './common';

export default defineRule({
  id: 'PL207',
  name: 'escalation-order',
  family: 'emergencies',
  severity: 'warning',
  description: 'Escalation levels are not numbered 1, 2, 3 … in order, or their `after` times do not strictly increase.',
  why: 'A ladder must be climbed one rung at a time: skipped numbers or a later level that starts earlier leave people guessing who is next.',
  tags: ['emergencies', 'escalation'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const e of a.escalations) {
        const svc = serviceNamed(a, e.service);
        const sf = svc && ctx.facts.service(svc);
        const levels = e.levels;
        const wrong = levels.filter((l, i) => l.number && l.number.value !== i + 1);
        if (wrong.length > 0) {
          const written = levels.map((l) => l.number?.text ?? '?').join(', ');
          const numbers = levels.map((l) => l.number?.value).filter((n): n is number => n !== undefined);
          const onlyGaps = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
          ctx.report({
            span: wrong[0]!.number!.span,
            message: `the escalation levels are numbered ${written}: they should run 1 to ${levels.length} in order`,
            fixes: [
              {
                title: `Renumber the levels 1 to ${levels.length}`,
                edits: wrong.map((l) => ({ span: l.number!.span, newText: String(levels.indexOf(l) + 1) })),
                // Closing gaps keeps who comes after whom; reordering numbers would not.
                auto: onlyGaps,
              },
            ],
          });
        }
        let previous: { label: string; after: string; minutes: number } | undefined;
        levels.forEach((l, i) => {
          if (!l.after) return;
          const minutes = nominalOn(sf, l.after);
          const label = `level ${l.number?.text ?? i + 1}`;
          if (previous && minutes <= previous.minutes) {
            ctx.report({
              span: l.after.span,
              message: `${label} starts after ${describeDuration(l.after, minutes)}, not later than ${previous.label} after ${previous.after}: each level must start strictly later than the one before`,
            });
          }
          previous = { label, after: describeDuration(l.after, minutes), minutes };
        });
      }
    }
  },
});
