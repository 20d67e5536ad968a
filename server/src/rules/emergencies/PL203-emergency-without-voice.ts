import { defineRule, type Fix, type RuleContext, type TextEdit } from '../types';
import type { AgreementModel, Declaration } from '../../semantics/model';
import { contactRefText, contactsOf, contactTarget, hasPhone, reachables } from './common';
import type * as A from '../../syntax/ast';
import { placeholder, quoted, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

/** The phone number the fix writes, a placeholder for the real one. */
const PHONE_PLACEHOLDER = '+00 0000 0000';

/** Another contact of the same party that has a phone number, as the reference to write. */
function otherWithPhone(a: AgreementModel, target: Declaration, contact: A.Contact): string | undefined {
  const party = target.party;
  if (!party) return undefined;
  const other = [a.provider, a.customer].find((p) => p !== undefined && p.name !== party.name);
  const found = contactsOf(party).find((c) => c !== contact && c.name?.text !== contact.name?.text && hasPhone(c));
  return found ? contactRefText(found, party, other) : undefined;
}

/**
 * The fixes of one finding. `offered` holds the contacts whose missing phone
 * number an earlier finding's fix already adds: one finding carries that edit.
 */
function fixesFor(ctx: RuleContext, a: AgreementModel, r: A.Reachable, target: Declaration | undefined, offered: Set<A.Contact>): Fix[] {
  const contact = target?.node as A.Contact | undefined;
  const name = r.contact?.contact?.text ?? '';
  const channel = r.channel && r.channel.value !== 'phone' ? r.channel : undefined;
  if (!contact || !target || !r.contact) {
    return channel ? [{ title: t('rules.PL203.fix.phone', { contact: name }), edits: [{ span: channel.span, newText: 'phone' }] }] : [];
  }
  if (hasPhone(contact)) {
    return channel ? [{ title: t('rules.PL203.fix.phone', { contact: name }), edits: [{ span: channel.span, newText: 'phone' }] }] : [];
  }
  const fixes: Fix[] = [];
  const instead = otherWithPhone(a, target, contact);
  if (instead) {
    const end = channel ? channel.span.end : r.contact.span.end;
    fixes.push({
      title: t('rules.PL203.fix.instead', { contact: instead }),
      edits: [{ span: { start: r.contact.span.start, end }, newText: channel ? `${instead} phone` : instead }],
    });
  }
  // `phone "…"` after the contact's declaration, in the file that declares it
  // (a placeholder to fill in only when that is the file being edited).
  if (offered.has(contact)) {
    if (channel) fixes.push({ title: t('rules.PL203.fix.phone', { contact: name }), edits: [{ span: channel.span, newText: 'phone' }] });
    return fixes;
  }
  offered.add(contact);
  const here = target.file === ctx.file;
  const at = contact.span.end;
  const phone = ` phone ${quoted(here ? placeholder(PHONE_PLACEHOLDER) : PHONE_PLACEHOLDER)}`;
  const add: TextEdit = { span: { start: at, end: at }, newText: phone, ...(here ? {} : { file: target.file }) };
  fixes.push({
    title: t('rules.PL203.fix.addPhone', { contact: name, channel: yesNo(channel) }),
    edits: [...(channel ? [{ span: channel.span, newText: 'phone' }] : []), here ? withPlaceholders(add) : add],
  });
  return fixes;
}

export default defineRule({
  id: 'PL203',
  name: 'emergency-without-voice',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    const offered = new Set<A.Contact>();
    for (const a of ctx.model.agreements) {
      for (const e of a.emergencies) {
        for (const r of reachables(e)) {
          const target = contactTarget(ctx, r.contact);
          const contact = target?.node as A.Contact | undefined;
          const name = r.contact?.contact?.text ?? '';
          const noPhone = contact !== undefined && !hasPhone(contact);
          const related = target ? [{ file: target.file, span: target.span, message: t('rules.PL203.declared', { contact: name }) }] : undefined;
          if (r.channel && r.channel.value !== 'phone') {
            ctx.report({
              span: r.channel.span,
              message: t('rules.PL203.channel', { contact: name, channel: r.channel.value, noPhone: yesNo(noPhone) }),
              related,
              fixes: fixesFor(ctx, a, r, target, offered),
            });
          } else if (noPhone && r.contact) {
            ctx.report({
              span: r.contact.span,
              message: t('rules.PL203.noPhone', { contact: name }),
              related,
              fixes: fixesFor(ctx, a, r, target, offered),
            });
          }
        }
      }
    }
  },
});
