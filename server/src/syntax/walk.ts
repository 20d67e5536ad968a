// Generic traversal of the AST.

import type * as A from './ast';

type Anything = { kind?: unknown; span?: A.Span };

/** Fields that are not children, or that repeat `File.items` (its typed views). */
const SKIP = new Set(['span', 'keyword', 'body', 'imports', 'parties', 'calendars', 'agreements', 'comments']);

/** Every node below `root` (depth first, in field order), including value nodes such as `Percent`. */
export function* descendants(root: object): Generator<Anything & { kind: string; span: A.Span }> {
  for (const [key, value] of Object.entries(root)) {
    if (SKIP.has(key) || value === null || typeof value !== 'object') continue;
    const list: unknown[] = Array.isArray(value) ? value : [value];
    for (const v of list) {
      if (v && typeof v === 'object' && typeof (v as Anything).kind === 'string') {
        yield v as Anything & { kind: string; span: A.Span };
        yield* descendants(v);
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
