import { defineRule } from '../types';
import { describeDuration, priorityLabel, topResolve } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL208',
  name: 'late-escalation',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies', 'escalation'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const e = svc.escalation;
        if (!e) continue;
        const sf = ctx.facts.service(svc);
        const resolve = topResolve(sf);
        if (!resolve) continue;
        const above = e.levels.filter((l) => l.number && l.number.value > 1 && l.after);
        if (above.length === 0) continue;
        const first = above.reduce((best, l) => (l.number!.value < best.number!.value ? l : best));
        const minutes = sf.nominal(first.after!);
        if (minutes <= resolve.minutes) continue;
        ctx.report({
          span: first.after!.span,
          message: t('rules.PL208.message', {
            level: first.number!.text,
            after: describeDuration(first.after!, minutes),
            priority: priorityLabel(resolve.priority),
            resolve: describeDuration(resolve.duration, resolve.minutes),
          }),
          related: [{ file: ctx.file, span: resolve.clause.span, message: t('rules.PL208.resolveTime', { priority: priorityLabel(resolve.priority) }) }],
        });
      }
    }
  },
});
