import { defineRule } from '../types';
import { obligationCounts } from '../../semantics/facts';
import { formatNumber } from '../../semantics/format';
import { counterObligationFix, plural, roleParties } from './common';

export default defineRule<{ ratio: number }>({
  id: 'PL311',
  name: 'lopsided-obligations',
  family: 'balance',
  severity: 'info',
  description: 'One party has at least `ratio` (default 5) times as many explicit obligations as the other, and the other has at least one.',
  why: 'When nearly every duty sits on one side, the agreement reads as a list of demands rather than a partnership.',
  tags: ['balance', 'obligations'],
  options: {
    ratio: { type: 'number', default: 5, description: 'How many times as many obligations one party may carry before the balance is reported.' },
  },
  check(ctx) {
    const limit = ctx.options.ratio;
    for (const a of ctx.model.agreements) {
      const parties = roleParties(a);
      if (!parties) continue;
      const counts = obligationCounts(a);
      const p = counts.get(parties.provider.name) ?? 0;
      const c = counts.get(parties.customer.name) ?? 0;
      const [heavy, light, hn, ln] = p >= c ? [parties.provider, parties.customer, p, c] : [parties.customer, parties.provider, c, p];
      if (ln < 1 || hn / ln < limit) continue;
      const fix = counterObligationFix(ctx, a, light.name);
      ctx.report({
        span: light.span,
        message:
          `the ${heavy.role} \`${heavy.name}\` has ${plural(hn, 'explicit obligation')}, the ${light.role} \`${light.name}\` ${ln}: ` +
          `${formatNumber(hn / ln)} times as many (ratio ${formatNumber(limit)})`,
        related: [{ file: ctx.file, span: heavy.span, message: `the ${heavy.role} \`${heavy.name}\`` }],
        fixes: fix ? [fix] : undefined,
      });
    }
  },
});
