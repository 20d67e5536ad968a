import { defineRule } from '../types';
import { formatDuration, formatDurationWords } from '../../semantics/format';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

export default defineRule<{ 'min-claim': number }>({
  id: 'PL308',
  name: 'customer-burden',
  family: 'balance',
  severity: 'info',
  tags: ['balance', 'credits', 'availability'],
  options: {
    'min-claim': { type: 'duration', default: '30 days' },
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
              message: t('rules.PL308.claim', {
                service: svc.name ?? t('rules.common.theService'),
                claim: claim.duration.text,
                business: yesNo(claim.duration.business),
                duration: formatDuration(minutes),
                min: formatDurationWords(min),
              }),
              fixes: [
                {
                  title: t('rules.PL308.fix.claim', { duration: formatDurationWords(min) }),
                  edits: [{ span: claim.duration.span, newText: formatDurationWords(min) }],
                },
              ],
            });
          }
        }
        for (const o of svc.availability?.options ?? []) {
          if (o.kind !== 'DowntimeCountedFrom' || o.from?.value !== 'report') continue;
          ctx.report({
            span: o.from.span,
            message: t('rules.PL308.fromReport', { service: svc.name ?? t('rules.common.theService') }),
            fixes: [{ title: t('rules.PL308.fix.detection'), edits: [{ span: o.from.span, newText: 'detection' }] }],
          });
        }
      }
    }
  },
});
