// OpenSLO v1 documents for the promises monitoring tools can track: one
// `Service` per service, one `SLO` per availability commitment and per KPI
// with a percentage target.
//
// Budgeting method:
// - availability → `Timeslices` with one-minute slices. Pledge measures
//   availability as minutes of downtime per period (LANGUAGE.md §5: the
//   budget of 99.9% per month is 43.2 minutes), which is exactly a count of
//   bad one-minute slices against all slices of the period; counting requests
//   (`Occurrences`) would measure something the agreement does not promise.
// - KPI → `Occurrences`: a KPI percentage is a share of events (incidents
//   solved at first contact, forecasts within 5%).
//
// The window is calendar-aligned (`isRolling: false`) because Pledge periods
// are calendar periods; it starts at the agreement's effective date in the
// support calendar's time zone. Whatever OpenSLO has no field for (measurement
// source, exclusions, worst-case figures) goes into `metadata.annotations`
// under the `pledge.dev/` prefix.

import type * as A from '../../syntax/ast';
import type { Analysis } from '../../engine/analyze';
import type { AgreementModel } from '../../semantics/model';
import { formatPercent } from '../../semantics/format';
import { t, type MessageKey } from '../../i18n';
import { agreementStart, exportAnalysis, type ExportedAgreement, type ExportedService } from './model';

export const OPENSLO_API_VERSION = 'openslo/v1';

/** OpenSLO duration shorthand of each Pledge period (README "duration-shorthand": M months, Q quarters, Y years). */
export const PERIOD_SHORTHAND: Record<A.PeriodName, string> = { week: '1w', month: '1M', quarter: '1Q', year: '1Y' };

export interface OpenSloObject {
  apiVersion: typeof OPENSLO_API_VERSION;
  kind: 'Service' | 'SLO';
  metadata: { name: string; displayName?: string; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

/** An RFC 1123 label: lowercase letters, digits and `-`, at most 63 characters, alphanumeric at both ends. */
export function rfc1123(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/g, '');
  return s || 'unnamed';
}

class Names {
  private readonly used = new Set<string>();
  take(base: string): string {
    let name = rfc1123(base);
    for (let k = 2; this.used.has(name); k++) {
      const suffix = `-${k}`;
      name = `${rfc1123(base).slice(0, 63 - suffix.length).replace(/-+$/g, '')}${suffix}`;
    }
    this.used.add(name);
    return name;
  }
}

function periodWord(p: A.PeriodName): string {
  return t(`diff.period.${p}` as MessageKey);
}

function startTime(date: string): string {
  return `${date} 00:00:00`;
}

function description(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.slice(0, 1050);
}

function clean<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** The OpenSLO objects of analysed files, in file, agreement and service order. */
export function toOpenSlo(analyses: readonly Analysis[]): OpenSloObject[] {
  const out: OpenSloObject[] = [];
  const names = new Names();
  for (const analysis of analyses) {
    const exported = exportAnalysis(analysis);
    analysis.model.agreements.forEach((model, i) => {
      const agreement = exported.agreements[i]!;
      const start = agreementStart(analysis, model);
      for (const svc of agreement.services) out.push(...serviceObjects(agreement, model, svc, start, names));
    });
  }
  return out;
}

function serviceObjects(agreement: ExportedAgreement, _model: AgreementModel, svc: ExportedService, start: string, names: Names): OpenSloObject[] {
  const out: OpenSloObject[] = [];
  const serviceName = names.take(svc.name);
  // Commitments OpenSLO cannot express (a target of 100%, a KPI measured in time or counts) are named on the Service.
  const skipped: string[] = [];
  if (svc.availability && svc.availability.percent >= 100) skipped.push(t('export.openslo.availability', { percent: formatPercent(svc.availability.percent), period: periodWord(svc.availability.period) }));
  for (const k of agreement.kpis.filter((k) => k.service === svc.name && k.target)) {
    const target = k.target!;
    const good = target.percent === undefined ? undefined : target.direction === 'at most' ? 100 - target.percent : target.percent;
    if (good === undefined || good >= 100 || good < 0 || !target.period) skipped.push(t('export.openslo.kpi', { kpi: k.name }));
  }
  const common: Record<string, string> = {};
  if (agreement.title) common['pledge.dev/agreement'] = agreement.title;
  if (agreement.version) common['pledge.dev/agreement-version'] = agreement.version;
  if (agreement.provider) common['pledge.dev/provider'] = agreement.provider;
  if (agreement.customer) common['pledge.dev/customer'] = agreement.customer;
  out.push({
    apiVersion: OPENSLO_API_VERSION,
    kind: 'Service',
    metadata: clean({
      name: serviceName,
      displayName: svc.title ?? svc.name,
      annotations: { ...common, 'pledge.dev/service': svc.name, ...(skipped.length ? { 'pledge.dev/not-expressible': skipped.join('; ') } : {}) },
    }),
    spec: clean({ description: description(svc.title) }),
  });
  const timeZone = svc.support?.timezone;
  const window = (period: A.PeriodName) => [
    { duration: PERIOD_SHORTHAND[period], calendar: { startTime: startTime(start), timeZone: timeZone ?? 'UTC' }, isRolling: false },
  ];
  const zoneNote: Record<string, string> = timeZone ? {} : { 'pledge.dev/time-zone': t('export.openslo.timeZoneAssumed') };

  const av = svc.availability;
  if (av && av.percent < 100) {
    const annotations: Record<string, string> = {
      ...common,
      ...zoneNote,
      'pledge.dev/service': svc.name,
      'pledge.dev/availability-percent': String(av.percent),
      'pledge.dev/period': av.period,
      'pledge.dev/downtime-budget-minutes': String(av.budget.minutes),
      'pledge.dev/excluding-maintenance': String(av.excludingMaintenance),
      'pledge.dev/during-support': String(av.duringSupport),
    };
    if (av.measuredBy) annotations['pledge.dev/measured-by'] = av.measuredBy;
    if (av.maxDowntime) annotations['pledge.dev/max-downtime-minutes'] = String(av.maxDowntime.minutes);
    if (av.downtimeCountedFrom) annotations['pledge.dev/downtime-counted-from'] = av.downtimeCountedFrom;
    if (av.duringSupport && svc.support) annotations['pledge.dev/support-minutes-per-week'] = String(svc.support.minutesPerWeek);
    const sloName = names.take(`${svc.name}-availability`);
    out.push({
      apiVersion: OPENSLO_API_VERSION,
      kind: 'SLO',
      metadata: { name: sloName, displayName: t('export.openslo.sloAvailability', { service: svc.name, percent: formatPercent(av.percent), period: periodWord(av.period) }), annotations },
      spec: clean({
        description: description(av.measuredBy),
        service: serviceName,
        indicator: {
          metadata: { name: names.take(`${svc.name}-uptime`) },
          spec: {
            description: description(av.measuredBy ?? svc.title),
            ratioMetric: { counter: false, rawType: 'success', raw: { metricSource: { spec: clean({ measuredBy: av.measuredBy }) } } },
          },
        },
        timeWindow: window(av.period),
        budgetingMethod: 'Timeslices',
        objectives: [
          { displayName: t('export.openslo.objective', { percent: formatPercent(av.percent), period: periodWord(av.period) }), target: ratio(av.percent), timeSliceTarget: 1, timeSliceWindow: '1m' },
        ],
      }),
    });
  }

  for (const k of agreement.kpis.filter((k) => k.service === svc.name)) {
    const target = k.target;
    if (target?.percent === undefined || !target.period) continue;
    // A KPI promising "at most p%" is met when at least 100 − p% of events are good.
    const good = target.direction === 'at most' ? 100 - target.percent : target.percent;
    if (good >= 100 || good < 0) continue;
    const annotations: Record<string, string> = {
      ...common,
      ...zoneNote,
      'pledge.dev/service': svc.name,
      'pledge.dev/kpi': k.name,
      'pledge.dev/target-direction': target.direction ?? 'at least',
      'pledge.dev/target-percent': String(target.percent),
      'pledge.dev/target-period': target.period,
    };
    if (k.measuredBy) annotations['pledge.dev/measured-by'] = k.measuredBy;
    const reports = k.reportedBy.filter((r) => r.from);
    if (reports.length) annotations['pledge.dev/reported-by'] = reports.map((r) => r.from).join(', ');
    out.push({
      apiVersion: OPENSLO_API_VERSION,
      kind: 'SLO',
      metadata: { name: names.take(`${svc.name}-${k.name}`), displayName: k.title ?? k.name, annotations },
      spec: clean({
        description: description(k.title),
        service: serviceName,
        indicator: {
          metadata: { name: names.take(`${svc.name}-${k.name}-ratio`) },
          spec: {
            description: description(k.measuredBy ?? k.title),
            ratioMetric: {
              counter: false,
              rawType: target.direction === 'at most' ? 'failure' : 'success',
              raw: { metricSource: { spec: clean({ measuredBy: k.measuredBy }) } },
            },
          },
        },
        timeWindow: window(target.period),
        budgetingMethod: 'Occurrences',
        objectives: [
          {
            displayName: t(target.direction === 'at most' ? 'export.openslo.kpiAtMost' : 'export.openslo.kpiAtLeast', {
              percent: formatPercent(target.percent),
              period: periodWord(target.period),
            }),
            target: ratio(good),
          },
        ],
      }),
    });
  }
  return out;
}

/** A percentage as a ratio without binary noise: 99.9 → 0.999. */
export function ratio(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}
