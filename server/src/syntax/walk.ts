// Generic traversal of the AST.

import type * as A from './ast';

type Anything = { kind?: unknown; span?: A.Span };

/** Fields that are not children, or that repeat `File.items` (its typed views). */
const SKIP = new Set(['span', 'keyword', 'body', 'imports', 'parties', 'calendars', 'agreements', 'comments']);

/**
 * Value nodes, which hold no nodes (held by test/syntax/walk.test.ts): the
 * walk does not look inside them, and they are most of an AST's nodes.
 */
export const LEAF_KINDS: ReadonlySet<string> = new Set(['Name', 'Str', 'Number', 'Percent', 'Date', 'Time', 'Day', 'Duration', 'Period', 'Kind', 'Word', 'Comment']);

/**
 * Every node below `root` (depth first, in field order), including value
 * nodes such as `Percent`. One pass with an explicit list: no nested
 * generators, whose cost grows with the depth of every node.
 */
export function descendants(root: object): Array<Anything & { kind: string; span: A.Span }> {
  const out: Array<Anything & { kind: string; span: A.Span }> = [];
  collect(root, out);
  return out;
}

function collect(node: object, out: Array<Anything & { kind: string; span: A.Span }>): void {
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (value === null || typeof value !== 'object' || SKIP.has(key)) continue;
    if (Array.isArray(value)) {
      for (const v of value) {
        const kind = v && typeof v === 'object' ? (v as Anything).kind : undefined;
        if (typeof kind === 'string') {
          out.push(v as Anything & { kind: string; span: A.Span });
          if (!LEAF_KINDS.has(kind)) collect(v as object, out);
        }
      }
    } else {
      const kind = (value as Anything).kind;
      if (typeof kind === 'string') {
        out.push(value as Anything & { kind: string; span: A.Span });
        if (!LEAF_KINDS.has(kind)) collect(value, out);
      }
    }
  }
}

/** The innermost chain of nodes whose span contains `offset`, outermost first. */
export function nodesAt(root: A.File, offset: number): Array<Anything & { kind: string; span: A.Span }> {
  const chain: Array<Anything & { kind: string; span: A.Span }> = [root];
  let current: object = root;
  for (;;) {
    let next: (Anything & { kind: string; span: A.Span }) | undefined;
    for (const [key, value] of Object.entries(current)) {
      if (SKIP.has(key) || value === null || typeof value !== 'object') continue;
      const list: unknown[] = Array.isArray(value) ? value : [value];
      for (const v of list) {
        const n = v as Anything & { kind: string; span: A.Span };
        if (n && typeof n.kind === 'string' && n.span && n.span.start <= offset && offset <= n.span.end) {
          next = n;
          break;
        }
      }
      if (next) break;
    }
    if (!next) return chain;
    chain.push(next);
    current = next;
  }
}
