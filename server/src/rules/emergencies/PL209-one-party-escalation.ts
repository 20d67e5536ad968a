import { defineRule } from '../types';
import { contactTarget } from './common';

export default defineRule({
  id: 'PL209',
  name: 'one-party-escalation',
  family: 'emergencies',
  severity: 'info',
  description: 'Every contact on the escalation ladder belongs to the provider: the customer never sits at the table.',
  why: 'Escalation between partners means both sides meet; a ladder that stays inside the provider settles problems without the customer.',
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
        const customer = a.customer ? ` \`${a.customer.name}\`` : '';
        ctx.report({
          span: e.keyword,
          message: `${withContact.length === 1 ? 'the only escalation level is a contact' : `all ${withContact.length} escalation levels are contacts`} of the provider \`${provider.name}\` (${names}): the customer${customer} never sits at the table`,
        });
      }
    }
  },
});
