import type * as A from '../../syntax/ast';
import type { ServiceModel } from '../../semantics/model';
import { formatDurationWords, formatHours } from '../../semantics/format';
import { defineRule, type Fix, type RuleContext } from '../types';
import { formatGap } from '../../semantics/format';
import { contactRefText, contactsOf, hasUniqueName, hasPhone, insertAfterService, topRespond } from './common';
import { placeholder, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';
import { vowelSound } from '../messages';

/** The written schedule text, e.g. `Office` or `Mon-Fri 08:00-18:00`. */
function scheduleText(ctx: RuleContext, s: A.Schedule): string {
  return ctx.text.slice(s.span.start, s.span.end).replace(/\s+/g, ' ');
}

/** The emergency skeleton: 24x7, the provider's contact with a phone, the top priority's respond time. */
function skeletonFix(ctx: RuleContext, svc: ServiceModel): Fix | undefined {
  const a = svc.agreement;
  const provider = a.provider;
  if (!provider || !svc.name || !hasUniqueName(svc)) return undefined;
  const contacts = contactsOf(provider);
  const contact = contacts.find(hasPhone) ?? contacts[0];
  if (!contact) return undefined;
  const via = contactRefText(contact, provider, a.customer);
  const sf = ctx.facts.service(svc);
  const top = topRespond(sf);
  const respond = top ? (top.duration.business ? formatDurationWords(top.minutes) : top.duration.text) : '30 minutes';
  const edit = insertAfterService(ctx.text, svc, [
    `emergency for ${svc.name} {`,
    `  reachable ${placeholder('24x7')} via ${placeholder(via)} phone`,
    `  respond within ${placeholder(respond)}`,
    `}`,
  ]);
  if (!edit) return undefined;
  return {
    title: t('rules.PL201.fix.insert', { service: svc.name, via, respond }),
    edits: [withPlaceholders(edit)],
  };
}

export default defineRule({
  id: 'PL201',
  name: 'missing-emergency',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        if (svc.emergency) continue;
        const sf = ctx.facts.service(svc);
        if (sf.alwaysSupported) continue;
        const span = svc.node.name?.span ?? svc.node.keyword;
        const gap = sf.gap(false);
        const schedule = svc.support?.schedule;
        const gapText = formatGap(gap);
        const message = schedule
          ? t('rules.PL201.supportGap', { schedule: scheduleText(ctx, schedule), vowel: vowelSound(gapText), gap: gapText })
          : t('rules.PL201.noSupport', { service: svc.name ?? '', hours: formatHours(gap.minutes) });
        const fix = skeletonFix(ctx, svc);
        ctx.report({
          span,
          message,
          related: svc.support ? [{ file: ctx.file, span: svc.support.span, message: t('rules.common.supportHours') }] : undefined,
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
