// The weekly coverage chart read back: every rect of the SVG turned into
// (day, start minute, end minute, kind) and compared with the schedules
// semantics/ computes — support, emergency-only cover, maintenance and
// uncovered time — and the longest gap outlined where semantics puts it.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART, chartSvg } from '../../server/src/features/render/chart';
import { buildDocument } from '../../server/src/features/render/model';
import type { Block } from '../../server/src/features/render/doc';
import { withLocale } from '../../server/src/i18n/index';
import { formatDuration } from '../../server/src/semantics/format';
import { WeeklySchedule, type Interval } from '../../server/src/semantics/schedule';
import type { ServiceModel } from '../../server/src/semantics/model';
import type { Analysis } from '../../server/src/engine/analyze';
import { analyzeText, REPO } from '../harness/analyze';

const TEXT = `import "../../../samples/parties.pledge"

calendar Plain Mon-Fri 09:00-17:00 timezone "Europe/Amsterdam"
calendar Holidays Mon-Fri 08:00-18:00 timezone "Europe/Amsterdam" holidays "NL"
calendar Evening Mon-Fri 07:00-23:00, Sat 09:00-17:00 timezone "Europe/Amsterdam"

agreement "Charts" {
  provider Acme
  customer DeVaart
  effective 2026-01-01 until 2026-12-31

  service Office "Plain office hours" {
    support Plain
    availability 99.5% per month measured by "monitoring"
  }
  service Holiday "Office hours with public holidays" {
    support Holidays
    maintenance Sun 02:00-06:00 notice 5 days
  }
  service Line "Office hours and an emergency line" {
    support Holidays
    maintenance Sat 22:00-24:00, Sun 00:00-03:00
  }
  service Split "Split windows" {
    support Mon 00:00-06:00, Wed-Thu 12:00-13:00, Sun 20:00-24:00
  }
  emergency for Line {
    reachable Evening via DutyManager phone
    respond within 15 minutes
  }
}
`;

type Kind = 'support' | 'emergency' | 'maintenance' | 'uncovered' | 'gap';
interface Piece {
  day: number;
  start: number;
  end: number;
  kind: Kind;
}

/** The rects of a chart, back in minutes: rows by y, minutes by x. */
function readChart(svg: string): Piece[] {
  const out: Piece[] = [];
  const re = /<rect class="(cov cov-(support|emergency|maintenance|uncovered)|cov-gap)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
  for (const m of svg.matchAll(re)) {
    const kind = (m[2] ?? 'gap') as Kind;
    const x = Number(m[3]);
    const y = Number(m[4]);
    const w = Number(m[5]);
    const day = Math.floor((y - CHART.y0) / CHART.pitch);
    const start = Math.round((x - CHART.x0) / CHART.minute);
    out.push({ day, start, end: start + Math.round(w / CHART.minute), kind });
  }
  return out;
}

/** Week-minute intervals cut at midnight, as the chart should draw them. */
function perDay(list: readonly Interval[], kind: Kind): Piece[] {
  const out: Piece[] = [];
  for (const i of list) {
    for (let from = i.start; from < i.end; ) {
      const day = Math.floor(from / 1440);
      const to = Math.min(i.end, (day + 1) * 1440);
      out.push({ day: day % 7, start: from - day * 1440, end: to - day * 1440, kind });
      from = to;
    }
  }
  return out;
}

const order = (a: Piece, b: Piece) => a.kind.localeCompare(b.kind) || a.day - b.day || a.start - b.start;
const ofKind = (pieces: Piece[], kind: Kind) => pieces.filter((p) => p.kind === kind).sort(order);

function charts(analysis: Analysis): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'section') walk(b.children);
      if (b.kind === 'chart') found.set(b.chart.service, chartSvg(b.chart));
    }
  };
  walk(withLocale('en', () => buildDocument(analysis)).blocks);
  return found;
}

describe('weekly coverage chart', () => {
  const analysis = analyzeText(path.join(REPO, 'test/fixtures/render/charts.pledge'), TEXT);
  const svgs = charts(analysis);
  const services = analysis.model.agreements[0]!.services;
  const service = (name: string) => services.find((s) => s.name === name)!;
  const svgOf = (s: ServiceModel) => svgs.get(s.node.title!.value)!;

  it('analyses the fixture without structural errors and draws one chart per service', () => {
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(svgs.size).toBe(4);
  });

  for (const name of ['Office', 'Holiday', 'Line', 'Split']) {
    it(`${name}: support, emergency-only, maintenance and uncovered rects match the computed schedules`, () => {
      const svc = service(name);
      const sf = analysis.facts.service(svc);
      const pieces = readChart(svgOf(svc));
      const support = sf.support.weekly;
      const reachable = sf.reachable().reduce((acc, r) => acc.union(r.weekly), WeeklySchedule.none());
      const emergency = reachable.minus(support);
      const uncovered = WeeklySchedule.always().minus(support.union(reachable));
      const maintenance = svc.maintenance ? analysis.facts.schedule(svc.maintenance.schedule, svc.agreement).weekly : WeeklySchedule.none();
      expect(ofKind(pieces, 'support')).toEqual(perDay(support.intervals, 'support'));
      expect(ofKind(pieces, 'emergency')).toEqual(perDay(emergency.intervals, 'emergency'));
      expect(ofKind(pieces, 'uncovered')).toEqual(perDay(uncovered.intervals, 'uncovered'));
      expect(ofKind(pieces, 'maintenance')).toEqual(perDay(maintenance.intervals, 'maintenance'));
      // Support, emergency-only and uncovered time fill every day exactly once.
      for (let day = 0; day < 7; day++) {
        const row = pieces.filter((p) => p.day === day && ['support', 'emergency', 'uncovered'].includes(p.kind)).sort((a, b) => a.start - b.start);
        expect(row[0]!.start).toBe(0);
        for (let k = 1; k < row.length; k++) expect(row[k]!.start).toBe(row[k - 1]!.end);
        expect(row[row.length - 1]!.end).toBe(1440);
      }
    });
  }

  it('draws the windows where they are written', () => {
    const office = readChart(svgOf(service('Office')));
    expect(ofKind(office, 'support')).toEqual([0, 1, 2, 3, 4].map((day) => ({ day, start: 540, end: 1020, kind: 'support' })));
    const line = readChart(svgOf(service('Line')));
    expect(ofKind(line, 'emergency')).toEqual([
      ...[0, 1, 2, 3, 4].flatMap((day) => [
        { day, start: 420, end: 480, kind: 'emergency' },
        { day, start: 1080, end: 1380, kind: 'emergency' },
      ]),
      { day: 5, start: 540, end: 1020, kind: 'emergency' },
    ]);
    expect(ofKind(line, 'maintenance')).toEqual([
      { day: 5, start: 1320, end: 1440, kind: 'maintenance' },
      { day: 6, start: 0, end: 180, kind: 'maintenance' },
    ]);
    expect(ofKind(readChart(svgOf(service('Holiday'))), 'maintenance')).toEqual([{ day: 6, start: 120, end: 360, kind: 'maintenance' }]);
  });

  it('outlines the longest gap where semantics puts it, wrapping from Sunday into Monday', () => {
    // Office: Fri 17:00 → Mon 09:00 (64 h), the weekly longest gap of the support schedule.
    const office = analysis.facts.service(service('Office'));
    const gap = office.gap(true);
    expect(gap).toEqual({ minutes: 3840, start: 4 * 1440 + 1020, end: 7 * 1440 + 540 });
    const svg = svgOf(service('Office'));
    expect(ofKind(readChart(svg), 'gap')).toEqual(perDay([{ start: gap.start, end: gap.end }], 'gap').sort(order));
    expect(svg).toContain(`longest gap ${formatDuration(gap.minutes)}`);

    // Line: support and the emergency line together leave Sat 17:00 → Mon 07:00 (38 h).
    const line = analysis.facts.service(service('Line'));
    const weekly = line.support.weekly.union(line.reachable()[0]!.weekly).longestGap();
    expect(weekly).toEqual({ minutes: 2280, start: 5 * 1440 + 1020, end: 7 * 1440 + 420 });
    expect(ofKind(readChart(svgOf(service('Line'))), 'gap')).toEqual(perDay([weekly], 'gap').sort(order));
    // Over the dated term the holidays can only lengthen it, never shorten it.
    expect(line.gap(true).minutes).toBeGreaterThanOrEqual(weekly.minutes);

    // Split: the longest gap runs from Thu 13:00 to Sun 20:00 (79 h), longer than Mon 06:00 → Wed 12:00 (54 h).
    const split = readChart(svgOf(service('Split')));
    expect(analysis.facts.service(service('Split')).gap(true)).toEqual({ minutes: 4740, start: 3 * 1440 + 780, end: 6 * 1440 + 1200 });
    expect(ofKind(split, 'gap')).toEqual(perDay([{ start: 3 * 1440 + 780, end: 6 * 1440 + 1200 }], 'gap').sort(order));
  });

  it('is readable without colour: patterns, a legend and a text alternative', () => {
    const svg = svgOf(service('Line'));
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<pattern id=');
    expect(svg).toMatch(/<title id="[^"]+">Weekly cover of Office hours and an emergency line<\/title>/);
    expect(svg).toContain('Emergency line only: Monday to Friday 07:00–08:00 and 18:00–23:00; Saturday 09:00–17:00.');
    expect(svg).toContain('Longest stretch without any cover: 1 d 14 h (Sat 17:00 → Mon 07:00).');
    for (const label of ['Support', 'Emergency line only', 'Maintenance', 'Not covered', 'Longest gap']) expect(svg).toContain(`>${label}</text>`);
  });
});
