import { defineRule } from '../types';

/** The placeholder deadline the quick fix inserts, for the author to adjust. */
export const DEADLINE_PLACEHOLDER = 'within 30 days';

export default defineRule({
  id: 'PL112',
  name: 'unverifiable-result',
  family: 'over-promising',
  severity: 'warning',
  description: 'An obligation `as result` has no timing (`every`, `within` or `by`).',
  why: 'A result without a moment cannot be checked: it is never late, so it is never kept either.',
  tags: ['over-promising', 'obligations'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const o of a.obligations) {
        if (o.as?.value !== 'result' || o.timing) continue;
        const who = o.party?.text ?? 'the party';
        ctx.report({
          span: o.as.span,
          message: `${o.name ? `obligation ${o.name.text}` : 'this obligation'} owes a result from ${who} but says neither when nor how often (\`every\`, \`within\` or \`by\`), so nobody can tell whether it was delivered`,
          fixes: [
            {
              title: 'Add a deadline (`within …`)',
              edits: [{ span: { start: o.as.span.end, end: o.as.span.end }, newText: ` ${DEADLINE_PLACEHOLDER}` }],
            },
            {
              title: 'Make it an effort obligation (`as effort`)',
              edits: [{ span: o.as.span, newText: 'as effort' }],
            },
          ],
        });
      }
    }
  },
});
