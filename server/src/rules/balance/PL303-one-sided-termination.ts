import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { formatDuration } from '../../semantics/format';
import { agreementNominal, roleParties } from './common';
import { insertNextTo } from '../fixes/text';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL303',
  name: 'one-sided-termination',
  family: 'balance',
  severity: 'warning',
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
        const notice = only.notice ? ` notice ${only.notice.text}` : '';
        const edit = insertNextTo(ctx.text, a.node, `termination ${other}${notice}`, ['Termination']);
        ctx.report({
          span: only.party!.span,
          message: t('rules.PL303.onlyOne', { party: only.party!.text, other }),
          fixes: edit
            ? [{ title: t('rules.PL303.fix.same', { party: other, notice: only.notice ? 'yes' : 'no', duration: only.notice?.text ?? '' }), edits: [edit] }]
            : undefined,
        });
        continue;
      }
      const minutes = (x: A.Termination) => (x.notice ? agreementNominal(ctx.facts, a, x.notice) : 0);
      const describe = (x: A.Termination, m: number) =>
        x.notice ? t('rules.PL303.notice', { notice: x.notice.text, duration: formatDuration(m) }) : t('rules.PL303.noNotice');
      const p = minutes(byProvider);
      const c = minutes(byCustomer);
      const [longer, shorter, lm, sm] = p > c ? [byProvider, byCustomer, p, c] : [byCustomer, byProvider, c, p];
      if (lm <= 2 * sm) continue;
      ctx.report({
        span: longer.notice!.span,
        message: t('rules.PL303.longer', {
          longer: longer.party!.text,
          longerNotice: describe(longer, lm),
          shorter: shorter.party!.text,
          shorterNotice: describe(shorter, sm),
          longerDuration: formatDuration(lm),
          shorterDuration: formatDuration(sm),
        }),
        related: [
          { file: ctx.file, span: shorter.notice?.span ?? shorter.keyword, message: t('rules.PL303.terminationRight', { party: shorter.party!.text }) },
        ],
      });
    }
  },
});
