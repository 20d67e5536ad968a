// Shared helpers of the emergency and escalation rules (PL201–PL209):
// finding the parts of emergency clauses and escalation ladders, reading
// contacts, and placing new clauses after a service's block.

import type * as A from '../../syntax/ast';
import type { AgreementModel, Declaration, ServiceModel } from '../../semantics/model';
import type { ResolvedSchedule, ServiceFacts } from '../../semantics/facts';
import { dayNumber, weekdayOfDay } from '../../semantics/schedule';
import { nominalMinutes } from '../../semantics/time';
import type { RuleContext, TextEdit } from '../types';
import { appendToBlock, indentAt, isClosed, lineEnd } from '../fixes/text';
import { lineBreakLength } from '../../syntax/positions';
import { t } from '../../i18n/index';

/** The `reachable` clauses of an emergency clause. */
export function reachables(e: A.Emergency): A.Reachable[] {
  return e.items.filter((i): i is A.Reachable => i.kind === 'Reachable');
}

/** The (first) `respond within` of an emergency clause. */
export function emergencyRespond(e: A.Emergency): A.EmergencyRespond | undefined {
  return e.items.find((i): i is A.EmergencyRespond => i.kind === 'EmergencyRespond');
}

/** The `precondition` clauses of an emergency clause. */
export function preconditions(e: A.Emergency): A.Precondition[] {
  return e.items.filter((i): i is A.Precondition => i.kind === 'Precondition');
}

/** True when a contact declares a non-empty `phone`. */
export function hasPhone(c: A.Contact): boolean {
  return c.fields.some((f) => f.field === 'phone' && (f.value?.value.trim() ?? '') !== '');
}

/** The contact a reference resolves to, when it resolves to a contact. */
export function contactTarget(ctx: RuleContext, ref: A.ContactRef | undefined): Declaration | undefined {
  if (!ref?.contact) return undefined;
  const d = ctx.facts.targetAt(ref.contact.span);
  return d?.kind === 'contact' ? d : undefined;
}

/** The named contacts of a party, as declared. */
export function contactsOf(party: Declaration | undefined): A.Contact[] {
  if (party?.node.kind !== 'Party') return [];
  return (party.node as A.Party).contacts.filter((c) => c.name !== undefined);
}

/** The service a block (`escalation for X`, `emergency for X`) names, when it is in the agreement. */
export function serviceNamed(a: AgreementModel, name: A.Name | undefined): ServiceModel | undefined {
  return name ? a.services.find((s) => s.name === name.text) : undefined;
}

/** Nominal minutes of a duration, on the service's calendar when it is known (else business days count 24 h). */
export function nominalOn(facts: ServiceFacts | undefined, d: A.Duration): number {
  return facts ? facts.nominal(d) : nominalMinutes(d, 1440);
}

export { describeDuration } from '../messages';


/** The top priority's `resolve` clause with its nominal minutes, if written. */
export function topResolve(sf: ServiceFacts) {
  return sf.timed(sf.topPriority, 'Resolve');
}

/** The top priority's `respond` clause with its nominal minutes, if written. */
export function topRespond(sf: ServiceFacts) {
  return sf.timed(sf.topPriority, 'Respond');
}

/** "`P1`" or "the top priority" when it has no name. */
export function priorityLabel(p: A.Priority): string {
  return p.name ? `\`${p.name.text}\`` : t('rules.common.topPriority');
}


/**
 * True when `extra` covers some time that `support` does not: a weekly minute
 * outside support, or a public holiday of the support calendar on which `extra`
 * still has a window (and is not itself off that day).
 */
export function addsTime(support: ResolvedSchedule, extra: ResolvedSchedule): boolean {
  if (!extra.weekly.minus(support.weekly).isEmpty()) return true;
  for (const date of support.holidays ?? []) {
    if (extra.holidays?.has(date)) continue;
    if (extra.weekly.daySlices(weekdayOfDay(dayNumber(date))).length > 0) return true;
  }
  return false;
}


/**
 * Inserts a new agreement-level block (given as lines without indentation)
 * right after the service's block, indented like the service and set off by
 * blank lines from its neighbours.
 * When something else follows the service on its closing line, or the
 * service's block is broken, the lines go at the end of the agreement instead.
 */
export function insertAfterService(text: string, svc: ServiceModel, lines: string[]): TextEdit | undefined {
  const node = svc.node;
  const close = node.body && isClosed(text, node.body) ? node.body.end : undefined;
  if (close !== undefined) {
    const end = lineEnd(text, close);
    const rest = text.slice(close, end).trim();
    if (rest === '' || rest.startsWith('//')) {
      const indent = indentAt(text, node.span.start);
      const after = end + lineBreakLength(text, end);
      const next = text.slice(after, lineEnd(text, after)).trim();
      const spacer = end < text.length && next !== '' && !next.startsWith('}') ? '\n' : '';
      return { span: { start: end, end }, newText: '\n\n' + lines.map((l) => indent + l).join('\n') + spacer };
    }
  }
  const body = svc.agreement.node.body;
  return body && appendToBlock(text, body, lines);
}

/**
 * Whether the service's name is declared once in its agreement. A clause
 * written `for Name` attaches to the first service of that name, so a
 * skeleton inserted for a duplicate would not reach it: the duplicate
 * (PL003) is the thing to fix first.
 */
export function hasUniqueName(svc: ServiceModel): boolean {
  return svc.agreement.services.filter((s) => s.name === svc.name).length === 1;
}

/** `Contact`, or `Party.Contact` when the other party has a contact of the same name. */
export function contactRefText(contact: A.Contact, party: Declaration, other: Declaration | undefined): string {
  const name = contact.name!.text;
  const clash = contactsOf(other).some((c) => c.name!.text === name);
  return clash ? `${party.name}.${name}` : name;
}
