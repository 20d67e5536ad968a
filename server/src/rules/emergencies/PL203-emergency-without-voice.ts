import { defineRule } from '../types';
import { contactTarget, hasPhone, reachables } from './common';
import type * as A from '../../syntax/ast';
import { t } from '../../i18n/index';
import { yesNo } from '../messages';

export default defineRule({
  id: 'PL203',
  name: 'emergency-without-voice',
  family: 'emergencies',
  severity: 'warning',
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
          const related = target ? [{ file: target.file, span: target.span, message: t('rules.PL203.declared', { contact: name }) }] : undefined;
          if (r.channel && r.channel.value !== 'phone') {
            ctx.report({
              span: r.channel.span,
              message: t('rules.PL203.channel', { contact: name, channel: r.channel.value, noPhone: yesNo(noPhone) }),
              related,
            });
          } else if (noPhone && r.contact) {
            ctx.report({
              span: r.contact.span,
              message: t('rules.PL203.noPhone', { contact: name }),
              related,
            });
          }
        }
      }
    }
  },
});
