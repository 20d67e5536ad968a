import { defineRule } from '../types';
import { placeholder, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

/** The deadline the quick fix starts from, a placeholder for the author to adjust. */
const DEADLINE_PLACEHOLDER = '30 days';

export default defineRule({
  id: 'PL112',
  name: 'unverifiable-result',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'obligations'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const o of a.obligations) {
        if (o.as?.value !== 'result' || o.timing) continue;
        ctx.report({
          span: o.as.span,
          message: t('rules.PL112.message', {
            named: yesNo(o.name),
            name: o.name?.text ?? '',
            party: o.party?.text ?? t('rules.common.theParty'),
          }),
          fixes: [
            {
              title: t('rules.PL112.fix.deadline', { deadline: `within ${DEADLINE_PLACEHOLDER}` }),
              edits: [withPlaceholders({ span: { start: o.as.span.end, end: o.as.span.end }, newText: ` within ${placeholder(DEADLINE_PLACEHOLDER)}` })],
            },
            {
              title: t('rules.PL112.fix.effort'),
              edits: [{ span: o.as.span, newText: 'as effort' }],
            },
          ],
        });
      }
    }
  },
});
