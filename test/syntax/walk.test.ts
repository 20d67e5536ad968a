// The generic AST walk (syntax/walk.ts): it does not look inside value nodes
// (LEAF_KINDS), so those must never hold nodes; and it finds every node an
// exhaustive walk finds. Checked over every fixture, sample and AST case,
// recovered trees included.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { descendants, LEAF_KINDS } from '../../server/src/syntax/walk';
import { REPO } from '../harness/analyze';

function pledgeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return pledgeFiles(file);
    return name.endsWith('.pledge') ? [file] : [];
  });
}

const FILES = [...pledgeFiles(path.join(REPO, 'samples')), ...pledgeFiles(path.join(REPO, 'test/fixtures'))];

type Node = { kind: string };
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && typeof (v as Node).kind === 'string';

/** Every node below `node`, looking inside every field but the typed views of File. */
function exhaustive(node: object, out: Node[] = []): Node[] {
  for (const [key, value] of Object.entries(node)) {
    if (['span', 'keyword', 'body', 'imports', 'parties', 'calendars', 'agreements', 'comments'].includes(key)) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (isNode(v)) {
        out.push(v);
        exhaustive(v, out);
      }
    }
  }
  return out;
}

describe('the AST walk', () => {
  it('reads many files', () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it('value nodes hold no nodes, and the walk finds every node', () => {
    for (const file of FILES) {
      const ast = parse(readFileSync(file, 'utf8')).file;
      const all = exhaustive(ast);
      for (const n of all) {
        if (LEAF_KINDS.has(n.kind)) expect(exhaustive(n), `${path.relative(REPO, file)}: ${n.kind} holds nodes`).toEqual([]);
      }
      expect(descendants(ast), path.relative(REPO, file)).toEqual(all);
    }
  });
});
