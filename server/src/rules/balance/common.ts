// Shared helpers of the balance rules: the two parties of an agreement, how
// long an agreement-level duration is, and the counter-obligation skeleton
// that PL301 and PL311 offer as their quick fix.

import type * as A from '../../syntax/ast';
import type { AgreementModel } from '../../semantics/model';
import { MINUTES_PER_DAY, nominalMinutes } from '../../semantics/time';
import type { Facts } from '../../semantics/facts';
import type { Fix, RuleContext } from '../types';
import { insertNextTo, placeholder, quoted, withPlaceholders } from '../fixes/text';
import { t } from '../../i18n/index';

/** The role a party plays in an agreement, with the name token of its role clause. */
export interface RoleParty {
  role: 'provider' | 'customer';
  name: string;
  /** The party name in the `provider` / `customer` clause. */
  span: A.Span;
}

/**
 * The provider and the customer of an agreement, when both are named and
 * differ (an agreement without two sides is PL005's finding, not a balance one).
 */
export function roleParties(a: AgreementModel): { provider: RoleParty; customer: RoleParty } | undefined {
  const p = a.providerClause?.party;
  const c = a.customerClause?.party;
  if (!p || !c || p.text === c.text) return undefined;
  return {
    provider: { role: 'provider', name: p.text, span: p.span },
    customer: { role: 'customer', name: c.text, span: c.span },
  };
}

/**
 * Nominal minutes of a duration written at agreement level (a notice period,
 * a claim period). A `business day` takes the length of the agreement's first
 * service's business day; an agreement without services counts it as 24 hours.
 */
export function agreementNominal(facts: Facts, a: AgreementModel, d: A.Duration): number {
  const first = a.services[0];
  return first ? facts.service(first).nominal(d) : nominalMinutes(d, MINUTES_PER_DAY);
}

/** A name for a new obligation that no obligation of the agreement uses yet: `base`, `base2`, `base3` … */
export function freshObligationName(a: AgreementModel, base: string): string {
  const taken = new Set(a.obligations.map((o) => o.name?.text).filter((n): n is string => n !== undefined));
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base}${i}`)) i++;
  return `${base}${i}`;
}

/** Inserts an obligation clause next to the agreement's other obligations (see `insertNextTo`). */
export function appendObligation(ctx: RuleContext<unknown>, a: AgreementModel, clause: string): Fix['edits'][number] | undefined {
  return insertNextTo(ctx.text, a.node, clause);
}

/**
 * The quick fix of PL301 and PL311: a counter-obligation skeleton for `party`
 * next to the agreement's other obligations, with placeholders for what it
 * owes and how often.
 */
export function counterObligationFix(ctx: RuleContext<unknown>, a: AgreementModel, party: string): Fix | undefined {
  const what = quoted(placeholder(t('rules.fix.describeObligation', { party })));
  const edit = appendObligation(ctx, a, `obligation ${party} ${what} as effort every ${placeholder('quarter')}`);
  if (!edit) return undefined;
  return { title: t('rules.fix.counterObligation', { party }), edits: [withPlaceholders(edit)] };
}
