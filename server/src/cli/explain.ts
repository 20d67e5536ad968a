// `pledge explain <id|name>`: a rule's documentation, rendered for the terminal.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { distance } from 'fastest-levenshtein';
import pc from 'picocolors';
import { RULES, findRule } from '../rules/registry';
import { docsUrl } from '../rules/docs';
import type { Rule } from '../rules/types';
import type { Output } from './check';

export interface ExplainOptions {
  color: boolean;
  /** The folder with `<ID>.md` (default: `docs/rules` of the package). */
  docsDir?: string;
  rules?: readonly Rule<any>[];
}

/**
 * `docs/rules` of the package: from the bundled CLI (`server/dist/pledge.cjs`)
 * it is `../../docs/rules`; from the sources one level further up.
 */
export function defaultDocsDir(from: string = __dirname): string {
  let dir = from;
  for (let k = 0; k < 5; k++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(from, '../../docs/rules');
}

/** Up to three rule ids or names close to what was typed. */
export function closeMatches(input: string, rules: readonly Rule<any>[] = RULES): string[] {
  const q = input.toLowerCase();
  const scored: { key: string; d: number }[] = [];
  for (const r of rules) {
    for (const key of [r.id, r.name]) {
      const k = key.toLowerCase();
      const d = k.includes(q) || q.includes(k) ? 0.5 : distance(q, k);
      if (d <= Math.max(2, Math.floor(k.length / 3))) scored.push({ key, d });
    }
  }
  scored.sort((a, b) => a.d - b.d || a.key.localeCompare(b.key));
  return [...new Set(scored.map((s) => s.key))].slice(0, 3);
}

/** Renders Markdown for a terminal: headings bold, code blocks indented, inline code and emphasis coloured only when `color`. */
export function renderMarkdown(markdown: string, color: boolean): string {
  const c = pc.createColors(color);
  const inline = (line: string) =>
    line
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, text: string, url: string) => `${text} (${url})`)
      .replace(/`([^`]+)`/g, (_m, code: string) => (color ? c.cyan(code) : `\`${code}\``))
      .replace(/\*\*([^*]+)\*\*/g, (_m, t: string) => c.bold(t));
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1];
      else if (f[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fence !== undefined) {
      out.push(line === '' ? '' : `    ${c.dim(line)}`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const text = h[2]!.replace(/`([^`]+)`/g, '$1');
      out.push(h[1]!.length === 1 ? c.bold(c.underline(text)) : c.bold(text));
      continue;
    }
    out.push(inline(line));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** What is known about a rule without its doc. */
export function ruleSummary(rule: Rule<any>, color: boolean): string {
  const c = pc.createColors(color);
  const lines = [
    c.bold(`${rule.id} ${rule.name}`),
    '',
    `Severity: ${rule.severity}${rule.alwaysOn ? ' (always on)' : ''}`,
    `Family: ${rule.family}`,
    '',
    rule.description,
    '',
    `Why: ${rule.why}`,
  ];
  const options = Object.entries(rule.options);
  if (options.length) {
    lines.push('', 'Options:');
    for (const [name, spec] of options) lines.push(`  ${name} (${spec.type}, default ${JSON.stringify(spec.default)}): ${spec.description}`);
  }
  lines.push('', `Documentation: ${docsUrl(rule.id)}`);
  return lines.join('\n') + '\n';
}

export function runExplain(idOrName: string, options: ExplainOptions): Output {
  const rules = options.rules ?? RULES;
  const rule = options.rules ? rules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName) : findRule(idOrName);
  if (!rule) {
    const close = closeMatches(idOrName, rules);
    const hint = close.length ? `; did you mean ${close.join(', ')}?` : '; no rule has a similar id or name';
    return { stdout: '', stderr: `pledge: unknown rule "${idOrName}"${hint}\n`, exitCode: 2 };
  }
  const docFile = path.join(options.docsDir ?? defaultDocsDir(), `${rule.id}.md`);
  let doc: string | undefined;
  try {
    doc = fs.readFileSync(docFile, 'utf8');
  } catch {
    doc = undefined;
  }
  return { stdout: doc === undefined ? ruleSummary(rule, options.color) : renderMarkdown(doc, options.color), stderr: '', exitCode: 0 };
}
