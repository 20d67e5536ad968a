// Completion that knows the grammar: at the start of a clause only the clauses
// of the enclosing block (a clause that may appear once and is already there
// is left out), each offered once — as a snippet when there is one; inside a
// clause only what may follow: declared names of the right kind, durations
// after `within`/`after`/`notice`, units after a number, periods after `per`
// and `every`, the fixed next word of a phrase; workspace files in `import "…"`.
// Snippet placeholders are filled with names the file declares, so a snippet
// inserted with its defaults is a healthy clause.

import * as path from 'node:path';
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
  | 'value'
  | 'file';

export interface CompletionOut {
  label: string;
  kind: CompletionKindOut;
  detail?: string;
  documentation?: string;
  /** Text to insert; a snippet with `${1:…}` placeholders when `snippet` is true. */
  insertText?: string;
  snippet?: boolean;
  sortText?: string;
  /**
   * The text an editor filters this item by, when it differs from the label:
   * names offered on a word that is a snippet placeholder (`Provider`) carry
   * that word, so the editor does not filter them all away.
   */
  filterText?: string;
  /** The text the item replaces (an import path inside its quotes); the word at the cursor otherwise. */
  replace?: A.Span;
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

/** Snippet prefixes offered at the start of a clause in each block (each replaces its clause keyword). */
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

/** Clauses that may appear once in their block, by clause word and syntax-tree kind (semantics/model.ts reports a second one). */
const ONCE: Partial<Record<BlockKind, Record<string, string>>> = {
  agreement: { provider: 'Provider', customer: 'Customer', version: 'Version', effective: 'Effective', change: 'Change', review: 'Review' },
  service: { support: 'Support', availability: 'Availability', maintenance: 'Maintenance', capacity: 'Capacity' },
  priority: { respond: 'Respond', resolve: 'Resolve', clock: 'Clock' },
  kpi: { for: 'KpiFor', target: 'Target', 'measured by': 'KpiMeasuredBy', 'reported by': 'ReportedBy' },
  emergency: { respond: 'EmergencyRespond' },
  credits: { cap: 'Cap', claim: 'Claim', 'sole remedy': 'SoleRemedy' },
};

const UNITS = ['minutes', 'hours', 'days', 'weeks', 'months', 'business hours', 'business days'];
const UNITS_ONE = ['minute', 'hour', 'day', 'week', 'month', 'business hour', 'business day'];
const PERIODS = ['week', 'month', 'quarter', 'year'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const AVAIL_OPTIONS = ['measured by', 'excluding maintenance', 'during support', 'max downtime', 'downtime counted from'];

/** Durations worth proposing after `within`, `after` or `notice`, by the clause they complete. */
const DURATIONS: Record<string, readonly string[]> = {
  respond: ['15 minutes', '30 minutes', '1 hour', '4 hours', '1 business day'],
  resolve: ['4 hours', '8 hours', '1 business day', '2 business days', '5 business days'],
  emergency: ['15 minutes', '30 minutes', '1 hour'],
  level: ['0 minutes', '30 minutes', '1 hour', '2 hours', '4 hours', '1 business day'],
  maintenance: ['2 days', '5 days', '2 weeks', '1 month'],
  termination: ['1 month', '3 months', '6 months', '12 months'],
  change: ['30 days', '2 months', '3 months'],
  claim: ['30 days', '60 days', '90 days'],
  obligation: ['5 business days', '10 business days', '1 month'],
  downtime: ['4 hours', '8 hours', '1 day'],
  other: ['15 minutes', '30 minutes', '1 hour', '4 hours', '1 business day', '5 days'],
};

/** The word a clause requires next, after the word that starts it (or another fixed word). */
const NEXT_WORD: Record<string, string> = {
  respond: 'within',
  resolve: 'within',
  claim: 'within',
  clock: 'from',
  escalation: 'for',
  emergency: 'for',
  credits: 'for',
  change: 'by',
  review: 'every',
  bought: 'by',
  measured: 'by',
  reported: 'by',
  depends: 'on',
  excluding: 'maintenance',
  during: 'support',
  max: 'downtime',
  counted: 'from',
  sole: 'remedy',
};

function keywordDoc(word: string): string | undefined {
  const d = explainKeyword(word);
  return d && `**${d.title}**\n\n${d.body}`;
}

function keywordItems(words: readonly string[], detail?: string, sortPrefix = '1'): CompletionOut[] {
  return words.map((w, i) => ({
    label: w,
    kind: 'keyword' as const,
    detail,
    documentation: keywordDoc(w.split(' ')[0]!),
    sortText: sortPrefix + String(i).padStart(2, '0') + w,
  }));
}

function valueItems(values: readonly string[], detail: string): CompletionOut[] {
  return values.map((v, i) => ({ label: v, kind: 'value' as const, detail, sortText: '0' + String(i).padStart(2, '0') }));
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

/** The contacts of the agreement's two parties, qualified (`Acme.Desk`) where a name is ambiguous. */
function contactsOfAgreement(agreement: AgreementModel | undefined): Array<{ label: string; contact: Declaration; phone: boolean }> {
  const parties = [agreement?.provider, agreement?.customer].filter((p): p is Declaration => p !== undefined);
  if (parties.length === 2 && parties[0]!.name === parties[1]!.name) parties.pop();
  const all = parties.flatMap(contactsOf);
  const count = new Map<string, number>();
  for (const c of all) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  return all.map((c) => ({
    label: count.get(c.name)! > 1 ? `${c.party!.name}.${c.name}` : c.name,
    contact: c,
    phone: (c.node as A.Contact).fields.some((f) => f.field === 'phone' && f.value?.value),
  }));
}

function contactItems(agreement: AgreementModel | undefined): CompletionOut[] {
  return contactsOfAgreement(agreement).map(({ label, contact: c }) => {
    const fields = (c.node as A.Contact).fields.map((f) => `${f.field} ${f.value?.value ?? ''}`).join(', ');
    return { label, kind: 'contact' as const, detail: `${c.party!.name}${fields ? ' — ' + fields : ''}`, sortText: '0' + label };
  });
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The name at the end of `text` (what `/[A-Za-z_][A-Za-z0-9_]*$/` matches),
 * found by one scan backwards: the regular expression retries at every
 * character of a long name, quadratic in its length.
 */
export function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  while (start < text.length && isDigit(text.charCodeAt(start))) start++;
  return text.slice(start);
}

/** Tokens before the cursor, and the partial word being typed. */
function context(text: string, offset: number): { before: IToken[]; prefix: string } {
  const start = Math.max(0, text.lastIndexOf('\n', Math.max(0, offset - 1)) - 2000);
  const slice = text.slice(start, offset);
  const tokens = PledgeLexer.tokenize(slice).tokens;
  const prefix = trailingWord(slice);
  const before = prefix && tokens.length && tokens[tokens.length - 1]!.startOffset + tokens[tokens.length - 1]!.image.length === slice.length ? tokens.slice(0, -1) : tokens;
  return { before, prefix };
}

function agreementAt(analysis: Analysis, offset: number): AgreementModel | undefined {
  return analysis.model.agreements.find((a) => a.node.span.start <= offset && offset <= (a.node.body?.end ?? a.node.span.end));
}

interface BlockAt {
  kind: BlockKind;
  /** The block's node (absent at the top level of the file). */
  node?: { kind: string; items?: Array<{ kind: string; span: A.Span }> };
}

function blockAt(analysis: Analysis, offset: number): BlockAt {
  const chain = nodesAt(analysis.parsed.file, offset);
  for (let i = chain.length - 1; i >= 0; i--) {
    const n = chain[i] as { kind: string; body?: A.Span; items?: Array<{ kind: string; span: A.Span }> };
    const block = BLOCK_OF_NODE[n.kind];
    if (block && n.body && n.body.start < offset && (offset < n.body.end || !isClosed(analysis.text, n.body))) return { kind: block, node: n };
  }
  return { kind: 'file' };
}

/** The clause words of a block that may still be written at `offset`. */
function validClauseWords(block: BlockAt, offset: number): string[] {
  const once = ONCE[block.kind] ?? {};
  const items = block.node?.kind === 'Party' ? (block.node as unknown as A.Party).contacts : (block.node?.items ?? []);
  const present = new Set(items.filter((i) => !(i.span.start <= offset && offset <= i.span.end)).map((i) => i.kind));
  return clauseWords(block.kind).filter((w) => {
    const kind = once[w];
    return !kind || !present.has(kind);
  });
}

/** The keyword that starts the clause the cursor is in (the nearest clause word before it). */
function clauseKeyword(before: readonly IToken[], block: BlockKind): string | undefined {
  const starts = new Set(clauseWords(block).map((w) => w.split(' ')[0]!));
  for (let i = before.length - 1; i >= 0 && i >= before.length - 12; i--) {
    const img = before[i]!.image;
    if (img === '{' || img === '}') return undefined;
    if (starts.has(img)) return img;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Snippets

/** What a snippet placeholder may be filled with, in the file at the cursor. */
interface SnippetNames {
  parties: string[];
  provider?: string;
  customer?: string;
  services: string[];
  calendars: string[];
  contacts: Array<{ label: string; party: string; phone: boolean }>;
  imports: string[];
}

function snippetNames(analysis: Analysis, agreement: AgreementModel | undefined, files: string[]): SnippetNames {
  const provider = agreement?.provider?.name;
  const customer = agreement?.customer?.name;
  return {
    parties: [...analysis.model.parties.keys()],
    provider,
    customer,
    services: (agreement?.services ?? []).map((s) => s.name).filter((n): n is string => !!n),
    calendars: [...analysis.model.calendars.keys(), ...(agreement?.calendars ?? []).map((c) => c.name?.text).filter((n): n is string => !!n)],
    contacts: contactsOfAgreement(agreement).map((c) => ({ label: c.label, party: c.contact.party!.name, phone: c.phone })),
    imports: files,
  };
}

/** `first` first, then the others, without repeats. */
function ordered(first: readonly (string | undefined)[], rest: readonly string[]): string[] {
  return [...new Set([...first.filter((x): x is string => !!x), ...rest])];
}

/** A choice placeholder: `${n|a,b|}` (one choice becomes a plain default). */
function choice(n: string, options: readonly string[]): string {
  const escape = (o: string) => o.replace(/[\\,|$}]/g, (c) => '\\' + c);
  return options.length === 1 ? `\${${n}:${options[0]!.replace(/[\\$}]/g, (c) => '\\' + c)}}` : `\${${n}|${options.map(escape).join(',')}|}`;
}

/**
 * Fills the role placeholders of a snippet (`${2:Provider}`, `${1:Service}`,
 * `${3:Duty}` …) with the names of the file, so that the defaults resolve; a
 * placeholder repeated later becomes a mirror (`$2`).
 */
function fillSnippet(name: string, body: string, names: SnippetNames, block: BlockKind): string {
  const provider = ordered([names.provider], names.parties);
  const customer = ordered([names.customer, ...names.parties.filter((p) => p !== provider[0])], names.parties);
  const party = ordered([names.provider, names.customer], names.parties);
  const withPhone = names.contacts.filter((c) => c.phone);
  const ofProvider = names.contacts.filter((c) => c.party === names.provider);
  const ofCustomer = names.contacts.filter((c) => c.party === names.customer && c.party !== names.provider);
  const labels = names.contacts.map((c) => c.label);
  // The ladder: the provider's desk, the provider's next contact, then the customer.
  const ladder = [ofProvider[0] ?? names.contacts[0], ofProvider[1] ?? ofProvider[0] ?? names.contacts[1], ofCustomer[0] ?? ofProvider[2] ?? names.contacts[2]].map((c) => c?.label);
  const roles: Record<string, () => string[] | undefined> = {
    Provider: () => (provider.length ? provider : undefined),
    Customer: () => (customer.length ? customer : undefined),
    Party: () => (party.length ? party : undefined),
    Service: () => (names.services.length ? names.services : undefined),
    Schedule: () => ['24x7', ...names.calendars],
    ServiceDesk: () => (labels.length ? ordered([ladder[0]], labels) : undefined),
    Duty: () => {
      if (name === 'Emergency') return withPhone.length ? ordered([withPhone.find((c) => c.party === names.provider)?.label], withPhone.map((c) => c.label)) : undefined;
      return labels.length ? ordered([ladder[1]], labels) : undefined;
    },
    AccountLead: () => (labels.length ? ordered([ladder[2]], labels) : undefined),
    'parties.pledge': () => (names.imports.length ? names.imports.slice(0, 20) : undefined),
  };
  const seen = new Set<string>();
  let out = body.replace(/\$\{(\d+):([^{}$|]*)\}/g, (whole, n: string, value: string) => {
    const options = roles[value]?.();
    if (!options) return whole;
    if (seen.has(n)) return `$${n}`;
    seen.add(n);
    return choice(n, options);
  });
  // A service snippet adds an escalation ladder for its priority only when the
  // parties have contacts to put on it; without them it offers no priority.
  if (name === 'Service' && block === 'agreement' && labels.length === 0) {
    out = out.replace(/\n\n {2}priority[\s\S]*?\n {2}\}\n/, '\n').replace(/\n\nescalation for[\s\S]*$/, '');
  }
  return out;
}

/** The agreement snippet declares the parties it needs when the file has fewer than two. */
function agreementSnippet(body: string, names: SnippetNames): string {
  if (names.parties.length >= 2) {
    const provider = names.parties;
    const customer = ordered([names.parties[1]], names.parties);
    return body.replace('${2:Provider}', choice('2', provider)).replace('${3:Customer}', choice('3', customer)).replace(/\$\{2:Provider\}/g, '$2').replace(/\$\{3:Customer\}/g, '$3');
  }
  const taken = new Set(names.parties);
  const free = (base: string) => {
    let n = base;
    for (let i = 2; taken.has(n); i++) n = `${base}${i}`;
    taken.add(n);
    return n;
  };
  const declared: string[] = [];
  let provider = names.parties[0];
  if (!provider) {
    provider = free('Provider');
    declared.push(`party \${2:${provider}} "\${14:Provider B.V.}" {`, `  contact ServiceDesk "Service desk" phone "+31 20 555 0100" email "desk@provider.example"`, `  contact Duty "Duty manager" phone "+31 6 5555 0101"`, '}', '');
  }
  const customer = free('Customer');
  declared.push(`party \${3:${customer}} "\${15:Customer}" {`, `  contact Regie "Service management" phone "+31 30 555 0200" email "regie@customer.example"`, '}', '', '');
  const providerPlaceholder = names.parties[0] ? choice('2', [provider]) : '$2';
  return (
    declared.join('\n') +
    body
      .replace('${2:Provider}', providerPlaceholder)
      .replace(/\$\{2:Provider\}/g, '$2')
      .replace(/\$\{3:Customer\}/g, '$3')
  );
}

function snippetPreview(body: string): string {
  let text = body;
  let previous = '';
  while (text !== previous) {
    previous = text;
    text = text
      .replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)(?:,(?:[^|\\]|\\.)*)*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text.replace(/\\([\\,|$}])/g, '$1');
}

/** The snippet of a clause word in a block, filled with the file's names. */
function snippetItem(word: string, block: BlockKind, names: SnippetNames, sortText: string): CompletionOut | undefined {
  if (!SNIPPETS_IN[block].includes(word)) return undefined;
  for (const [name, def] of Object.entries(snippets as Record<string, SnippetDef>)) {
    const prefixes = Array.isArray(def.prefix) ? def.prefix : [def.prefix];
    if (!prefixes.includes(word)) continue;
    const raw = Array.isArray(def.body) ? def.body.join('\n') : def.body;
    const body = name === 'Agreement' ? agreementSnippet(raw, names) : fillSnippet(name, raw, names, block);
    const description = snippetText(name, 'description') ?? def.description ?? '';
    const documentation = `${description}\n\n\`\`\`pledge\n${snippetPreview(body)}\n\`\`\``;
    return { label: word, kind: 'snippet', detail: snippetText(name, 'name') ?? name, documentation, insertText: body, snippet: true, sortText };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Import paths

/** Workspace `.pledge` files relative to the importing file, not yet imported, nearest first. */
function importPaths(analysis: Analysis): string[] {
  const files = analysis.model.listFiles?.() ?? [];
  if (!path.isAbsolute(analysis.file)) return [];
  const dir = path.dirname(analysis.file);
  const imported = new Set(analysis.model.imports.map((i) => i.target).filter(Boolean));
  return files
    .filter((f) => f.endsWith('.pledge') && path.normalize(f) !== path.normalize(analysis.file) && !imported.has(f))
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/** The cursor inside the quotes of `import "…"`: the span from after the quote to the closing quote (or the line's end). */
function importStringAt(text: string, offset: number): A.Span | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /(^|[\s}])import\s+"([^"\n]*)$/.exec(text.slice(lineStart, offset));
  if (!m) return undefined;
  const start = offset - m[2]!.length;
  const rest = /^[^"\n\r]*/.exec(text.slice(offset))![0];
  return { start, end: offset + rest.length };
}

// ---------------------------------------------------------------------------

function unique(items: CompletionOut[]): CompletionOut[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.label) ? false : (seen.add(i.label), true)));
}

/**
 * When the word at the cursor matches none of the names offered, it is a
 * placeholder (or a name still to be declared): the names carry the word as
 * their filter text, so the editor still shows them.
 */
function placeholderFilter(items: CompletionOut[], prefix: string): CompletionOut[] {
  const names = items.filter((i) => NAME_KINDS.has(i.kind));
  if (!prefix || names.length === 0) return items;
  const p = prefix.toLowerCase();
  if (items.some((i) => i.label.toLowerCase().startsWith(p))) return items;
  return items.map((i) => (NAME_KINDS.has(i.kind) ? { ...i, filterText: `${prefix} ${i.label}` } : i));
}

const NAME_KINDS: ReadonlySet<CompletionKindOut> = new Set(['party', 'contact', 'calendar', 'service', 'obligation']);

export function completions(analysis: Analysis, offset: number): CompletionOut[] {
  const inImport = importStringAt(analysis.text, offset);
  if (inImport) {
    return unique(
      importPaths(analysis).map((p, i) => ({ label: p, kind: 'file' as const, detail: t('features.completion.file'), insertText: p, replace: inImport, sortText: String(i).padStart(4, '0') })),
    );
  }
  const { before, prefix } = context(analysis.text, offset);
  const items = completionsAt(analysis, offset, before);
  return unique(placeholderFilter(items, prefix));
}

function completionsAt(analysis: Analysis, offset: number, before: IToken[]): CompletionOut[] {
  const img = (i: number) => before[before.length - i]?.image;
  const type = (i: number) => before[before.length - i]?.tokenType.name;
  const p1 = img(1);
  const p2 = img(2);
  const agreement = agreementAt(analysis, offset);
  const block = blockAt(analysis, offset);
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
  const durations = (clause: string | undefined) => valueItems(DURATIONS[clause ?? 'other'] ?? DURATIONS.other!, t('features.completion.duration'));
  const clause = clauseKeyword(before, block.kind);

  // Names of the right kind.
  if (p1 && ['provider', 'customer', 'termination', 'remedy', 'obligation'].includes(p1)) return parties();
  if (type(1) === 'Identifier' && p2 === 'obligation') return parties();
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
  if (type(1) === 'Number' && p2 !== 'level') {
    const one = Number(p1) === 1;
    return keywordItems(one ? UNITS_ONE : UNITS, t('features.completion.unit'));
  }
  if (p1 === 'business') {
    const one = type(2) === 'Number' && Number(p2) === 1;
    return keywordItems(one ? ['hour', 'day'] : ['hours', 'days'], t('features.completion.businessUnit'));
  }
  if (p1 === 'within' || p1 === 'notice') {
    if (block.kind === 'emergency') return durations('emergency');
    return durations(clause);
  }
  if (p1 === 'after') return durations('level');
  if (p1 === 'downtime' && p2 === 'max') return durations('downtime');
  if (p1 === 'per' || p1 === 'every') return keywordItems(PERIODS, t('features.completion.period'));
  if (p1 === 'as') return keywordItems(['result', 'effort'], t('features.completion.kind'));
  if (p1 === 'from' && p2 === 'clock') return keywordItems(['report', 'detection', 'diagnosis'], t('features.completion.clockFrom'));
  if (p1 === 'from' && p2 === 'counted') return keywordItems(['detection', 'report'], t('features.completion.countedFrom'));
  if (p1 === 'at' && p2 === 'target') return keywordItems(['least', 'most']);
  if (p1 === 'target') return keywordItems(['at least', 'at most']);
  if (p1 === '-' && type(2) && DAYS.includes(p2!)) return keywordItems(DAYS, t('features.completion.day'));
  if (type(1) === 'Identifier' && before.slice(-4).some((t) => t.image === 'via')) {
    return keywordItems(['phone', 'email', 'portal', 'chat'], t('features.completion.channel'));
  }
  if (p1 === 'downtime' && p2 !== 'max') return keywordItems(['counted from']);
  if (p1 && NEXT_WORD[p1] && !(p1 === 'maintenance' || p1 === 'support')) return keywordItems([NEXT_WORD[p1]!]);
  if (type(1) === 'Identifier' && p2 === 'remedy') return keywordItems(['to']);
  if (type(1) === 'Identifier' && p2 === 'termination') return keywordItems(['notice']);
  if (type(1) === 'Date' && p2 === 'effective') return keywordItems(['until']);
  if (type(1) === 'Percent' && p2 === 'below') return keywordItems(['credit']);
  if (type(1) === 'StringLit' && p2 === 'capacity') return keywordItems(['bought by']);
  // A new name, a title or a value comes next: nothing to propose.
  if (p1 && ['agreement', 'party', 'service', 'priority', 'kpi', 'contact', 'calendar', 'version', 'effective', 'until', 'capacity', 'level', 'below', 'credit', 'cap', 'import', 'precondition', 'afterwards', 'availability'].includes(p1)) {
    return [];
  }

  // The start of a clause, after what may still complete the clause before it on this line.
  const items: CompletionOut[] = [];
  const last = before[before.length - 1];
  const sameLine = last !== undefined && !/[\r\n]/.test(analysis.text.slice(last.startOffset + last.image.length, offset));
  const isUnit = (tok: IToken | undefined) => tok?.tokenType.name === 'ShortDuration' || !!tok?.tokenType.CATEGORIES?.some((c) => c.name === 'Unit');
  if (sameLine && isUnit(last) && (clause === 'respond' || clause === 'resolve') && block.kind === 'priority') {
    items.push(...keywordItems(['as result', 'as effort'], t('features.completion.kind'), '0'));
  }
  if (sameLine && p2 === 'every' && img(3) === 'review') items.push(...keywordItems(['by both'], t('features.completion.both'), '0'));
  if (sameLine && p1 === 'both' && p2 === 'by' && img(3) === 'change') items.push(...keywordItems(['notice'], undefined, '0'));
  const names = snippetNames(analysis, agreement, importPaths(analysis));
  const detail = block.kind === 'file' ? t('features.completion.clauseTop') : t('features.completion.clauseIn', { block: block.kind });
  validClauseWords(block, offset).forEach((w, i) => {
    const sortText = '1' + String(i).padStart(2, '0') + w;
    const snippet = snippetItem(w, block.kind, names, sortText);
    items.push(snippet ? { ...snippet, documentation: [keywordDoc(w.split(' ')[0]!), snippet.documentation].filter(Boolean).join('\n\n') } : { ...keywordItems([w], detail)[0]!, sortText });
  });
  if (block.kind === 'service') {
    const lines = new LineIndex(analysis.text);
    const availability = agreement?.services.flatMap((s) => s.availability ?? []).find((av) => av.span.end <= offset && lines.position(av.span.start).line === lines.position(offset).line);
    if (availability) {
      const present = new Set<string>(availability.options.map((o) => o.kind));
      const kinds: Record<string, string> = { 'measured by': 'MeasuredBy', 'excluding maintenance': 'ExcludingMaintenance', 'during support': 'DuringSupport', 'max downtime': 'MaxDowntime', 'downtime counted from': 'DowntimeCountedFrom' };
      items.unshift(...keywordItems(AVAIL_OPTIONS.filter((o) => !present.has(kinds[o]!)), t('features.completion.availabilityOption'), '0'));
    }
  }
  return items;
}
