// The document model of a rendered agreement: headings, paragraphs, tables,
// lists and charts, with the source span of every clause they show. It is
// built once from an Analysis (model.ts) and written as Markdown or HTML
// (markdown.ts, html.ts), so both formats say exactly the same.

import type { Span } from '../../syntax/ast';
import type { Locale } from '../../i18n/index';
import type { CoverageChart } from './chart';

/** A run of text; `href` links to an element id inside the document. */
export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
  href?: string;
  /** Kept on one line (phone numbers). */
  keep?: boolean;
  /** The text may hold `code` between backticks (rule messages do). */
  ticks?: boolean;
  /** Where `href` leads, in words (Markdown has no in-document anchors). */
  target?: string;
  /** A short label in a small badge (severity, obligation kind). */
  badge?: 'error' | 'warning' | 'info' | 'hint' | 'result' | 'effort' | 'neutral';
}

export type Inlines = Inline[];

/** What ties an element to its clause: an id to link to, and the clause's source span. */
export interface Anchor {
  id?: string;
  src?: Span;
}

export interface Cell extends Anchor {
  content: Inlines;
  /** Extra lines under the content (details in smaller type). */
  details?: Inlines[];
}

export interface Row extends Anchor {
  cells: Cell[];
}

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface Section extends Anchor {
  kind: 'section';
  title: Inlines;
  /** A short line above the title (the kind of document). */
  eyebrow?: string;
  className?: string;
  children: Block[];
}

export interface Paragraph extends Anchor {
  kind: 'paragraph';
  content: Inlines;
  className?: string;
}

export interface Facts {
  kind: 'facts';
  rows: Array<{ label: string; value: Inlines[] } & Anchor>;
}

export interface List extends Anchor {
  kind: 'list';
  ordered?: boolean;
  className?: string;
  items: Array<{ content: Inlines } & Anchor>;
}

export interface Table extends Anchor {
  kind: 'table';
  caption: string;
  columns: Column[];
  /** The first cell of each row heads the row (`<th scope="row">`). */
  rowHeaders: boolean;
  rows: Row[];
  className?: string;
}

export interface Chart {
  kind: 'chart';
  chart: CoverageChart;
}

/** Key figures shown as tiles: a number, a label and a short note. */
export interface Figures {
  kind: 'figures';
  label: string;
  items: Array<{ value: string; label: string; note: string; tone: 'ok' | 'warn' | 'bad' }>;
}

export interface Note {
  kind: 'note';
  content: Inlines;
}

export type Block = Section | Paragraph | Facts | List | Table | Chart | Figures | Note;

export interface RenderedDocument {
  lang: Locale;
  title: string;
  /** Shown above the title of a single agreement. */
  eyebrow?: string;
  blocks: Block[];
  footer: string;
}

export const txt = (text: string): Inline => ({ text });
