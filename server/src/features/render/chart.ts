// The weekly coverage chart of a service: seven rows, Monday to Sunday, each
// 24 hours wide, showing support, cover by the emergency line only,
// maintenance windows and uncovered time, with the longest gap outlined.
//
// Drawn from the computed weekly schedules (semantics/coverage.ts), never from
// the text. Readable without colour: support is a solid tone, the emergency
// line is hatched, maintenance is cross-hatched in a band at the foot of the
// row, uncovered time is blank, and the legend names each. Colours come from
// CSS variables (light and dark); the HTML writer's style sheet sets them.

import { t } from '../../i18n/index';
import { daySlicesOf, type CoverageKind, type DaySlice, type WeekCoverage } from '../../semantics/coverage';
import { formatDuration } from '../../semantics/format';
import type { WeeklySchedule } from '../../semantics/schedule';
import { escapeHtml } from './escape';
import { dayName, scheduleWords, windowWords } from './words';

export interface CoverageChart {
  /** Unique within the document: prefixes the SVG's pattern ids. */
  id: string;
  /** The service, as a reader names it. */
  service: string;
  coverage: WeekCoverage;
  /** The chart in words, one sentence per line (its text alternative). */
  lines: string[];
}

/** Where things are drawn, shared with the test that reads the SVG back. */
export const CHART = {
  width: 760,
  /** x of 00:00. */
  x0: 96,
  /** Width of one minute. */
  minute: 0.45,
  /** y of Monday's row. */
  y0: 28,
  rowHeight: 24,
  /** From one row's top to the next. */
  pitch: 32,
  /** The maintenance band: its top as a fraction of the row height. */
  bandTop: 0.6,
} as const;

const KINDS: readonly CoverageKind[] = ['support', 'emergency', 'uncovered'];

/** The label of a kind of cover. */
export function kindLabel(kind: CoverageKind | 'gap'): string {
  switch (kind) {
    case 'support':
      return t('render.chart.support');
    case 'emergency':
      return t('render.chart.emergency');
    case 'maintenance':
      return t('render.chart.maintenance');
    case 'uncovered':
      return t('render.chart.uncovered');
    default:
      return t('render.chart.gap');
  }
}

/** The schedule of one kind of cover. */
export function scheduleOf(c: WeekCoverage, kind: CoverageKind): WeeklySchedule {
  return c[kind];
}

/** The text alternative: each kind of cover in words, then the longest gap. */
export function chartLines(c: WeekCoverage, gapText: string | undefined): string[] {
  const lines: string[] = [];
  for (const kind of ['support', 'emergency', 'maintenance', 'uncovered'] as const) {
    const s = scheduleOf(c, kind);
    if (s.isEmpty()) continue;
    lines.push(t('render.chart.line', { kind: kindLabel(kind), hours: scheduleWords(s) }));
  }
  lines.push(gapText ? t('render.chart.longest', { gap: gapText }) : t('render.chart.full'));
  return lines;
}

/** Per weekday, the windows of each kind in words (the chart as a table). */
export function chartTable(c: WeekCoverage): Array<{ day: string; cells: Record<CoverageKind, string> }> {
  return Array.from({ length: 7 }, (_, day) => {
    const cells = {} as Record<CoverageKind, string>;
    for (const kind of ['support', 'emergency', 'maintenance', 'uncovered'] as const) {
      const slices = scheduleOf(c, kind).daySlices(day);
      cells[kind] = slices.length ? slices.map((s) => windowWords(s.start, s.end)).join(', ') : t('render.chart.nothing');
    }
    return { day: dayName(day), cells };
  });
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rowY(day: number): number {
  return CHART.y0 + day * CHART.pitch;
}

function xOf(minute: number): number {
  return CHART.x0 + minute * CHART.minute;
}

function rect(cls: string, s: DaySlice, top = 0, height: number = CHART.rowHeight, extra = ''): string {
  return `<rect class="${cls}" x="${num(xOf(s.start))}" y="${num(rowY(s.day) + top)}" width="${num((s.end - s.start) * CHART.minute)}" height="${num(height)}"${extra}/>`;
}

/** The chart as an inline SVG (for HTML). */
export function chartSvg(chart: CoverageChart): string {
  const c = chart.coverage;
  const id = chart.id;
  const legendY = rowY(7) + 8;
  const height = legendY + 28;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const out: string[] = [];
  out.push(
    `<svg class="coverage" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
  );
  out.push(`<title id="${titleId}">${escapeHtml(t('render.chart.svgTitle', { service: chart.service }))}</title>`);
  out.push(`<desc id="${descId}">${escapeHtml(t('render.chart.desc', { text: chart.lines.join(' ') }))}</desc>`);
  out.push('<defs>');
  out.push(
    `<pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect class="cov-hatch-bg" width="6" height="6"/><line class="cov-hatch" x1="0" y1="0" x2="0" y2="6"/></pattern>`,
  );
  out.push(
    `<pattern id="${id}-cross" patternUnits="userSpaceOnUse" width="5" height="5"><rect class="cov-cross-bg" width="5" height="5"/><path class="cov-hatch" d="M0 0L5 5M5 0L0 5"/></pattern>`,
  );
  out.push('</defs>');
  const fill = (kind: CoverageKind) => (kind === 'emergency' ? ` fill="url(#${id}-hatch)"` : kind === 'maintenance' ? ` fill="url(#${id}-cross)"` : '');

  // Hour axis.
  for (let h = 0; h <= 24; h += 3) {
    const x = num(xOf(h * 60));
    out.push(`<line class="cov-tick" x1="${x}" y1="${CHART.y0 - 4}" x2="${x}" y2="${rowY(6) + CHART.rowHeight}"/>`);
    out.push(`<text class="cov-hour" x="${x}" y="${CHART.y0 - 8}" text-anchor="middle">${String(h).padStart(2, '0')}:00</text>`);
  }
  // Rows: support, emergency-only and uncovered time partition each day.
  for (let day = 0; day < 7; day++) {
    out.push(`<text class="cov-day" x="${CHART.x0 - 8}" y="${num(rowY(day) + CHART.rowHeight / 2 + 4)}" text-anchor="end">${escapeHtml(dayName(day))}</text>`);
  }
  for (const kind of KINDS) {
    for (const s of daySlicesOf(scheduleOf(c, kind).intervals)) out.push(rect(`cov cov-${kind}`, s, 0, CHART.rowHeight, fill(kind)));
  }
  // Maintenance: a cross-hatched band at the foot of the row, over whatever cover it falls in.
  const bandTop = CHART.rowHeight * CHART.bandTop;
  for (const s of daySlicesOf(c.maintenance.intervals)) out.push(rect('cov cov-maintenance', s, bandTop, CHART.rowHeight - bandTop, fill('maintenance')));
  // Row frames.
  for (let day = 0; day < 7; day++) {
    out.push(`<rect class="cov-frame" x="${CHART.x0}" y="${rowY(day)}" width="${num(1440 * CHART.minute)}" height="${CHART.rowHeight}"/>`);
  }
  // The longest gap: outlined, and labelled in its widest piece.
  if (c.longestGap) {
    const pieces = daySlicesOf([{ start: c.longestGap.start, end: c.longestGap.end }]);
    for (const s of pieces) out.push(rect('cov-gap', s, 1, CHART.rowHeight - 2));
    const widest = pieces.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a), pieces[0]!);
    const label = t('render.chart.gapLabel', { length: formatDuration(c.longestGap.minutes) });
    const width = (widest.end - widest.start) * CHART.minute;
    if (width >= label.length * 6) {
      out.push(
        `<text class="cov-gap-label" x="${num(xOf((widest.start + widest.end) / 2))}" y="${num(rowY(widest.day) + CHART.rowHeight / 2 + 4)}" text-anchor="middle">${escapeHtml(label)}</text>`,
      );
    }
  }
  // Legend.
  const legend: Array<[CoverageKind | 'gap', string]> = [
    ['support', 'cov cov-support'],
    ['emergency', 'cov cov-emergency'],
    ['maintenance', 'cov cov-maintenance'],
    ['uncovered', 'cov cov-uncovered'],
    ['gap', 'cov-gap'],
  ];
  let x = CHART.x0;
  out.push(`<g class="cov-legend">`);
  for (const [kind, cls] of legend) {
    const f = kind === 'gap' ? '' : fill(kind);
    out.push(`<rect class="${cls} cov-key" x="${x}" y="${legendY}" width="18" height="12"${f}/>`);
    const label = kindLabel(kind);
    out.push(`<text class="cov-legend-text" x="${x + 24}" y="${legendY + 10}">${escapeHtml(label)}</text>`);
    x += 24 + label.length * 6.4 + 20;
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('');
}
