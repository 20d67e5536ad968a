import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { t } from '../../i18n/index';

type Report = A.ReportedBy & { from: A.Name; to: A.Name };

export default defineRule({
  id: 'PL309',
  name: 'one-way-reporting',
  family: 'balance',
  severity: 'info',
  tags: ['balance', 'kpis', 'review'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const reports = a.kpis.flatMap((k) => k.items.filter((i): i is Report => i.kind === 'ReportedBy' && !!i.from && !!i.to));
      if (reports.length === 0) continue;
      const [first] = reports as [Report];
      if (first.from.text === first.to.text) continue;
      if (!reports.every((r) => r.from.text === first.from.text && r.to.text === first.to.text)) continue;
      if (a.reviews.some((r) => r.by?.kind === 'Word' && r.by.value === 'both')) continue;
      const review = a.reviews[0];
      ctx.report({
        span: first.keyword,
        message: t('rules.PL309.message', { count: reports.length, from: first.from.text, to: first.to.text }),
        related: [
          ...reports.slice(1).map((r) => ({ file: ctx.file, span: r.keyword, message: t('rules.PL309.alsoReported', { from: r.from.text, to: r.to.text }) })),
          ...(review ? [{ file: ctx.file, span: review.keyword, message: t('rules.PL309.review') }] : []),
        ],
      });
    }
  },
});
