import { defineRule } from '../types';
import { appendToBlock } from '../fixes/text';

export default defineRule({
  id: 'PL310',
  name: 'missing-review',
  family: 'balance',
  severity: 'info',
  description: 'The agreement has no `review`, or a review by a single party.',
  why: 'Partners who evaluate together learn where the service and the agreement fall short; one who evaluates alone only judges.',
  tags: ['balance', 'review'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      const review = a.reviews[0];
      if (!review) {
        const title = a.node.title ? `agreement "${a.node.title.value}"` : 'the agreement';
        const edit = a.node.body && appendToBlock(ctx.text, a.node.body, ['review every quarter by both']);
        ctx.report({
          span: a.node.title?.span ?? a.node.keyword,
          message: `${title} has no \`review\`: the parties never evaluate the service and the agreement together`,
          fixes: edit ? [{ title: 'Insert `review every quarter by both`', edits: [edit] }] : undefined,
        });
        continue;
      }
      if (review.by?.kind !== 'Name') continue;
      ctx.report({
        span: review.by.span,
        message: `the review is held by \`${review.by.text}\` alone: the other party has no part in evaluating the service`,
        fixes: [{ title: 'Change to `review … by both`', edits: [{ span: review.by.span, newText: 'both' }] }],
      });
    }
  },
});
