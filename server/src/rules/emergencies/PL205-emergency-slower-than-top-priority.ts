import { defineRule } from '../types';
import { describeDuration, emergencyRespond, priorityLabel, topRespond } from './common';

export default defineRule({
  id: 'PL205',
  name: 'emergency-slower-than-top-priority',
  family: 'emergencies',
  severity: 'warning',
  description: "The emergency respond time is longer than the top priority's respond time.",
  why: 'An emergency is at least as urgent as the worst ordinary incident; answering it more slowly turns the emergency line into a detour.',
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
          message: `the emergency respond time ${describeDuration(respond.duration, minutes)} is longer than ${priorityLabel(top.priority)}'s respond time ${describeDuration(top.duration, top.minutes)}`,
          related: [{ file: ctx.file, span: top.clause.span, message: `${priorityLabel(top.priority)} responds within ${top.duration.text}` }],
        });
      }
    }
  },
});
