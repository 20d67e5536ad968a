// Reading the import statements of TypeScript sources (static, dynamic,
// re-exports, `import type`), for the architecture checks.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export interface SourceFile {
  /** Path relative to the repository, with `/`. */
  file: string;
  text: string;
}

export interface ImportRef {
  file: string;
  /** The module specifier as written. */
  specifier: string;
  /** 1-based line of the statement. */
  line: number;
}

const PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Removes comments (keeping line breaks), so commented-out imports do not count. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

export function importsOf(source: SourceFile): ImportRef[] {
  const text = withoutComments(source.text);
  const out: ImportRef[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split('\n').length;
      out.push({ file: source.file, specifier: m[1]!, line });
    }
  }
  return out;
}

export function walkSources(root: string, dir: string, ext = '.ts'): SourceFile[] {
  const out: SourceFile[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walkSources(root, p, ext));
    else if (name.endsWith(ext) && !name.endsWith('.d.ts')) out.push({ file: path.relative(root, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') });
  }
  return out;
}

/** The layers of server/src, lowest first (ARCHITECTURE.md). `cli` sits beside `lsp`: it may use every layer below them. */
export const LAYERS = ['i18n', 'syntax', 'semantics', 'rules', 'engine', 'features', 'lsp'] as const;
const RANK: Record<string, number> = { ...Object.fromEntries(LAYERS.map((l, i) => [l, i])), cli: LAYERS.indexOf('lsp') };

/** The layer of a file under server/src (`server/src/<layer>/…`), or undefined. */
export function layerOf(file: string): string | undefined {
  const m = /^server\/src\/([^/]+)\//.exec(file);
  return m?.[1];
}

/** Every import that points against the layers, or leaves the known layers, or uses vscode-languageserver outside lsp. */
export function layerViolations(sources: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const s of sources) {
    const from = layerOf(s.file);
    if (from === undefined || RANK[from] === undefined) {
      problems.push(`${s.file}: not in a known layer (${[...LAYERS, 'cli'].join(', ')})`);
      continue;
    }
    for (const imp of importsOf(s)) {
      if (/^vscode-languageserver(?:$|\/)/.test(imp.specifier) && from !== 'lsp') {
        problems.push(`${s.file}:${imp.line}: imports ${imp.specifier}; only server/src/lsp may`);
      }
      if (!imp.specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(s.file), imp.specifier));
      const to = layerOf(target + (target.endsWith('.ts') ? '' : '/'));
      // Data the server ships with (grammar/snippets.json) is not code: any layer may read it.
      if (!target.startsWith('server/src/') && target.endsWith('.json')) continue;
      if (!target.startsWith('server/src/') || to === undefined) {
        problems.push(`${s.file}:${imp.line}: imports ${imp.specifier}, outside server/src`);
        continue;
      }
      if (to === from) continue;
      if (RANK[to] === undefined) problems.push(`${s.file}:${imp.line}: imports ${imp.specifier}, in no known layer`);
      else if (from === 'cli' && to === 'lsp') problems.push(`${s.file}:${imp.line}: the CLI imports the language server (${imp.specifier})`);
      else if (from === 'lsp' && to === 'cli') problems.push(`${s.file}:${imp.line}: the language server imports the CLI (${imp.specifier})`);
      else if (RANK[to]! > RANK[from]!) problems.push(`${s.file}:${imp.line}: ${from} imports ${to} (${imp.specifier}), against the direction ${LAYERS.join(' → ')}`);
    }
  }
  return problems;
}
