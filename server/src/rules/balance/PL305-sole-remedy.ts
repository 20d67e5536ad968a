import { defineRule } from '../types';

export default defineRule({
  id: 'PL305',
  name: 'sole-remedy',
  family: 'balance',
  severity: 'warning',
  description: 'Credits are declared `sole remedy`.',
  why: 'Capped credits as the only remedy let a provider buy its way out of any failure, however large the damage.',
  tags: ['balance', 'credits', 'remedies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const credits of a.credits) {
        for (const item of credits.items) {
          if (item.kind !== 'SoleRemedy') continue;
          const service = credits.service ? `\`${credits.service.text}\`` : 'the service';
          ctx.report({
            span: item.keyword,
            message: `the credits for ${service} are the sole remedy: whatever the damage, the customer can claim nothing beyond them`,
          });
        }
      }
    }
  },
});
