import { formatDurationWords } from '../../semantics/format';
import type { ServiceModel } from '../../semantics/model';
import { defineRule, type Fix, type RuleContext } from '../types';
import { contactRefText, contactsOf, hasUniqueName, insertAfterService, topResolve } from './common';
import { placeholder, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';

/**
 * The `after` times of a three-level skeleton: level 2 at half the top
 * priority's nominal resolve time (never later than it), level 3 at the
 * resolve time itself; without a resolve time, 1 and 4 hours.
 */
function skeletonTimes(resolveMinutes: number | undefined): [number, number, number] {
  if (resolveMinutes === undefined || resolveMinutes <= 0) return [0, 60, 240];
  const second = Math.max(1, Math.floor(resolveMinutes / 2));
  return [0, second, Math.max(second + 1, Math.round(resolveMinutes))];
}

/** The ladder skeleton: the provider's contacts first, the customer's first contact at the top. */
function skeletonFix(ctx: RuleContext, svc: ServiceModel): Fix | undefined {
  const a = svc.agreement;
  const provider = a.provider;
  if (!provider || !svc.name || !hasUniqueName(svc)) return undefined;
  const own = contactsOf(provider).map((c) => contactRefText(c, provider, a.customer));
  if (own.length === 0) return undefined;
  const customer = a.customer;
  const theirs = customer ? contactsOf(customer).map((c) => contactRefText(c, customer, provider)) : [];
  const ladder = theirs.length
    ? [own[0]!, own[1] ?? own[0]!, theirs[0]!]
    : own.length >= 3
      ? own.slice(0, 3)
      : [own[0]!, own[1] ?? own[0]!];
  const resolve = topResolve(ctx.facts.service(svc));
  const times = skeletonTimes(resolve?.minutes);
  const edit = insertAfterService(ctx.text, svc, [
    `escalation for ${svc.name} {`,
    ...ladder.map((who, i) => `  level ${i + 1} ${placeholder(who)} after ${placeholder(formatDurationWords(times[i]!))}`),
    `}`,
  ]);
  if (!edit) return undefined;
  return { title: t('rules.PL206.fix.insert', { service: svc.name, ladder: ladder.join(' → ') }), edits: [withPlaceholders(edit)] };
}

export default defineRule({
  id: 'PL206',
  name: 'missing-escalation',
  family: 'emergencies',
  severity: 'warning',
  tags: ['emergencies', 'escalation'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        if (svc.escalation || svc.priorities.length === 0) continue;
        const names = svc.priorities.map((p) => (p.name ? `\`${p.name.text}\`` : '?')).join(', ');
        const fix = skeletonFix(ctx, svc);
        ctx.report({
          span: svc.node.name?.span ?? svc.node.keyword,
          message: t('rules.PL206.message', { service: svc.name ?? '', count: svc.priorities.length, names }),
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
