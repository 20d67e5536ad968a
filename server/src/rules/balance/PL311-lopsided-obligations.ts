import { defineRule } from '../types';
import { obligationCounts } from '../../semantics/facts';
import { formatNumber } from '../../semantics/format';
import { counterObligationFix, roleParties } from './common';
import { t } from '../../i18n/index';
import { roleText } from '../messages';

export default defineRule<{ ratio: number }>({
  id: 'PL311',
  name: 'lopsided-obligations',
  family: 'balance',
  severity: 'info',
  tags: ['balance', 'obligations'],
  options: {
    ratio: { type: 'number', default: 5 },
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
        message: t('rules.PL311.message', {
          heavy: roleText(heavy.role, heavy.name),
          heavyCount: hn,
          light: roleText(light.role, light.name),
          lightCount: String(ln),
          times: formatNumber(hn / ln),
          ratio: formatNumber(limit),
        }),
        related: [{ file: ctx.file, span: heavy.span, message: roleText(heavy.role, heavy.name) }],
        fixes: fix ? [fix] : undefined,
      });
    }
  },
});
