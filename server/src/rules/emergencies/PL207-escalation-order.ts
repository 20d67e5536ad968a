import { defineRule } from '../types';
import { describeDuration, nominalOn, serviceNamed } from './common';
import { t } from '../../i18n/index';

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
        const wrong = levels.filter((l, i) => l.number && l.number.value !== i + 1);
        if (wrong.length > 0) {
          const written = levels.map((l) => l.number?.text ?? '?').join(', ');
          const numbers = levels.map((l) => l.number?.value).filter((n): n is number => n !== undefined);
          const onlyGaps = numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);
          ctx.report({
            span: wrong[0]!.number!.span,
            message: t('rules.PL207.numbering', { written, count: String(levels.length) }),
            fixes: [
              {
                title: t('rules.PL207.fix.renumber', { count: String(levels.length) }),
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
          const label = t('rules.common.level', { level: l.number?.text ?? String(i + 1) });
          if (previous && minutes <= previous.minutes) {
            ctx.report({
              span: l.after.span,
              message: t('rules.PL207.notLater', { level: label, after: describeDuration(l.after, minutes), previous: previous.label, previousAfter: previous.after }),
            });
          }
          previous = { label, after: describeDuration(l.after, minutes), minutes };
        });
      }
    }
  },
});
