// How a comparison reads: a Markdown document (also what the editor's
// "Compare Promises with…" shows), a terminal listing, or JSON.

import { t } from '../../i18n';
import type { AgreementDiff, Change, DiffResult, FindingChange } from './diff';

export type DiffFormat = 'md' | 'stylish' | 'json';

const MARK: Record<Change['direction'], string> = { stronger: '▲', weaker: '▼', neutral: '•' };

/** Changes grouped by where they belong: the agreement itself first, then each service in order of appearance. */
function groups(r: DiffResult, a: AgreementDiff): Array<{ service?: string; changes: Change[] }> {
  const mine = r.changes.filter((c) => c.agreement === a.title);
  const out: Array<{ service?: string; changes: Change[] }> = [];
  const agreementLevel = mine.filter((c) => c.service === undefined);
  if (agreementLevel.length) out.push({ changes: agreementLevel });
  for (const c of mine) {
    if (c.service === undefined) continue;
    let g = out.find((x) => x.service === c.service);
    if (!g) out.push((g = { service: c.service, changes: [] }));
    g.changes.push(c);
  }
  return out;
}

function favoursText(c: Change): string {
  return c.favours ? t('diff.favours', { party: c.favours }) : '';
}

function summaryLine(r: DiffResult): string {
  const s = r.summary;
  return t('diff.summary', { changes: s.changes, stronger: s.stronger, weaker: s.weaker, neutral: s.neutral, added: s.findingsAdded, removed: s.findingsRemoved });
}

function findingLine(f: FindingChange): string {
  return t('diff.finding', { ruleId: f.ruleId, ruleName: f.ruleName, severity: t(`diff.severity.${f.severity}` as 'diff.severity.error'), line: f.line, message: f.message });
}

function agreementHeading(a: AgreementDiff): string {
  if (a.status === 'added') return t('diff.agreement.added', { title: a.title });
  if (a.status === 'removed') return t('diff.agreement.removed', { title: a.title });
  return a.oldTitle !== undefined ? t('diff.agreement.renamed', { before: a.oldTitle, title: a.title }) : t('diff.agreement.heading', { title: a.title });
}

function renderMarkdown(r: DiffResult): string {
  const lines: string[] = [`# ${t('diff.md.title')}`, '', t('diff.md.versions', { old: r.old, new: r.new }), ''];
  if (!r.changed) {
    lines.push(t('diff.none'));
    return lines.join('\n') + '\n';
  }
  lines.push(`**${summaryLine(r)}**`, '');
  for (const a of r.agreements) {
    if (a.status === 'unchanged') continue;
    lines.push(`## ${agreementHeading(a)}`, '');
    for (const g of groups(r, a)) {
      lines.push(`### ${g.service === undefined ? t('diff.md.agreementTerms') : t('diff.md.service', { service: g.service })}`, '');
      for (const c of g.changes) {
        const effect = c.direction === 'neutral' ? `*${c.effect}*` : `**${c.effect}**`;
        const favours = favoursText(c);
        lines.push(`- ${MARK[c.direction]} ${c.message} — ${effect}${favours ? ` (${favours})` : ''}`);
      }
      lines.push('');
    }
  }
  if (r.findings.added.length || r.findings.removed.length) {
    lines.push(`## ${t('diff.md.findings')}`, '');
    if (r.findings.added.length) {
      lines.push(`### ${t('diff.findings.added')}`, '', ...r.findings.added.map((f) => `- ${findingLine(f)}`), '');
    }
    if (r.findings.removed.length) {
      lines.push(`### ${t('diff.findings.removed')}`, '', ...r.findings.removed.map((f) => `- ${findingLine(f)}`), '');
    }
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

function renderStylish(r: DiffResult): string {
  const lines: string[] = [t('diff.md.versions', { old: r.old, new: r.new }).replace(/`/g, ''), ''];
  if (!r.changed) return `${lines[0]}\n${t('diff.none')}\n`;
  for (const a of r.agreements) {
    if (a.status === 'unchanged') continue;
    lines.push(agreementHeading(a));
    for (const g of groups(r, a)) {
      lines.push(`  ${g.service === undefined ? t('diff.md.agreementTerms') : t('diff.md.service', { service: g.service })}`);
      for (const c of g.changes) {
        const favours = favoursText(c);
        lines.push(`    ${MARK[c.direction]} ${c.message} (${c.effect}${favours ? `; ${favours}` : ''})`);
      }
    }
    lines.push('');
  }
  if (r.findings.added.length) lines.push(t('diff.findings.added'), ...r.findings.added.map((f) => `  + ${findingLine(f)}`), '');
  if (r.findings.removed.length) lines.push(t('diff.findings.removed'), ...r.findings.removed.map((f) => `  - ${findingLine(f)}`), '');
  lines.push(summaryLine(r));
  return lines.join('\n') + '\n';
}

/** The comparison as text: Markdown, a terminal listing, or JSON. */
export function renderDiff(result: DiffResult, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  return format === 'md' ? renderMarkdown(result) : renderStylish(result);
}
