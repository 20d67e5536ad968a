import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { formatPercent } from '../../semantics/format';
import { t } from '../../i18n/index';

type Step = A.Below & { threshold: A.Percent; credit: A.Percent };

export default defineRule({
  id: 'PL306',
  name: 'non-monotonic-credits',
  family: 'balance',
  severity: 'error',
  tags: ['balance', 'credits'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const credits of a.credits) {
        const steps = credits.items.filter((i): i is Step => i.kind === 'Below' && !!i.threshold && !!i.credit);
        for (const step of steps) {
          // The best credit among the steps with a strictly higher threshold.
          const higher = steps.filter((s) => s.threshold.value > step.threshold.value);
          if (higher.length === 0) continue;
          const best = higher.reduce((m, s) => (s.credit.value > m.credit.value ? s : m));
          if (step.credit.value > best.credit.value) continue;
          ctx.report({
            span: step.credit.span,
            message: t('rules.PL306.message', {
              threshold: formatPercent(step.threshold.value),
              credit: formatPercent(step.credit.value),
              higherCredit: formatPercent(best.credit.value),
              higherThreshold: formatPercent(best.threshold.value),
            }),
            related: [{ file: ctx.file, span: best.credit.span, message: t('rules.PL306.creditBelow', { threshold: formatPercent(best.threshold.value) }) }],
          });
        }
      }
    }
  },
});
