import { defineRule } from '../types';
import { describeDuration, emergencyRespond, priorityLabel, topRespond } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL205',
  name: 'emergency-slower-than-top-priority',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const e = svc.emergency;
        const respond = e && emergencyRespond(e);
        if (!respond?.duration) continue;
        const sf = ctx.facts.service(svc);
        const top = topRespond(sf);
        if (!top) continue;
        const minutes = sf.nominal(respond.duration);
        if (minutes <= top.minutes) continue;
        ctx.report({
          span: respond.duration.span,
          message: t('rules.PL205.message', {
            emergency: describeDuration(respond.duration, minutes),
            priority: priorityLabel(top.priority),
            top: describeDuration(top.duration, top.minutes),
          }),
          related: [{ file: ctx.file, span: top.clause.span, message: t('rules.PL205.respondsWithin', { priority: priorityLabel(top.priority), duration: top.duration.text }) }],
          fixes: [
            {
              title: t('rules.PL205.fix.topRespond', { priority: priorityLabel(top.priority), duration: top.duration.text }),
              edits: [{ span: respond.duration.span, newText: top.duration.text }],
            },
          ],
        });
      }
    }
  },
});
