// Writes the document model as one self-contained HTML file: no scripts, no
// remote resources, an inline style sheet for screen (light and dark) and
// print, semantic headings and real tables. With `sourceLinks`, every element
// that shows a clause carries `data-start`/`data-end`: the clause's source
// offsets, which an editor preview uses to reveal it.

import { chartSvg } from './chart';
import type { Anchor, Block, Cell, Inlines, RenderedDocument } from './doc';
import { escapeHtml as esc } from './escape';
import { STYLE } from './style';

export interface HtmlOptions {
  sourceLinks?: boolean;
}

/** Text with `code` between backticks as <code>, everything escaped. */
function withCode(text: string): string {
  return text
    .split('`')
    .map((part, k, all) => (k % 2 === 1 && k < all.length - 1 ? `<code>${esc(part)}</code>` : esc(k % 2 === 1 ? `\`${part}` : part)))
    .join('');
}

class Writer {
  constructor(private readonly options: HtmlOptions) {}

  attrs(a: Anchor, className?: string): string {
    let s = '';
    if (a.id) s += ` id="${esc(a.id)}"`;
    if (className) s += ` class="${esc(className)}"`;
    if (this.options.sourceLinks && a.src) s += ` data-start="${a.src.start}" data-end="${a.src.end}"`;
    return s;
  }

  inlines(list: Inlines): string {
    return list
      .map((i) => {
        let s = i.ticks ? withCode(i.text) : esc(i.text);
        if (i.badge) return `<span class="badge badge-${i.badge}">${s}</span>`;
        if (i.keep && s) s = `<span class="keep">${s}</span>`;
        if (i.strong) s = `<strong>${s}</strong>`;
        if (i.em) s = `<em>${s}</em>`;
        if (i.href) s = `<a href="#${esc(i.href)}">${s}</a>`;
        return s;
      })
      .join('');
  }

  cell(tag: 'td' | 'th', c: Cell, scope?: string, numeric?: boolean): string {
    const details = (c.details ?? []).map((d) => `<span class="detail">${this.inlines(d)}</span>`).join('');
    return `<${tag}${scope ? ` scope="${scope}"` : ''}${this.attrs(c, numeric ? 'num' : undefined)}>${this.inlines(c.content)}${details}</${tag}>`;
  }

  block(b: Block, level: number): string {
    switch (b.kind) {
      case 'section': {
        const tag = b.className === 'agreement' ? 'article' : 'section';
        if (b.title.length === 0) return `<${tag}${this.attrs(b, b.className)}>${b.children.map((c) => this.block(c, level)).join('\n')}</${tag}>`;
        const h = Math.min(6, level);
        const eyebrow = b.eyebrow ? `<p class="eyebrow">${esc(b.eyebrow)}</p>` : '';
        const body = b.children.map((c) => this.block(c, level + 1)).join('\n');
        return `<${tag}${this.attrs(b, b.className)}>\n${eyebrow}<h${h}>${this.inlines(b.title)}</h${h}>\n${body}\n</${tag}>`;
      }
      case 'paragraph':
        return `<p${this.attrs(b, b.className)}>${this.inlines(b.content)}</p>`;
      case 'note':
        return `<p class="note">${this.inlines(b.content)}</p>`;
      case 'facts': {
        const rows = b.rows.map((r) => `<div${this.attrs(r)}><dt>${esc(r.label)}</dt><dd>${r.value.map((v) => `<span class="line">${this.inlines(v)}</span>`).join(' ')}</dd></div>`);
        return `<dl class="facts">\n${rows.join('\n')}\n</dl>`;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const items = b.items.map((i) => `<li${this.attrs(i)}>${this.inlines(i.content)}</li>`).join('\n');
        return `<${tag}${this.attrs(b, b.className)}>\n${items}\n</${tag}>`;
      }
      case 'table': {
        const head = b.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
        const rows = b.rows.map((r) => {
          const cells = r.cells.map((c, k) => (k === 0 && b.rowHeaders ? this.cell('th', c, 'row') : this.cell('td', c, undefined, b.columns[k]?.numeric)));
          return `<tr${this.attrs(r)}>${cells.join('')}</tr>`;
        });
        return `<div class="table-wrap"><table${this.attrs(b, b.className)}>\n<caption>${esc(b.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
      }
      case 'figures': {
        const tiles = b.items.map(
          (i) => `<li class="tile tone-${i.tone}"><span class="tile-value">${esc(i.value)}</span> <span class="tile-label">${esc(i.label)}</span> <span class="tile-note">${esc(i.note)}</span></li>`,
        );
        return `<ul class="tiles" aria-label="${esc(b.label)}">\n${tiles.join('\n')}\n</ul>`;
      }
      case 'chart': {
        const lines = b.chart.lines.map((l) => `<li>${esc(l)}</li>`).join('');
        return `<figure class="chart">${chartSvg(b.chart)}<figcaption><ul class="chart-text">${lines}</ul></figcaption></figure>`;
      }
    }
  }
}

export function writeHtml(doc: RenderedDocument, options: HtmlOptions = {}): string {
  const w = new Writer(options);
  const body = doc.blocks.map((b) => w.block(b, 2)).join('\n');
  const eyebrow = doc.eyebrow ? `<p class="eyebrow">${esc(doc.eyebrow)}</p>\n` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="generator" content="Pledge">',
    `<title>${esc(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="document">',
    `<header class="doc-header">\n${eyebrow}<h1>${esc(doc.title)}</h1>\n</header>`,
    body,
    `<footer class="doc-footer"><p>${esc(doc.footer)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
