// PL002's fix: declare the missing name with a skeleton at the right place.

import type * as A from '../../syntax/ast';
import type { Reference } from '../../semantics/model';
import type { Fix, RuleContext } from '../types';
import { appendToBlock, insertBefore, quoted } from './text';
import { t } from '../../i18n/index';

function topLevelAnchor(ctx: RuleContext, r: Reference): number {
  const ast = ctx.parsed.file;
  const agreement = r.agreement ?? ast.agreements[0];
  const firstAgreement = ast.items.find((i) => i.kind === 'Agreement');
  return (agreement ?? firstAgreement)?.span.start ?? ast.span.end;
}

export function declareMissingFix(ctx: RuleContext, r: Reference): Fix | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(r.name)) return undefined;
  switch (r.kind) {
    case 'party':
      return {
        title: t('rules.PL002.fix.party', { name: r.name }),
        edits: [insertBefore(ctx.text, topLevelAnchor(ctx, r), [`party ${r.name} ${quoted(r.name)}`])],
      };
    case 'calendar':
      return {
        title: t('rules.PL002.fix.calendar', { name: r.name }),
        edits: [insertBefore(ctx.text, topLevelAnchor(ctx, r), [`calendar ${r.name} Mon-Fri 08:00-18:00`])],
      };
    case 'obligation': {
      const a = r.agreement;
      const model = ctx.model.agreements.find((m) => m.node === a);
      const party = model?.customer?.name ?? model?.provider?.name;
      if (!a?.body || !party) return undefined;
      const edit = appendToBlock(ctx.text, a.body, [`obligation ${r.name} ${party} ${quoted(t('rules.fix.describeObligation', { party }))} as effort`]);
      return edit && { title: t('rules.PL002.fix.obligation', { name: r.name, party }), edits: [edit] };
    }
    case 'contact': {
      const model = ctx.model.agreements.find((m) => m.node === r.agreement);
      const qualifier = findQualifier(ctx, r);
      const party = qualifier ?? model?.provider;
      if (!party || party.file !== ctx.file) return undefined;
      const node = party.node as A.Party;
      const line = `contact ${r.name} ${quoted(r.name)} phone ${quoted('+00 0000 0000')}`;
      if (node.body) {
        const edit = appendToBlock(ctx.text, node.body, [line]);
        return edit && { title: t('rules.PL002.fix.contact', { name: r.name, party: party.name }), edits: [edit] };
      }
      const end = node.span.end;
      return {
        title: t('rules.PL002.fix.contact', { name: r.name, party: party.name }),
        edits: [{ span: { start: end, end }, newText: ` {\n  ${line}\n}` }],
      };
    }
    default:
      return undefined;
  }
}

/** For `Party.Contact`, the party it names. */
function findQualifier(ctx: RuleContext, r: Reference) {
  const before = ctx.text.slice(0, r.span.start);
  const m = /([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*$/.exec(before);
  return m ? ctx.model.parties.get(m[1]!) : undefined;
}
