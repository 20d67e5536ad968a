// Writes the document model as GitHub-flavoured Markdown that also reads well
// as plain text: headings, lists, pipe tables, and the weekly cover as a table
// of windows per day.

import { t } from '../../i18n/index';
import { chartTable, kindLabel } from './chart';
import type { Block, Cell, Inlines, RenderedDocument } from './doc';

/** Escapes Markdown syntax in user text (tables also escape `|`). */
function esc(text: string, inTable = false, ticks = false): string {
  let s = text.replace(ticks ? /([\\*_[\]<>])/g : /([\\`*_[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
  if (inTable) s = s.replace(/\|/g, '\\|');
  return s;
}

/** Markdown emphasis around the words only, keeping surrounding spaces outside. */
function wrap(s: string, mark: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(s)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : s;
}

function inlines(list: Inlines, inTable = false): string {
  const targets: string[] = [];
  const text = list
    .map((i) => {
      let s = esc(i.text, inTable, i.ticks);
      if (!s.trim()) return s;
      if (i.badge && i.badge !== 'neutral' && i.badge !== 'result' && i.badge !== 'effort') s = wrap(s, '**');
      else if (i.strong) s = wrap(s, '**');
      if (i.em) s = wrap(s, '*');
      if (i.target) targets.push(i.target);
      return s;
    })
    .join('');
  // Markdown has no anchors of its own: name the clause a link leads to.
  return text + targets.map((target) => ` — ${esc(t('render.score.concerns', { clause: target }), inTable)}`).join('');
}

function cell(c: Cell): string {
  const parts = [inlines(c.content, true), ...(c.details ?? []).map((d) => inlines(d, true))].filter((p) => p.trim());
  return parts.join(' — ') || ' ';
}

function table(caption: string, head: string[], rows: string[][], numeric: boolean[] = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const sep = head.map((_, k) => (numeric[k] ? '---:' : '---'));
  return [`*${esc(caption)}*`, '', line(head.map((h) => esc(h, true))), line(sep), ...rows.map(line)].join('\n');
}

function block(b: Block, level: number): string[] {
  switch (b.kind) {
    case 'section': {
      if (b.title.length === 0) return b.children.flatMap((c) => block(c, level));
      const out = [`${'#'.repeat(Math.min(6, level))} ${inlines(b.title)}`];
      if (b.eyebrow) out.push(`*${esc(b.eyebrow)}*`);
      return [...out, ...b.children.flatMap((c) => block(c, level + 1))];
    }
    case 'paragraph':
      return [inlines(b.content)];
    case 'note':
      return [`> ${inlines(b.content)}`];
    case 'facts':
      return [b.rows.map((r) => `- **${esc(r.label)}:** ${r.value.map((v) => inlines(v)).join(' ')}`).join('\n')];
    case 'list':
      return [b.items.map((item, k) => `${b.ordered ? `${k + 1}.` : '-'} ${inlines(item.content)}`).join('\n')];
    case 'table':
      return [
        table(
          b.caption,
          b.columns.map((c) => c.label),
          b.rows.map((r) => r.cells.map(cell)),
          b.columns.map((c) => c.numeric === true),
        ),
      ];
    case 'figures':
      return [b.items.map((i) => `- **${esc(i.label)}:** ${esc(i.value)} (${esc(i.note)})`).join('\n')];
    case 'chart': {
      const kinds = ['support', 'emergency', 'maintenance', 'uncovered'] as const;
      const rows = chartTable(b.chart.coverage).map((r) => [esc(r.day, true), ...kinds.map((k) => r.cells[k])]);
      return [table(t('render.chart.caption'), [t('render.chart.day'), ...kinds.map((k) => kindLabel(k))], rows), b.chart.lines.map((l) => esc(l)).join(' ')];
    }
  }
}

export function writeMarkdown(doc: RenderedDocument): string {
  const out: string[] = [];
  out.push(`# ${esc(doc.title)}`);
  if (doc.eyebrow) out.push(`*${esc(doc.eyebrow)}*`);
  for (const b of doc.blocks) out.push(...block(b, 2));
  out.push('---', `*${esc(doc.footer)}*`);
  return `${out.join('\n\n')}\n`;
}
