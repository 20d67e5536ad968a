import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { formatDuration } from '../../semantics/format';
import { agreementNominal, roleParties } from './common';

export default defineRule({
  id: 'PL303',
  name: 'one-sided-termination',
  family: 'balance',
  severity: 'warning',
  description: 'Only one party has a termination right, or one notice period is more than twice the other.',
  why: 'A partner that can leave at will, or much sooner than the other, holds the relationship hostage.',
  tags: ['balance', 'termination'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const parties = roleParties(a);
      if (!parties) continue;
      const first = (party: string): A.Termination | undefined => a.terminations.find((t) => t.party?.text === party);
      const byProvider = first(parties.provider.name);
      const byCustomer = first(parties.customer.name);
      // No termination at all: the agreement is silent on leaving, which is symmetric.
      if (!byProvider && !byCustomer) continue;
      if (!byProvider || !byCustomer) {
        const only = (byProvider ?? byCustomer)!;
        const other = byProvider ? parties.customer.name : parties.provider.name;
        ctx.report({
          span: only.party!.span,
          message: `only \`${only.party!.text}\` may terminate the agreement: \`${other}\` has no \`termination\` right`,
        });
        continue;
      }
      const minutes = (t: A.Termination) => (t.notice ? agreementNominal(ctx.facts, a, t.notice) : 0);
      const describe = (t: A.Termination, m: number) => (t.notice ? `${t.notice.text} (${formatDuration(m)})` : 'no notice (0 min)');
      const p = minutes(byProvider);
      const c = minutes(byCustomer);
      const [longer, shorter, lm, sm] = p > c ? [byProvider, byCustomer, p, c] : [byCustomer, byProvider, c, p];
      if (lm <= 2 * sm) continue;
      ctx.report({
        span: longer.notice!.span,
        message:
          `\`${longer.party!.text}\` must give ${describe(longer, lm)} notice, \`${shorter.party!.text}\` ${describe(shorter, sm)}: ` +
          `more than twice as long (${formatDuration(lm)} > 2 × ${formatDuration(sm)})`,
        related: [{ file: ctx.file, span: shorter.notice?.span ?? shorter.keyword, message: `the termination right of \`${shorter.party!.text}\`` }],
      });
    }
  },
});
