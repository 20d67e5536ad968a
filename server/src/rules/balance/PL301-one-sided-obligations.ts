import { defineRule } from '../types';
import { obligationCounts } from '../../semantics/facts';
import { counterObligationFix, roleParties } from './common';
import { t } from '../../i18n/index';
import { roleText } from '../messages';

export default defineRule({
  id: 'PL301',
  name: 'one-sided-obligations',
  family: 'balance',
  severity: 'warning',
  tags: ['balance', 'obligations'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const parties = roleParties(a);
      if (!parties) continue;
      const counts = obligationCounts(a);
      const { provider, customer } = parties;
      const providerOwes = (counts.get(provider.name) ?? 0) + a.services.length;
      if ((counts.get(customer.name) ?? 0) === 0) {
        const fix = counterObligationFix(ctx, a, customer.name);
        ctx.report({
          span: customer.span,
          message: t('rules.PL301.customerOwesNothing', {
            customer: customer.name,
            provider: provider.name,
            obligations: counts.get(provider.name) ?? 0,
            services: a.services.length,
          }),
          related: [{ file: ctx.file, span: provider.span, message: roleText('provider', provider.name) }],
          fixes: fix ? [fix] : undefined,
        });
      }
      if (providerOwes === 0) {
        const fix = counterObligationFix(ctx, a, provider.name);
        ctx.report({
          span: provider.span,
          message: t('rules.PL301.providerOwesNothing', { provider: provider.name }),
          related: [{ file: ctx.file, span: customer.span, message: roleText('customer', customer.name) }],
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
