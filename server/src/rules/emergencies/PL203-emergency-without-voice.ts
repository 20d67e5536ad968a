import { defineRule } from '../types';
import { contactTarget, hasPhone, reachables } from './common';
import type * as A from '../../syntax/ast';

export default defineRule({
  id: 'PL203',
  name: 'emergency-without-voice',
  family: 'emergencies',
  severity: 'warning',
  description: 'The emergency `reachable … via` uses a channel other than `phone`, or names a contact without a phone number.',
  why: 'In an emergency you need a person who answers now; a mailbox, a portal or a chat queue answers when someone gets round to it.',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const e of a.emergencies) {
        for (const r of reachables(e)) {
          const target = contactTarget(ctx, r.contact);
          const contact = target?.node as A.Contact | undefined;
          const name = r.contact?.contact?.text ?? '';
          const noPhone = contact !== undefined && !hasPhone(contact);
          const related = target ? [{ file: target.file, span: target.span, message: `contact \`${name}\` is declared here` }] : undefined;
          if (r.channel && r.channel.value !== 'phone') {
            const extra = noPhone ? `, and \`${name}\` has no phone number at all` : '';
            ctx.report({
              span: r.channel.span,
              message: `the emergency contact \`${name}\` is reached by \`${r.channel.value}\`, not by \`phone\`${extra}: in an emergency a person must pick up`,
              related,
            });
          } else if (noPhone && r.contact) {
            ctx.report({
              span: r.contact.span,
              message: `the emergency contact \`${name}\` has no phone number: nobody can call it when it matters`,
              related,
            });
          }
        }
      }
    }
  },
});
