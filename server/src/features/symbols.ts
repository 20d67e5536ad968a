// Document symbols (the outline: agreement → services → priorities …) and workspace symbols.

import type * as A from '../syntax/ast';
import type { Analysis } from '../engine/analyze';
import { t } from '../i18n';

export type SymbolKindOut =
  | 'file'
  | 'module'
  | 'namespace'
  | 'class'
  | 'method'
  | 'property'
  | 'field'
  | 'enum'
  | 'enumMember'
  | 'event'
  | 'function'
  | 'variable'
  | 'object'
  | 'struct'
  | 'interface'
  | 'constant'
  | 'key';

export interface SymbolOut {
  name: string;
  detail?: string;
  kind: SymbolKindOut;
  /** The whole declaration. */
  span: A.Span;
  /** The name (or keyword) to select. */
  selection: A.Span;
  children: SymbolOut[];
}

function sym(name: string, kind: SymbolKindOut, span: A.Span, selection: A.Span | undefined, detail?: string, children: SymbolOut[] = []): SymbolOut {
  return { name, kind, span, selection: selection ?? span, detail, children };
}

function priority(p: A.Priority): SymbolOut {
  return sym(p.name?.text ?? 'priority', 'enumMember', p.span, p.name?.span, p.title?.value);
}

function service(s: A.Service): SymbolOut {
  const children = s.items.filter((i): i is A.Priority => i.kind === 'Priority').map(priority);
  return sym(s.name?.text ?? 'service', 'class', s.span, s.name?.span, s.title?.value, children);
}

function agreementItem(i: A.AgreementItem): SymbolOut | undefined {
  switch (i.kind) {
    case 'Service':
      return service(i);
    case 'Kpi':
      return sym(i.name?.text ?? 'kpi', 'event', i.span, i.name?.span, i.title?.value ?? t('features.symbol.kpi'));
    case 'Calendar':
      return sym(i.name?.text ?? 'calendar', 'namespace', i.span, i.name?.span, t('features.symbol.calendar'));
    case 'Escalation':
      return sym(`escalation for ${i.service?.text ?? '…'}`, 'object', i.span, i.keyword, t('features.symbol.levels', { count: i.levels.length }));
    case 'Emergency':
      return sym(`emergency for ${i.service?.text ?? '…'}`, 'object', i.span, i.keyword);
    case 'Credits':
      return sym(`credits for ${i.service?.text ?? '…'}`, 'object', i.span, i.keyword);
    case 'Obligation':
      return sym(i.name?.text ?? t('features.symbol.obligationOf', { party: i.party?.text ?? '…' }), 'property', i.span, i.name?.span ?? i.keyword, i.text?.value);
    case 'Termination':
      return sym(`termination ${i.party?.text ?? ''}`.trim(), 'key', i.span, i.keyword);
    default:
      return undefined;
  }
}

export function documentSymbols(analysis: Analysis): SymbolOut[] {
  const out: SymbolOut[] = [];
  for (const item of analysis.parsed.file.items) {
    switch (item.kind) {
      case 'Import':
        out.push(sym(`import ${item.path?.value ?? ''}`.trim(), 'module', item.span, item.path?.span ?? item.keyword));
        break;
      case 'Party':
        out.push(
          sym(
            item.name?.text ?? 'party',
            'struct',
            item.span,
            item.name?.span,
            item.title?.value,
            item.contacts.map((c) => sym(c.name?.text ?? 'contact', 'variable', c.span, c.name?.span, c.title?.value)),
          ),
        );
        break;
      case 'Calendar':
        out.push(sym(item.name?.text ?? 'calendar', 'namespace', item.span, item.name?.span, t('features.symbol.calendar')));
        break;
      case 'Agreement':
        out.push(
          sym(
            item.title?.value ?? 'agreement',
            'module',
            item.span,
            item.title?.span ?? item.keyword,
            t('features.symbol.agreement'),
            item.items.map(agreementItem).filter((s): s is SymbolOut => s !== undefined),
          ),
        );
        break;
    }
  }
  return out;
}

export interface WorkspaceSymbolOut {
  name: string;
  kind: SymbolKindOut;
  file: string;
  span: A.Span;
  container?: string;
}

/** Named declarations across files whose name contains every character of `query` in order (case-insensitive). */
export function workspaceSymbols(analyses: readonly Analysis[], query: string): WorkspaceSymbolOut[] {
  const q = query.toLowerCase();
  const matches = (name: string) => {
    let i = 0;
    for (const ch of name.toLowerCase()) if (ch === q[i]) i++;
    return i === q.length;
  };
  const out: WorkspaceSymbolOut[] = [];
  const walk = (symbols: SymbolOut[], file: string, container?: string) => {
    for (const s of symbols) {
      if (s.kind !== 'module' || s.detail === 'agreement') {
        if (matches(s.name)) out.push({ name: s.name, kind: s.kind, file, span: s.selection, container });
      }
      walk(s.children, file, s.name);
    }
  };
  for (const a of analyses) walk(documentSymbols(a), a.file);
  return out;
}
