import { defineRule } from '../types';
import { preconditions } from './common';

export default defineRule({
  id: 'PL204',
  name: 'procedure-before-action',
  family: 'emergencies',
  severity: 'warning',
  description: 'An emergency clause has a `precondition`.',
  why: 'Someone standing on a burning roof needs action first; the paperwork can follow afterwards.',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const e of a.emergencies) {
        const svc = e.service?.text ?? '';
        for (const p of preconditions(e)) {
          const what = p.text ? ` ${ctx.text.slice(p.text.span.start, p.text.span.end)}` : '';
          ctx.report({
            span: p.keyword,
            message: `the emergency clause for \`${svc}\` demands \`precondition${what}\` before anyone acts: in an emergency, act first and do the procedure afterwards`,
            fixes: [
              {
                title: 'Turn `precondition` into `afterwards`',
                edits: [{ span: p.keyword, newText: 'afterwards' }],
              },
            ],
          });
        }
      }
    }
  },
});
