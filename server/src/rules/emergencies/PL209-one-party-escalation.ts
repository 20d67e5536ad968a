import { defineRule } from '../types';
import { contactTarget } from './common';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

export default defineRule({
  id: 'PL209',
  name: 'one-party-escalation',
  family: 'emergencies',
  severity: 'info',
  tags: ['emergencies', 'escalation', 'balance'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const provider = a.provider;
      if (!provider) continue;
      for (const e of a.escalations) {
        const withContact = e.levels.filter((l) => l.contact?.contact);
        if (withContact.length === 0) continue;
        const targets = withContact.map((l) => contactTarget(ctx, l.contact));
        // An unresolved contact is PL002's business; without it the ladder cannot be judged.
        if (targets.some((t) => t === undefined)) continue;
        if (!targets.every((t) => t!.party?.name === provider.name)) continue;
        const names = [...new Set(targets.map((t) => t!.name))].map((n) => `\`${n}\``).join(', ');
        ctx.report({
          span: e.keyword,
          message: t('rules.PL209.message', {
            count: withContact.length,
            provider: provider.name,
            names,
            named: yesNo(a.customer),
            customer: a.customer?.name ?? '',
          }),
        });
      }
    }
  },
});
