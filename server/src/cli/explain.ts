// `pledge explain <id|name>`: a rule's documentation, rendered for the terminal.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { distance } from 'fastest-levenshtein';
import pc from 'picocolors';
import { RULES, findRule } from '../rules/registry';
import { docsUrl } from '../rules/docs';
import type { Rule } from '../rules/types';
import type { Output } from './check';
import { getLocale, t } from '../i18n/index';

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
      // A longer input containing a whole id (`PL0003` holds `PL000`) is a typo, not a match.
      const d = k.includes(q) || (key === r.name && q.includes(k)) ? 0.5 : distance(q, k);
      if (d <= Math.max(2, Math.floor(k.length / 3))) scored.push({ key, d });
    }
  }
  // Equally close: the one that ends like the input (a doubled digit, `PL0003`, means PL003, not PL000).
  const suffix = (k: string) => {
    let n = 0;
    while (n < k.length && n < q.length && k[k.length - 1 - n]!.toLowerCase() === q[q.length - 1 - n]) n++;
    return n;
  };
  scored.sort((a, b) => a.d - b.d || suffix(b.key) - suffix(a.key) || a.key.localeCompare(b.key));
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
function ruleSummary(rule: Rule<any>, color: boolean): string {
  const c = pc.createColors(color);
  const severity = t(`cli.severity.${rule.severity}`);
  const lines = [
    c.bold(`${rule.id} ${rule.name}`),
    '',
    t(rule.alwaysOn ? 'cli.explain.severityAlwaysOn' : 'cli.explain.severity', { severity }),
    t('cli.explain.family', { family: t(`cli.family.${rule.family}`) }),
    '',
    rule.description,
    '',
    t('cli.explain.why', { why: rule.why }),
  ];
  const options = Object.entries(rule.options);
  if (options.length) {
    lines.push('', t('cli.explain.options'));
    for (const [name, spec] of options) {
      lines.push(`  ${t('cli.explain.option', { name, type: spec.type, value: JSON.stringify(spec.default), description: spec.description })}`);
    }
  }
  lines.push('', t('cli.explain.documentation', { url: docsUrl(rule.id) }));
  return lines.join('\n') + '\n';
}

/**
 * The Markdown page of a rule in the current locale: `docs/rules/<locale>/<ID>.md`,
 * falling back to the English `docs/rules/<ID>.md`; undefined when neither can be read.
 */
function ruleDoc(ruleId: string, docsDir: string): string | undefined {
  const locale = getLocale();
  const candidates = locale === 'en' ? [] : [path.join(docsDir, locale, `${ruleId}.md`)];
  candidates.push(path.join(docsDir, `${ruleId}.md`));
  for (const file of candidates) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      // not there (or unreadable): try the next one
    }
  }
  return undefined;
}

export function runExplain(idOrName: string, options: ExplainOptions): Output {
  const rules = options.rules ?? RULES;
  const rule = options.rules ? rules.find((r) => r.id === idOrName.toUpperCase() || r.name === idOrName) : findRule(idOrName);
  if (!rule) {
    const close = closeMatches(idOrName, rules);
    const message = close.length
      ? t('cli.explain.unknownRule', { rule: idOrName, matches: close.join(', ') })
      : t('cli.explain.unknownRuleNoMatch', { rule: idOrName });
    return { stdout: '', stderr: `pledge: ${message}\n`, exitCode: 2 };
  }
  const doc = ruleDoc(rule.id, options.docsDir ?? defaultDocsDir());
  return { stdout: doc === undefined ? ruleSummary(rule, options.color) : renderMarkdown(doc, options.color), stderr: '', exitCode: 0 };
}
