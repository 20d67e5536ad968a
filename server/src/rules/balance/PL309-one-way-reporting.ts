import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { plural } from './common';

type Report = A.ReportedBy & { from: A.Name; to: A.Name };

export default defineRule({
  id: 'PL309',
  name: 'one-way-reporting',
  family: 'balance',
  severity: 'info',
  description: 'KPIs are reported only from one party to the other and there is no review `by both`.',
  why: 'Figures that flow one way and are never discussed together inform, but do not build a shared view of how the service goes.',
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
        message:
          `${reports.length === 1 ? 'the only KPI report goes' : `all ${plural(reports.length, 'KPI report')} go`} from \`${first.from.text}\` to \`${first.to.text}\` and no review is held \`by both\`: ` +
          `the figures are never discussed together`,
        related: [
          ...reports.slice(1).map((r) => ({ file: ctx.file, span: r.keyword, message: `also reported by \`${r.from.text}\` to \`${r.to.text}\`` })),
          ...(review ? [{ file: ctx.file, span: review.keyword, message: 'the review, not held by both parties' }] : []),
        ],
      });
    }
  },
});
