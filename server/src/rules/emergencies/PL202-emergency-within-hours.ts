import { WeeklySchedule } from '../../semantics/schedule';
import type { ResolvedSchedule } from '../../semantics/facts';
import { formatHours } from '../../semantics/format';
import { defineRule, type Related } from '../types';
import { addsTime, reachables } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL202',
  name: 'emergency-within-hours',
  family: 'emergencies',
  severity: 'warning',
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
        const related: Related[] = svc.support ? [{ file: ctx.file, span: svc.support.span, message: t('rules.common.supportHours') }] : [];
        const reach = reachables(e);
        const name = svc.name ?? '';
        if (reach.length === 0) {
          ctx.report({
            span: e.keyword,
            message: t('rules.PL202.noReachable', { service: name, gap: formatHours(sf.gap(false).minutes) }),
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
            message: t('rules.PL202.alwaysSupported', { service: name }),
            related,
          });
          continue;
        }
        const weekly = formatHours(union.weekly.coveredMinutesPerWeek());
        const supported = formatHours(sf.support.weekly.coveredMinutesPerWeek());
        ctx.report({
          span: first.schedule?.span ?? first.keyword,
          message: t('rules.PL202.withinSupport', { service: name, reachable: weekly, supported, gap: formatHours(sf.gap(false).minutes) }),
          related: [
            ...related,
            ...reach.slice(1).map((r) => ({ file: ctx.file, span: r.schedule?.span ?? r.keyword, message: t('rules.PL202.alsoWithinSupport') })),
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
