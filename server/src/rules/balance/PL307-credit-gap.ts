import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { formatPercent } from '../../semantics/format';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL307',
  name: 'credit-gap',
  family: 'balance',
  severity: 'info',
  tags: ['balance', 'credits', 'availability'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const target = svc.availability?.percent;
        if (!target || !svc.credits) continue;
        const steps = svc.credits.items.filter((i): i is A.Below & { threshold: A.Percent } => i.kind === 'Below' && !!i.threshold);
        if (steps.length === 0) continue;
        const highest = steps.reduce((m, s) => (s.threshold.value > m.threshold.value ? s : m));
        if (highest.threshold.value >= target.value) continue;
        ctx.report({
          span: highest.threshold.span,
          message: t('rules.PL307.message', {
            service: svc.name ?? t('rules.common.theService'),
            target: formatPercent(target.value),
            threshold: formatPercent(highest.threshold.value),
          }),
          related: [{ file: ctx.file, span: target.span, message: t('rules.PL307.target') }],
        });
      }
    }
  },
});
