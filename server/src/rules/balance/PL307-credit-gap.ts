import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { formatPercent } from '../../semantics/format';

export default defineRule({
  id: 'PL307',
  name: 'credit-gap',
  family: 'balance',
  severity: 'info',
  description: 'The highest `below` threshold is lower than the availability target.',
  why: 'Between the target and the first credit the promise is broken and nothing follows, so the target is not really promised.',
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
          message:
            `\`${svc.name ?? 'the service'}\` promises ${formatPercent(target.value)}, but the first credit starts below ` +
            `${formatPercent(highest.threshold.value)}: from ${formatPercent(highest.threshold.value)} up to ` +
            `${formatPercent(target.value)} the promise is broken and nothing follows`,
          related: [{ file: ctx.file, span: target.span, message: 'the availability target' }],
        });
      }
    }
  },
});
