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
 * The fields of each kind of node that hold nodes, in field order (held by
 * test/syntax/walk.test.ts, which compares the walk with an exhaustive one).
 * Value nodes (LEAF_KINDS) hold none.
 */
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  File: ['items'],
  Import: ['path'],
  Party: ['name', 'title', 'contacts'],
  Contact: ['name', 'title', 'fields'],
  ContactField: ['value'],
  Calendar: ['name', 'schedule', 'timezone', 'holidays'],
  Schedule: ['ref', 'windows'],
  Window: ['from', 'to', 'start', 'end'],
  Agreement: ['title', 'items'],
  Provider: ['party'],
  Customer: ['party'],
  Version: ['value'],
  Effective: ['from', 'until'],
  Service: ['name', 'title', 'items'],
  Support: ['schedule'],
  Availability: ['percent', 'period', 'options'],
  MeasuredBy: ['source'],
  ExcludingMaintenance: [],
  DuringSupport: [],
  MaxDowntime: ['duration'],
  DowntimeCountedFrom: ['from'],
  Maintenance: ['schedule', 'notice'],
  Capacity: ['text', 'buyer'],
  DependsOn: ['obligation'],
  Priority: ['name', 'title', 'items'],
  Respond: ['duration', 'as'],
  Resolve: ['duration', 'as'],
  Clock: ['from'],
  Kpi: ['name', 'title', 'items'],
  KpiFor: ['service'],
  Target: ['direction', 'value', 'period'],
  KpiMeasuredBy: ['source'],
  ReportedBy: ['from', 'to', 'period'],
  Escalation: ['service', 'levels'],
  Level: ['number', 'contact', 'after'],
  ContactRef: ['party', 'contact'],
  Emergency: ['service', 'items'],
  Reachable: ['schedule', 'contact', 'channel'],
  EmergencyRespond: ['duration'],
  Precondition: ['text'],
  Afterwards: ['text'],
  Credits: ['service', 'items'],
  Below: ['threshold', 'credit'],
  Cap: ['percent'],
  Claim: ['duration'],
  SoleRemedy: [],
  Obligation: ['name', 'party', 'text', 'as', 'timing'],
  Every: ['period'],
  Within: ['duration'],
  By: ['date'],
  Remedy: ['from', 'to', 'text'],
  Termination: ['party', 'notice'],
  Change: ['by', 'notice'],
  Review: ['period', 'by'],
};

type Visited = Anything & { kind: string; span: A.Span };

/**
 * Every node below `root` (depth first, in field order), including value
 * nodes such as `Percent`. One pass with an explicit list: no nested
 * generators, whose cost grows with the depth of every node.
 */
export function descendants(root: object): Visited[] {
  const out: Visited[] = [];
  forEachDescendant(root, (n) => out.push(n));
  return out;
}

/** Calls `fn` on every node below `root`, in the order of `descendants`, without making the list. */
export function forEachDescendant(root: object, fn: (node: Visited) => void): void {
  collect(root, fn);
}

function collect(node: object, fn: (node: Visited) => void): void {
  const record = node as Record<string, unknown>;
  const kind = (node as Anything).kind;
  const fields = typeof kind === 'string' ? CHILDREN[kind] : undefined;
  if (fields) {
    for (let i = 0; i < fields.length; i++) visit(record[fields[i]!], fn);
  } else {
    // A node the table does not know: look in every field.
    for (const key in record) if (!SKIP.has(key)) visit(record[key], fn);
  }
}

function visit(value: unknown, fn: (node: Visited) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) add(value[i], fn);
  } else {
    add(value, fn);
  }
}

function add(v: unknown, fn: (node: Visited) => void): void {
  const kind = v && typeof v === 'object' ? (v as Anything).kind : undefined;
  if (typeof kind !== 'string') return;
  fn(v as Visited);
  if (!LEAF_KINDS.has(kind)) collect(v as object, fn);
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
