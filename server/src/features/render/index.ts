// Renders an analysed agreement file as a document people sign: Markdown or a
// self-contained HTML file (pure functions over an Analysis).

import type { Analysis } from '../../engine/analyze';
import { writeHtml } from './html';
import { writeMarkdown } from './markdown';
import { buildDocument } from './model';

export type RenderFormat = 'html' | 'md';

export interface RenderOptions {
  format: RenderFormat;
  /** HTML only: `data-start`/`data-end` source offsets on every element that shows a clause. */
  sourceLinks?: boolean;
}

/** The document of one analysed file, in the current locale. */
export function renderDocument(analysis: Analysis, options: RenderOptions): string {
  const doc = buildDocument(analysis);
  return options.format === 'md' ? writeMarkdown(doc) : writeHtml(doc, { sourceLinks: options.sourceLinks });
}

/** True when the file declares at least one agreement (files of only parties and calendars are not rendered in bulk). */
export function hasAgreements(analysis: Analysis): boolean {
  return analysis.model.agreements.length > 0;
}

export { buildDocument } from './model';
export { CHART, chartSvg } from './chart';
