import { defineRule } from '../types';
import { obligationCounts } from '../../semantics/facts';
import { counterObligationFix, plural, roleParties } from './common';

export default defineRule({
  id: 'PL301',
  name: 'one-sided-obligations',
  family: 'balance',
  severity: 'warning',
  description: 'The customer has no explicit obligation, or the provider has neither an explicit obligation nor a service.',
  why: 'An agreement between equal partners asks something of both sides; a party that owes nothing cannot be held to anything.',
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
          message:
            `the customer \`${customer.name}\` has 0 explicit obligations, while the provider \`${provider.name}\` ` +
            `owes ${plural(counts.get(provider.name) ?? 0, 'explicit obligation')} and ${plural(a.services.length, 'service')}: ` +
            `write down what \`${customer.name}\` owes in return`,
          related: [{ file: ctx.file, span: provider.span, message: `the provider \`${provider.name}\`` }],
          fixes: fix ? [fix] : undefined,
        });
      }
      if (providerOwes === 0) {
        const fix = counterObligationFix(ctx, a, provider.name);
        ctx.report({
          span: provider.span,
          message:
            `the provider \`${provider.name}\` has 0 explicit obligations and 0 services: ` +
            `the agreement does not say what \`${provider.name}\` delivers`,
          related: [{ file: ctx.file, span: customer.span, message: `the customer \`${customer.name}\`` }],
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
