// Names, scopes and imports (LANGUAGE.md §4).
//
// `bindFile` turns a parsed file into a model: what every name refers to,
// which names are declared twice, which imports fail, and per agreement the
// typed view the rules read (services with their support calendar, emergency
// clause, escalation ladder …). It reads other files only through `ProgramHost`.

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { intlTag, t } from '../i18n';
import type * as A from '../syntax/ast';
import type { ParseResult } from '../syntax/parse';

export type SymbolKind = 'party' | 'contact' | 'calendar' | 'service' | 'kpi' | 'obligation' | 'priority';

export interface Declaration {
  kind: SymbolKind;
  name: string;
  /** The name token. */
  span: A.Span;
  /** The file that declares it. */
  file: string;
  node: A.Party | A.Contact | A.Calendar | A.Service | A.Kpi | A.Obligation | A.Priority;
  /** The party of a contact. */
  party?: Declaration;
}

export interface Reference {
  kind: SymbolKind;
  name: string;
  span: A.Span;
  target?: Declaration;
  /** Why it does not resolve (for PL002), when it does not. */
  problem?: string;
  /** The agreement the reference sits in (for quick fixes that declare it). */
  agreement?: A.Agreement;
  /** For an ambiguous name, every declaration it may mean (for quick fixes that qualify it). */
  candidates?: Declaration[];
}

export interface Duplicate {
  span: A.Span;
  message: string;
  first?: { file: string; span: A.Span };
}

export interface ImportProblem {
  node: A.Import;
  span: A.Span;
  message: string;
}

export interface ImportLink {
  node: A.Import;
  /** Absolute path of the imported file, when it resolves. */
  target?: string;
}

export interface ServiceModel {
  node: A.Service;
  name?: string;
  agreement: AgreementModel;
  support?: A.Support;
  /** The calendar `support` names, when it names one that resolves. */
  supportCalendar?: A.Calendar;
  availability?: A.Availability;
  maintenance?: A.Maintenance;
  capacity?: A.Capacity;
  dependsOn: A.DependsOn[];
  priorities: A.Priority[];
  escalation?: A.Escalation;
  emergency?: A.Emergency;
  credits?: A.Credits;
  kpis: A.Kpi[];
}

export interface AgreementModel {
  node: A.Agreement;
  provider?: Declaration;
  customer?: Declaration;
  providerClause?: A.Provider;
  customerClause?: A.Customer;
  effective?: A.Effective;
  services: ServiceModel[];
  kpis: A.Kpi[];
  obligations: A.Obligation[];
  remedies: A.Remedy[];
  terminations: A.Termination[];
  changes: A.Change[];
  reviews: A.Review[];
  escalations: A.Escalation[];
  emergencies: A.Emergency[];
  credits: A.Credits[];
  calendars: A.Calendar[];
}

export interface FileModel {
  file: string;
  declarations: Declaration[];
  references: Reference[];
  duplicates: Duplicate[];
  imports: ImportLink[];
  importProblems: ImportProblem[];
  agreements: AgreementModel[];
  /** Parties and calendars visible in this file (own first, then imported). */
  parties: Map<string, Declaration>;
  calendars: Map<string, Declaration>;
  /** The workspace's Pledge files, when the host lists them (see `ProgramHost.listFiles`). */
  listFiles?: () => readonly string[];
}

/** What binding needs to know about other files. */
export interface ProgramHost {
  /** The parsed file at an absolute path, or undefined when it does not exist. */
  getParsed(file: string): ParseResult | undefined;
  /** The workspace folder that imports must stay inside, if known. */
  root?: string;
  /**
   * The real path of a file or folder (symlinks resolved), or undefined when it
   * does not exist. Without it, containment compares paths as written.
   */
  realPath?(file: string): string | undefined;
  /**
   * The Pledge files of the workspace (absolute paths), when the host knows
   * them: for completing import paths and suggesting the file an import meant.
   */
  listFiles?(): readonly string[];
}

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Whether `file` stays inside the workspace folder `root`: as written, and
 * once symlinks are resolved (a link inside the folder may point outside it).
 */
export function staysInside(root: string, file: string, realPath?: (file: string) => string | undefined): boolean {
  if (!isInside(root, file)) return false;
  if (!realPath) return true;
  const realFile = realPath(file);
  return realFile === undefined || isInside(realPath(root) ?? root, realFile);
}

/** Resolves an import's path against the importing file (no I/O); a `file:` URI names its path. */
export function importTarget(fromFile: string, value: string): string {
  if (/^file:/i.test(value)) {
    try {
      return path.normalize(fileURLToPath(value));
    } catch {
      // Not a local file URI: resolved as a relative path, it names no file.
    }
  }
  return path.resolve(path.dirname(fromFile), value);
}

function declare(
  map: Map<string, Declaration>,
  decl: Declaration,
  duplicates: Duplicate[],
  what: SymbolKind,
  owner?: () => string,
): void {
  const first = map.get(decl.name);
  if (first && first.file === decl.file) {
    const params = { what: t(`syntax.bind.kind.${what}`), name: code(decl.name), owner: owner?.() };
    duplicates.push({
      span: decl.span,
      message: t(owner === undefined ? 'syntax.bind.declaredTwice' : 'syntax.bind.declaredTwice.of', params),
      first: { file: first.file, span: first.span },
    });
    return;
  }
  if (!first || first.file !== decl.file) map.set(decl.name, decl);
}

/**
 * Reports a clause that may appear once and appears again. `where` words the
 * block it stands in; it is asked only when there is something to report.
 */
function onceOnly<T extends { kind: string; keyword: A.Span }>(items: readonly T[], where: () => string, duplicates: Duplicate[], file: string): T | undefined {
  const first = items[0];
  for (let i = 1; i < items.length; i++) {
    const again = items[i]!;
    duplicates.push({
      span: again.keyword,
      message: t('syntax.bind.onlyOne', { where: where(), keyword: code(keywordOf(again.kind)) }),
      first: first && { file, span: first.keyword },
    });
  }
  return first;
}

const KEYWORD_OF: Record<string, string> = {
  DependsOn: 'depends on',
  MeasuredBy: 'measured by',
  KpiMeasuredBy: 'measured by',
  ExcludingMaintenance: 'excluding maintenance',
  DuringSupport: 'during support',
  MaxDowntime: 'max downtime',
  DowntimeCountedFrom: 'downtime counted from',
  KpiFor: 'for',
  ReportedBy: 'reported by',
  EmergencyRespond: 'respond',
  SoleRemedy: 'sole remedy',
};

export function keywordOf(kind: string): string {
  return KEYWORD_OF[kind] ?? kind.toLowerCase();
}

/** The items of a block by kind, in source order (one pass, however many kinds are asked for). */
class ByKind<T extends { kind: string }> {
  private readonly lists = new Map<string, T[]>();
  constructor(items: readonly T[]) {
    for (const i of items) {
      const list = this.lists.get(i.kind);
      if (list) list.push(i);
      else this.lists.set(i.kind, [i]);
    }
  }
  of<K extends T['kind']>(kind: K): Extract<T, { kind: K }>[] {
    return (this.lists.get(kind) as Extract<T, { kind: K }>[] | undefined) ?? [];
  }
}

function ofKind<K extends string, T extends { kind: string }>(items: readonly T[], kind: K): Extract<T, { kind: K }>[] {
  return items.filter((i): i is Extract<T, { kind: K }> => i.kind === kind);
}

/** Binds the names of one parsed file. */
export function bindFile(file: string, parsed: ParseResult, host: ProgramHost): FileModel {
  const ast = parsed.file;
  const declarations: Declaration[] = [];
  const references: Reference[] = [];
  const duplicates: Duplicate[] = [];
  const importProblems: ImportProblem[] = [];
  const imports: ImportLink[] = [];
  const parties = new Map<string, Declaration>();
  const calendars = new Map<string, Declaration>();
  // Contacts by party and name (the first of a name), so that resolving a
  // contact costs one lookup, not a scan of every declaration of the file.
  const ownContacts = new Map<Declaration, Map<string, Declaration>>();
  const importedContacts = new Map<Declaration, Map<string, Declaration>>();

  const declareTop = (target: string, f: A.File, own: boolean) => {
    for (const p of f.parties) {
      if (!p.name) continue;
      const d: Declaration = { kind: 'party', name: p.name.text, span: p.name.span, file: target, node: p };
      if (own) {
        declarations.push(d);
        declare(parties, d, duplicates, 'party');
        const contacts = new Map<string, Declaration>();
        ownContacts.set(d, contacts);
        for (const c of p.contacts) {
          if (!c.name) continue;
          const cd: Declaration = { kind: 'contact', name: c.name.text, span: c.name.span, file: target, node: c, party: d };
          declarations.push(cd);
          declare(contacts, cd, duplicates, 'contact', () => t('syntax.bind.where.party', { name: p.name!.text }));
          checkContactFields(c, duplicates, file);
        }
      } else if (!parties.has(d.name)) {
        parties.set(d.name, d);
      }
    }
    for (const c of f.calendars) {
      if (!c.name) continue;
      const d: Declaration = { kind: 'calendar', name: c.name.text, span: c.name.span, file: target, node: c };
      if (own) {
        declarations.push(d);
        declare(calendars, d, duplicates, 'calendar');
      } else if (!calendars.has(d.name)) {
        calendars.set(d.name, d);
      }
    }
  };

  declareTop(file, ast, true);

  // Imports: direct only; their own parties and calendars become visible.
  const seenImports = new Set<string>();
  for (const imp of ast.imports) {
    if (!imp.path) {
      imports.push({ node: imp });
      continue;
    }
    const value = imp.path.value;
    const target = importTarget(file, value);
    const problem = importProblem(value, target, file, host);
    if (problem) {
      importProblems.push({ node: imp, span: imp.path.span, message: problem });
      imports.push({ node: imp });
      continue;
    }
    imports.push({ node: imp, target });
    if (target === file || seenImports.has(target)) continue;
    seenImports.add(target);
    const other = host.getParsed(target);
    if (other) declareTop(target, other.file, false);
  }

  const agreements = ast.agreements.map((a) => bindAgreement(a, file, { parties, calendars, ownContacts, importedContacts }, declarations, references, duplicates));

  // File-level calendar references.
  for (const c of ast.calendars) refSchedule(c.schedule, calendars, references, undefined);

  const listFiles = host.listFiles?.bind(host);
  return { file, declarations, references, duplicates, imports, importProblems, agreements, parties, calendars, ...(listFiles ? { listFiles } : {}) };
}

function checkContactFields(c: A.Contact, duplicates: Duplicate[], file: string): void {
  for (const field of ['phone', 'email', 'role'] as const) {
    const same = c.fields.filter((f) => f.field === field);
    for (const again of same.slice(1)) {
      duplicates.push({
        span: again.keyword,
        message: t('syntax.bind.contactField', { name: code(c.name?.text ?? ''), field: code(field) }),
        first: { file, span: same[0]!.keyword },
      });
    }
  }
}

function importProblem(value: string, target: string, file: string, host: ProgramHost): string | undefined {
  const quoted = code(value);
  if (!value.endsWith('.pledge')) return t('syntax.bind.import.notPledge', { path: quoted });
  if (!path.isAbsolute(file)) return t('syntax.bind.import.unsaved', { path: quoted });
  if (host.root !== undefined && !staysInside(host.root, target, host.realPath)) {
    return t('syntax.bind.import.outside', { path: quoted });
  }
  if (!host.getParsed(target)) return t('syntax.bind.import.missing', { path: quoted, target });
  return undefined;
}

interface Scope {
  parties: Map<string, Declaration>;
  calendars: Map<string, Declaration>;
  /** The file's own contacts by party and name (the first of a name). */
  ownContacts: Map<Declaration, Map<string, Declaration>>;
  /** Contacts of imported parties, by party and name, filled as they are asked for. */
  importedContacts: Map<Declaration, Map<string, Declaration>>;
}

function refSchedule(
  s: A.Schedule | undefined,
  calendars: Map<string, Declaration>,
  references: Reference[],
  agreement: A.Agreement | undefined,
): Declaration | undefined {
  if (s?.form !== 'ref') return undefined;
  const target = calendars.get(s.ref.text);
  references.push({
    kind: 'calendar',
    name: s.ref.text,
    span: s.ref.span,
    target,
    agreement,
    problem: target ? undefined : t('syntax.bind.undeclared.calendar', { name: code(s.ref.text) }) + hint(s.ref.text, calendars),
  });
  return target;
}

/** A name or path as messages quote it: `Acme`. */
function code(text: string): string {
  return '`' + text + '`';
}

/** " (did you mean `X`?)" when a declared name is close. */
function hint(name: string, candidates: Map<string, Declaration>): string {
  const lower = name.toLowerCase();
  for (const k of candidates.keys()) if (k.toLowerCase() === lower) return t('syntax.bind.didYouMean', { name: code(k) });
  return '';
}

function bindAgreement(
  a: A.Agreement,
  file: string,
  fileScope: Scope,
  declarations: Declaration[],
  references: Reference[],
  duplicates: Duplicate[],
): AgreementModel {
  const items = a.items;
  const where = () => t('syntax.bind.where.agreement');
  const kinds = new ByKind(items);
  const providerClause = onceOnly(kinds.of('Provider'), where, duplicates, file);
  const customerClause = onceOnly(kinds.of('Customer'), where, duplicates, file);
  onceOnly(kinds.of('Version'), where, duplicates, file);
  const effective = onceOnly(kinds.of('Effective'), where, duplicates, file);
  const changes = kinds.of('Change');
  onceOnly(changes, where, duplicates, file);
  const reviews = kinds.of('Review');
  onceOnly(reviews, where, duplicates, file);

  const calendars = new Map(fileScope.calendars);
  const localCalendars = kinds.of('Calendar');
  const localDecl = new Map<string, Declaration>();
  for (const c of localCalendars) {
    if (!c.name) continue;
    const d: Declaration = { kind: 'calendar', name: c.name.text, span: c.name.span, file, node: c };
    declarations.push(d);
    declare(localDecl, d, duplicates, 'calendar');
    calendars.set(d.name, localDecl.get(d.name)!);
  }

  const refParty = (n: A.Name | undefined): Declaration | undefined => {
    if (!n) return undefined;
    const target = fileScope.parties.get(n.text);
    references.push({
      kind: 'party',
      name: n.text,
      span: n.span,
      target,
      agreement: a,
      problem: target ? undefined : t('syntax.bind.undeclared.party', { name: code(n.text) }) + hint(n.text, fileScope.parties),
    });
    return target;
  };

  const provider = refParty(providerClause?.party);
  const customer = refParty(customerClause?.party);
  for (const extra of kinds.of('Provider').slice(1)) refParty(extra.party);
  for (const extra of kinds.of('Customer').slice(1)) refParty(extra.party);

  const model: AgreementModel = {
    node: a,
    provider,
    customer,
    providerClause,
    customerClause,
    effective,
    services: [],
    kpis: kinds.of('Kpi'),
    obligations: kinds.of('Obligation'),
    remedies: kinds.of('Remedy'),
    terminations: kinds.of('Termination'),
    changes,
    reviews,
    escalations: kinds.of('Escalation'),
    emergencies: kinds.of('Emergency'),
    credits: kinds.of('Credits'),
    calendars: localCalendars,
  };

  for (const c of localCalendars) refSchedule(c.schedule, calendars, references, a);

  // Services, KPIs and obligations belong to the agreement.
  const services = new Map<string, Declaration>();
  const serviceOfNode = new Map<A.Service, ServiceModel>();
  for (const s of kinds.of('Service')) {
    const svc = bindService(s, model, file, calendars, declarations, references, duplicates);
    model.services.push(svc);
    serviceOfNode.set(s, svc);
    if (!s.name) continue;
    const d: Declaration = { kind: 'service', name: s.name.text, span: s.name.span, file, node: s };
    declarations.push(d);
    declare(services, d, duplicates, 'service');
  }
  const kpis = new Map<string, Declaration>();
  for (const k of model.kpis) {
    if (!k.name) continue;
    const d: Declaration = { kind: 'kpi', name: k.name.text, span: k.name.span, file, node: k };
    declarations.push(d);
    declare(kpis, d, duplicates, 'kpi');
  }
  const obligations = new Map<string, Declaration>();
  for (const o of model.obligations) {
    if (!o.name) continue;
    const d: Declaration = { kind: 'obligation', name: o.name.text, span: o.name.span, file, node: o };
    declarations.push(d);
    declare(obligations, d, duplicates, 'obligation');
  }

  const serviceModel = (n: A.Name | undefined): ServiceModel | undefined => {
    if (!n) return undefined;
    const target = services.get(n.text);
    references.push({
      kind: 'service',
      name: n.text,
      span: n.span,
      target,
      agreement: a,
      problem: target ? undefined : t('syntax.bind.undeclared.service', { name: code(n.text) }) + hint(n.text, services),
    });
    if (!target) return undefined;
    return serviceOfNode.get(target.node as A.Service);
  };

  // Contacts resolve among the provider's and the customer's contacts.
  const roleParties = [provider, customer].filter((p): p is Declaration => p !== undefined);
  const contactOf = (party: Declaration, name: string): Declaration | undefined => {
    const own = fileScope.ownContacts.get(party)?.get(name);
    if (own) return own;
    const importedContacts = fileScope.importedContacts;
    let imported = importedContacts.get(party);
    if (!imported) {
      imported = new Map();
      for (const c of contactDeclarations(party)) if (!imported.has(c.name)) imported.set(c.name, c);
      importedContacts.set(party, imported);
    }
    return imported.get(name);
  };
  const refContact = (r: A.ContactRef | undefined) => {
    if (!r?.contact) return;
    if (r.party) {
      const party = refParty(r.party);
      if (!party) return;
      const target = contactOf(party, r.contact.text);
      references.push({
        kind: 'contact',
        name: r.contact.text,
        span: r.contact.span,
        target,
        agreement: a,
        problem: target ? undefined : t('syntax.bind.contact.notOfParty', { party: code(party.name), name: code(r.contact.text) }),
      });
      return;
    }
    const found = roleParties.map((p) => contactOf(p, r.contact!.text)).filter((d): d is Declaration => !!d);
    const unique = [...new Set(found)];
    let problem: string | undefined;
    if (unique.length === 0) {
      // A party that is both provider and customer is named once.
      const names = new Intl.ListFormat(intlTag(), { type: 'disjunction' }).format([...new Set(roleParties.map((p) => code(p.name)))]);
      problem = roleParties.length
        ? t('syntax.bind.contact.notOfRoles', { name: code(r.contact.text), parties: names })
        : t('syntax.bind.contact.noRoles', { name: code(r.contact.text) });
    } else if (unique.length > 1) {
      problem = t('syntax.bind.contact.ambiguous', {
        name: code(r.contact.text),
        a: code(unique[0]!.party!.name),
        b: code(unique[1]!.party!.name),
        qualified: code(`${unique[0]!.party!.name}.${r.contact.text}`),
      });
    }
    references.push({
      kind: 'contact',
      name: r.contact.text,
      span: r.contact.span,
      target: unique.length === 1 ? unique[0] : undefined,
      agreement: a,
      problem,
      ...(unique.length > 1 ? { candidates: unique } : {}),
    });
  };

  for (const k of model.kpis) {
    const where = () => t('syntax.bind.where.kpi', { name: k.name?.text ?? '' });
    const kpiFor = onceOnly(ofKind(k.items, 'KpiFor'), where, duplicates, file);
    onceOnly(ofKind(k.items, 'Target'), where, duplicates, file);
    onceOnly(ofKind(k.items, 'KpiMeasuredBy'), where, duplicates, file);
    onceOnly(ofKind(k.items, 'ReportedBy'), where, duplicates, file);
    const svc = serviceModel(kpiFor?.service);
    svc?.kpis.push(k);
    for (const extra of ofKind(k.items, 'KpiFor').slice(1)) serviceModel(extra.service);
    for (const r of ofKind(k.items, 'ReportedBy')) {
      refParty(r.from);
      refParty(r.to);
    }
  }

  const attach = <T extends { service?: A.Name; keyword: A.Span; kind: string }>(
    blocks: T[],
    set: (s: ServiceModel, b: T) => void,
    get: (s: ServiceModel) => T | undefined,
    what: 'escalation' | 'emergency' | 'credits',
  ) => {
    for (const b of blocks) {
      const svc = serviceModel(b.service);
      if (!svc) continue;
      const existing = get(svc);
      if (existing) {
        duplicates.push({
          span: b.keyword,
          message: t(`syntax.bind.already.${what}`, { service: code(svc.name ?? '') }),
          first: { file, span: existing.keyword },
        });
      } else set(svc, b);
    }
  };
  attach(model.escalations, (s, b) => (s.escalation = b), (s) => s.escalation, 'escalation');
  attach(model.emergencies, (s, b) => (s.emergency = b), (s) => s.emergency, 'emergency');
  attach(model.credits, (s, b) => (s.credits = b), (s) => s.credits, 'credits');

  for (const e of model.escalations) for (const l of e.levels) refContact(l.contact);
  for (const e of model.emergencies) {
    onceOnly(ofKind(e.items, 'EmergencyRespond'), () => t('syntax.bind.where.emergency'), duplicates, file);
    for (const r of ofKind(e.items, 'Reachable')) {
      refSchedule(r.schedule, calendars, references, a);
      refContact(r.contact);
    }
  }
  for (const c of model.credits) {
    const where = () => t('syntax.bind.where.credits');
    onceOnly(ofKind(c.items, 'Cap'), where, duplicates, file);
    onceOnly(ofKind(c.items, 'Claim'), where, duplicates, file);
    onceOnly(ofKind(c.items, 'SoleRemedy'), where, duplicates, file);
  }
  for (const o of model.obligations) refParty(o.party);
  for (const r of model.remedies) {
    refParty(r.from);
    refParty(r.to);
  }
  const terminated = new Map<string, A.Termination>();
  for (const term of model.terminations) {
    const party = refParty(term.party);
    if (!party) continue;
    const first = terminated.get(party.name);
    if (first) {
      duplicates.push({
        span: term.keyword,
        message: t('syntax.bind.already.termination', { party: code(party.name) }),
        first: { file, span: first.keyword },
      });
    } else terminated.set(party.name, term);
  }
  for (const c of [...model.changes, ...model.reviews]) if (c.by?.kind === 'Name') refParty(c.by);
  for (const svc of model.services) {
    for (const c of svc.node.items) if (c.kind === 'Capacity') refParty(c.buyer);
  }

  // `depends on` names an obligation of this agreement.
  for (const svc of model.services) {
    for (const d of svc.dependsOn) {
      if (!d.obligation) continue;
      const target = obligations.get(d.obligation.text);
      references.push({
        kind: 'obligation',
        name: d.obligation.text,
        span: d.obligation.span,
        target,
        agreement: a,
        problem: target
          ? undefined
          : t('syntax.bind.undeclared.obligation', { name: code(d.obligation.text) }) + hint(d.obligation.text, obligations),
      });
    }
  }
  return model;
}

/** Contacts of a party declared in another (imported) file. */
export function contactDeclarations(party: Declaration): Declaration[] {
  const node = party.node as A.Party;
  return node.contacts
    .filter((c) => c.name)
    .map((c) => ({ kind: 'contact', name: c.name!.text, span: c.name!.span, file: party.file, node: c, party }));
}

function bindService(
  s: A.Service,
  agreement: AgreementModel,
  file: string,
  calendars: Map<string, Declaration>,
  declarations: Declaration[],
  references: Reference[],
  duplicates: Duplicate[],
): ServiceModel {
  const where = () => t('syntax.bind.where.service', { name: s.name?.text ?? '' });
  const kinds = new ByKind(s.items);
  const support = onceOnly(kinds.of('Support'), where, duplicates, file);
  const availability = onceOnly(kinds.of('Availability'), where, duplicates, file);
  const maintenance = onceOnly(kinds.of('Maintenance'), where, duplicates, file);
  const capacity = onceOnly(kinds.of('Capacity'), where, duplicates, file);
  for (const a of kinds.of('Availability')) {
    const options = new ByKind(a.options);
    for (const kind of ['MeasuredBy', 'ExcludingMaintenance', 'DuringSupport', 'MaxDowntime', 'DowntimeCountedFrom'] as const) {
      onceOnly(options.of(kind), () => t('syntax.bind.where.availability'), duplicates, file);
    }
  }
  const supportCalendar = refSchedule(support?.schedule, calendars, references, agreement.node);
  for (const m of kinds.of('Maintenance')) refSchedule(m.schedule, calendars, references, agreement.node);
  for (const extra of kinds.of('Support').slice(1)) refSchedule(extra.schedule, calendars, references, agreement.node);

  const priorities = kinds.of('Priority');
  const seen = new Map<string, Declaration>();
  for (const p of priorities) {
    const pw = () => t('syntax.bind.where.priority', { name: p.name?.text ?? '' });
    onceOnly(ofKind(p.items, 'Respond'), pw, duplicates, file);
    onceOnly(ofKind(p.items, 'Resolve'), pw, duplicates, file);
    onceOnly(ofKind(p.items, 'Clock'), pw, duplicates, file);
    if (!p.name) continue;
    const d: Declaration = { kind: 'priority', name: p.name.text, span: p.name.span, file, node: p };
    declarations.push(d);
    declare(seen, d, duplicates, 'priority', where);
  }

  return {
    node: s,
    name: s.name?.text,
    agreement,
    support,
    supportCalendar: supportCalendar?.node as A.Calendar | undefined,
    availability,
    maintenance,
    capacity,
    dependsOn: kinds.of('DependsOn'),
    priorities,
    kpis: [],
  };
}
