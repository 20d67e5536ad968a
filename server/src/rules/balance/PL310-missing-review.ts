import { defineRule } from '../types';
import { appendToBlock } from '../fixes/text';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

export default defineRule({
  id: 'PL310',
  name: 'missing-review',
  family: 'balance',
  severity: 'info',
  tags: ['balance', 'review'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const review = a.reviews[0];
      if (!review) {
        const edit = a.node.body && appendToBlock(ctx.text, a.node.body, ['review every quarter by both']);
        ctx.report({
          span: a.node.title?.span ?? a.node.keyword,
          message: t('rules.PL310.noReview', { titled: yesNo(a.node.title), title: a.node.title?.value ?? '' }),
          fixes: edit ? [{ title: t('rules.PL310.fix.insert'), edits: [edit] }] : undefined,
        });
        continue;
      }
      if (review.by?.kind !== 'Name') continue;
      ctx.report({
        span: review.by.span,
        message: t('rules.PL310.alone', { party: review.by.text }),
        fixes: [{ title: t('rules.PL310.fix.both'), edits: [{ span: review.by.span, newText: 'both' }] }],
      });
    }
  },
});
