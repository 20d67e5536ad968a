import { defineRule } from '../types';
import { formatDuration, formatDurationWords } from '../../semantics/format';

export default defineRule<{ 'min-claim': number }>({
  id: 'PL308',
  name: 'customer-burden',
  family: 'balance',
  severity: 'info',
  description: '`claim within` is shorter than `min-claim` (default 30 days), or downtime is `counted from report`.',
  why: 'Credits that the customer must claim in a hurry, or downtime that counts only once the customer reports it, shift the burden of proof to the customer.',
  tags: ['balance', 'credits', 'availability'],
  options: {
    'min-claim': { type: 'duration', default: '30 days', description: 'The shortest acceptable period for claiming a credit.' },
  },
  check(ctx) {
    const min = ctx.options['min-claim'];
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const facts = ctx.facts.service(svc);
        const claim = svc.credits?.items.find((i) => i.kind === 'Claim');
        if (claim?.kind === 'Claim' && claim.duration) {
          const minutes = facts.nominal(claim.duration);
          if (minutes < min) {
            ctx.report({
              span: claim.duration.span,
              message:
                `credits for \`${svc.name ?? 'the service'}\` must be claimed within ${claim.duration.text}` +
                `${claim.duration.business ? ` (${formatDuration(minutes)} of support time)` : ''}, less than the ` +
                `${formatDurationWords(min)} a customer needs to notice, document and claim a breach (min-claim)`,
            });
          }
        }
        for (const o of svc.availability?.options ?? []) {
          if (o.kind !== 'DowntimeCountedFrom' || o.from?.value !== 'report') continue;
          ctx.report({
            span: o.from.span,
            message:
              `downtime of \`${svc.name ?? 'the service'}\` counts only from the customer's report: ` +
              `an outage the provider has already detected costs nothing until the customer notices and reports it`,
          });
        }
      }
    }
  },
});
