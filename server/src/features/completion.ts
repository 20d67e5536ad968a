// Completion that knows where the cursor is: clause keywords valid in the
// current block, declared names of the right kind, units after a number,
// periods, days, and snippets for whole clauses.

import type { IToken } from 'chevrotain';
import type * as A from '../syntax/ast';
import { PledgeLexer } from '../syntax/tokens';
import { LineIndex } from '../syntax/positions';
import { nodesAt } from '../syntax/walk';
import { clauseWords } from '../syntax/parse';
import type { BlockKind } from '../syntax/parser';
import type { Analysis } from '../engine/analyze';
import { contactDeclarations as contactsOf, type AgreementModel, type Declaration } from '../semantics/model';
import { explainKeyword } from './keywords';
import { isClosed } from '../rules/fixes/text';
import snippets from '../../../grammar/snippets.json';
import { hasMessage, t } from '../i18n';

export type CompletionKindOut =
  | 'keyword'
  | 'snippet'
  | 'party'
  | 'contact'
  | 'calendar'
  | 'service'
  | 'obligation'
  | 'unit'
  | 'value';

export interface CompletionOut {
  label: string;
  kind: CompletionKindOut;
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet with `${1:…}` placeholders when `snippet` is true. */
  insertText?: string;
  snippet?: boolean;
  sortText?: string;
}

interface SnippetDef {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

const BLOCK_OF_NODE: Record<string, BlockKind> = {
  Agreement: 'agreement',
  Service: 'service',
  Priority: 'priority',
  Kpi: 'kpi',
  Escalation: 'escalation',
  Emergency: 'emergency',
  Credits: 'credits',
  Party: 'party',
};

/** Snippet prefixes offered at the start of a clause in each block. */
const SNIPPETS_IN: Record<BlockKind, readonly string[]> = {
  file: ['agreement', 'party', 'calendar', 'import'],
  agreement: ['service', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'termination', 'change', 'review', 'calendar'],
  service: ['priority'],
  priority: [],
  kpi: [],
  escalation: [],
  emergency: [],
  credits: [],
  party: ['contact'],
};

const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'business hours', 'business days'];
const PERIODS = ['week', 'month', 'quarter', 'year'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const AVAIL_OPTIONS = ['measured by', 'excluding maintenance', 'during support', 'max downtime', 'downtime counted from'];

function keywordDoc(word: string): string | undefined {
  const d = explainKeyword(word);
  return d && `**${d.title}**\n\n${d.body}`;
}

function keywordItems(words: readonly string[], detail?: string, sortPrefix = '1'): CompletionOut[] {
  return words.map((w) => ({ label: w, kind: 'keyword', detail, documentation: keywordDoc(w.split(' ')[0]!), sortText: sortPrefix + w }));
}

function snippetItems(block: BlockKind): CompletionOut[] {
  const allowed = new Set(SNIPPETS_IN[block]);
  const out: CompletionOut[] = [];
  for (const [name, def] of Object.entries(snippets as Record<string, SnippetDef>)) {
    const prefixes = Array.isArray(def.prefix) ? def.prefix : [def.prefix];
    const prefix = prefixes.find((p) => allowed.has(p));
    if (!prefix) continue;
    const body = Array.isArray(def.body) ? def.body.join('\n') : def.body;
    const detail = snippetText(name, 'name') ?? name;
    const documentation = snippetText(name, 'description') ?? def.description;
    out.push({ label: `${prefix} …`, kind: 'snippet', detail, documentation, insertText: body, snippet: true, sortText: '2' + prefix });
  }
  return out;
}

/** A snippet's name or description in the current locale (the snippet body stays Pledge code). */
function snippetText(name: string, part: 'name' | 'description'): string | undefined {
  const key = `features.snippet.${name.replace(/\s+/g, '')}.${part}`;
  return hasMessage(key) ? t(key) : undefined;
}

function nameItems(decls: Iterable<Declaration>, kind: CompletionKindOut, detail: (d: Declaration) => string | undefined): CompletionOut[] {
  return [...decls].map((d) => ({ label: d.name, kind, detail: detail(d), sortText: '0' + d.name }));
}

function title(d: Declaration): string | undefined {
  return (d.node as { title?: A.Str }).title?.value;
}


function contactItems(agreement: AgreementModel | undefined): CompletionOut[] {
  const parties = [agreement?.provider, agreement?.customer].filter((p): p is Declaration => p !== undefined);
  const all = parties.flatMap(contactsOf);
  const count = new Map<string, number>();
  for (const c of all) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  return all.map((c) => {
    const label = count.get(c.name)! > 1 ? `${c.party!.name}.${c.name}` : c.name;
    const fields = (c.node as A.Contact).fields.map((f) => `${f.field} ${f.value?.value ?? ''}`).join(', ');
    return { label, kind: 'contact' as const, detail: `${c.party!.name}${fields ? ' — ' + fields : ''}`, sortText: '0' + label };
  });
}

/** Tokens before the cursor, and the partial word being typed. */
function context(text: string, offset: number): { before: IToken[]; prefix: string } {
  const start = Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 1)) - 2000);
  const slice = text.slice(start, offset);
  const tokens = PledgeLexer.tokenize(slice).tokens;
  const wordMatch = /[A-Za-z_][A-Za-z0-9_]*$/.exec(slice);
  const prefix = wordMatch ? wordMatch[0] : '';
  const before = prefix && tokens.length && tokens[tokens.length - 1]!.endOffset! + 1 === slice.length ? tokens.slice(0, -1) : tokens;
  return { before, prefix };
}

function agreementAt(analysis: Analysis, offset: number): AgreementModel | undefined {
  return analysis.model.agreements.find((a) => a.node.span.start <= offset && offset <= (a.node.body?.end ?? a.node.span.end));
}

function blockAt(analysis: Analysis, offset: number): BlockKind {
  const chain = nodesAt(analysis.parsed.file, offset);
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i] as { kind: string; body?: A.Span };
    const block = BLOCK_OF_NODE[n.kind];
    if (block && n.body && n.body.start < offset && (offset < n.body.end || !isClosed(analysis.text, n.body))) return block;
  }
  return 'file';
}

export function completions(analysis: Analysis, offset: number): CompletionOut[] {
  const { before } = context(analysis.text, offset);
  const img = (i: number) => before[before.length - i]?.image;
  const type = (i: number) => before[before.length - i]?.tokenType.name;
  const p1 = img(1);
  const p2 = img(2);
  const agreement = agreementAt(analysis, offset);
  const parties = () => nameItems(analysis.model.parties.values(), 'party', title);
  const calendars = () => [
    ...nameItems(analysis.model.calendars.values(), 'calendar', () => t('features.completion.calendar')),
    ...(agreement?.calendars ?? [])
      .filter((c) => c.name)
      .map((c) => ({ label: c.name!.text, kind: 'calendar' as const, detail: t('features.completion.calendar'), sortText: '0' + c.name!.text })),
    { label: '24x7', kind: 'value' as const, detail: t('features.completion.roundTheClock'), sortText: '1' },
    { label: 'Mon-Fri 08:00-18:00', kind: 'snippet' as const, detail: t('features.completion.officeHours'), insertText: '${1:Mon}-${2:Fri} ${3:08:00}-${4:18:00}', snippet: true, sortText: '2' },
  ];
  const services = () =>
    (agreement?.services ?? []).filter((s) => s.name).map((s) => ({ label: s.name!, kind: 'service' as const, detail: s.node.title?.value, sortText: '0' + s.name }));

  // Names of the right kind.
  if (p1 && ['provider', 'customer', 'termination', 'remedy', 'obligation'].includes(p1)) return parties();
  if (p1 === 'to' && before.some((t, i) => i >= before.length - 4 && (t.image === 'remedy' || t.image === 'reported'))) return parties();
  if (p1 === 'by' && (p2 === 'bought' || p2 === 'reported')) return parties();
  if (p1 === 'by' && (p2 === 'change' || before[before.length - 3]?.image === 'every')) {
    return [{ label: 'both', kind: 'keyword', detail: t('features.completion.both'), sortText: '0' }, ...parties()];
  }
  if (p1 === '.' && type(2) === 'Identifier') {
    const party = analysis.model.parties.get(p2!);
    return party ? contactsOf(party).map((c) => ({ label: c.name, kind: 'contact', detail: title(c), sortText: '0' + c.name })) : [];
  }
  if (p1 === 'via' || (type(1) === 'Number' && p2 === 'level')) return contactItems(agreement);
  if (p1 === 'on' && p2 === 'depends') {
    return (agreement?.obligations ?? [])
      .filter((o) => o.name)
      .map((o) => ({ label: o.name!.text, kind: 'obligation', detail: `${o.party?.text ?? ''}: ${o.text?.value ?? ''}`, sortText: '0' + o.name!.text }));
  }
  if (p1 === 'for') return services();
  if (p1 && ['support', 'reachable', 'maintenance'].includes(p1) && p2 !== 'during' && p2 !== 'excluding') return calendars();
  if (type(1) === 'Identifier' && p2 === 'calendar') return calendars().filter((c) => c.kind !== 'calendar');

  // Values.
  if (type(1) === 'Number' && p2 !== 'level') return keywordItems(UNITS, t('features.completion.unit'));
  if (p1 === 'business') return keywordItems(['hours', 'days', 'hour', 'day'], t('features.completion.businessUnit'));
  if (p1 === 'per' || p1 === 'every') return keywordItems(PERIODS, t('features.completion.period'));
  if (p1 === 'as') return keywordItems(['result', 'effort'], t('features.completion.kind'));
  if (p1 === 'from' && p2 === 'clock') return keywordItems(['report', 'detection', 'diagnosis'], t('features.completion.clockFrom'));
  if (p1 === 'from' && p2 === 'counted') return keywordItems(['detection', 'report'], t('features.completion.countedFrom'));
  if (p1 === 'at' && p2 === 'target') return keywordItems(['least', 'most']);
  if (p1 === 'target') return keywordItems(['at least', 'at most']);
  if (p1 === 'sole') return keywordItems(['remedy']);
  if (p1 === 'depends') return keywordItems(['on']);
  if (p1 === '-' && type(2) && DAYS.includes(p2!)) return keywordItems(DAYS, t('features.completion.day'));
  if (type(1) === 'Identifier' && before.slice(-4).some((t) => t.image === 'via')) {
    return keywordItems(['phone', 'email', 'portal', 'chat'], t('features.completion.channel'));
  }

  // The start of a clause.
  const block = blockAt(analysis, offset);
  const items: CompletionOut[] = [];
  const words = clauseWords(block);
  items.push(...keywordItems(words, block === 'file' ? t('features.completion.clauseTop') : t('features.completion.clauseIn', { block })));
  if (block === 'service') {
    const lines = new LineIndex(analysis.text);
    const availability = agreement?.services.flatMap((s) => s.availability ?? []).find((av) => av.span.end <= offset && lines.position(av.span.start).line === lines.position(offset).line);
    if (availability) items.unshift(...keywordItems(AVAIL_OPTIONS, t('features.completion.availabilityOption'), '0'));
  }
  items.push(...snippetItems(block));
  return items;
}
