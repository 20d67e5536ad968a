import { WeeklySchedule } from '../../semantics/schedule';
import type { ResolvedSchedule } from '../../semantics/facts';
import { formatHours } from '../../semantics/format';
import { defineRule, type Related } from '../types';
import { addsTime, reachables } from './common';

export default defineRule({
  id: 'PL202',
  name: 'emergency-within-hours',
  family: 'emergencies',
  severity: 'warning',
  description: "An emergency clause's `reachable` schedule adds no time beyond the service's support schedule.",
  why: 'An emergency line that only answers during office hours is the service desk under another name: the night and the weekend stay uncovered.',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const e = svc.emergency;
        if (!e) continue;
        const sf = ctx.facts.service(svc);
        // Under 24x7 support the clause cannot add time either: RULES.md v1.1
        // makes the rule fire there too, on the `reachable` line.
        const related: Related[] = svc.support ? [{ file: ctx.file, span: svc.support.span, message: 'the support hours' }] : [];
        const reach = reachables(e);
        const name = svc.name ?? '';
        if (reach.length === 0) {
          ctx.report({
            span: e.keyword,
            message: `the emergency clause for \`${name}\` has no \`reachable\` schedule, so it adds no time beyond support (the longest gap stays ${formatHours(sf.gap(false).minutes)})`,
            related,
          });
          continue;
        }
        const schedules = reach.map((r) => ctx.facts.schedule(r.schedule, a));
        const union: ResolvedSchedule = {
          weekly: schedules.reduce((acc, s) => acc.union(s.weekly), WeeklySchedule.none()),
          always: false,
          // A holiday counts as covered when any reachable schedule is on duty that day.
          holidays: intersectAll(schedules.map((s) => s.holidays ?? new Set<string>())),
        };
        if (addsTime(sf.support, union)) continue;
        const first = reach[0]!;
        if (sf.alwaysSupported) {
          ctx.report({
            span: first.schedule?.span ?? first.keyword,
            message: `the emergency clause for \`${name}\` adds no time: support is already round the clock (24x7), so the service desk itself is the emergency line`,
            related,
          });
          continue;
        }
        const weekly = formatHours(union.weekly.coveredMinutesPerWeek());
        const supported = formatHours(sf.support.weekly.coveredMinutesPerWeek());
        ctx.report({
          span: first.schedule?.span ?? first.keyword,
          message: `the emergency clause for \`${name}\` is reachable ${weekly} a week, all within the ${supported} of support: it adds no time beyond support, so the longest gap stays ${formatHours(sf.gap(false).minutes)}`,
          related: [
            ...related,
            ...reach.slice(1).map((r) => ({ file: ctx.file, span: r.schedule?.span ?? r.keyword, message: 'also within support' })),
          ],
        });
      }
    }
  },
});

function intersectAll(sets: ReadonlySet<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((d) => rest.every((s) => s.has(d))));
}
