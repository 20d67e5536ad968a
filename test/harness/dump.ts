// A readable dump of an AST for golden files: one node per line, spans as line:col.

import type { File, Span } from '../../server/src/syntax/ast';
import { LineIndex } from '../../server/src/syntax/positions';

const HIDDEN = new Set(['span', 'kind', 'imports', 'parties', 'calendars', 'agreements']);

export function dumpAst(file: File, text: string): string {
  const index = new LineIndex(text);
  const at = (s: Span) => {
    const a = index.position(s.start);
    const b = index.position(s.end);
    return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
  };
  const lines: string[] = [];
  const visit = (node: Record<string, unknown>, label: string, depth: number) => {
    const pad = '  '.repeat(depth);
    const scalars: string[] = [];
    const children: Array<[string, unknown]> = [];
    for (const [k, v] of Object.entries(node)) {
      if (HIDDEN.has(k) || v === undefined) continue;
      if (k === 'keyword' || k === 'body') scalars.push(`${k}@${at(v as Span)}`);
      else if (v !== null && typeof v === 'object') children.push([k, v]);
      else scalars.push(`${k}=${JSON.stringify(v)}`);
    }
    lines.push(`${pad}${label}${node.kind} @${at(node.span as Span)}${scalars.length ? ' ' + scalars.join(' ') : ''}`);
    for (const [k, v] of children) {
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        lines.push(`${pad}  ${k}:`);
        for (const item of v) visit(item as Record<string, unknown>, '- ', depth + 2);
      } else visit(v as Record<string, unknown>, `${k}: `, depth + 1);
    }
  };
  visit(file as unknown as Record<string, unknown>, '', 0);
  return lines.join('\n') + '\n';
}
