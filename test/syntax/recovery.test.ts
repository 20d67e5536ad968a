// A file with several syntax errors still yields the facts of its intact clauses.

import { describe, expect, it } from 'vitest';
import { analyzeText } from '../harness/analyze';
import { priorityClause } from '../../server/src/semantics/facts';
import { parse } from '../../server/src/syntax/parse';

const BROKEN = `party Acme "Acme" {
  contact Desk "Desk" phone "+31 20 555 0100"
party Town "Town"
calendar Office Mon-Fri 08:00-18:00
agreement "Broken in three places" {
  provider Acme
  customer Town
  servce Typo { }
  service Web {
    support Office
    availability 99.9% per month measured by "probe"
    priority P1 {
      respond within soon
      resolve within 4 hours
    }
    priority P2 { respond within 1 business day
  }
  escalation for Web {
    level 1 Desk after 0 minutes
    level 2 Ghost after 1 hour
  }
  termination Acme notice 3 months
}
`;

describe('recovery', () => {
  const a = analyzeText('/tmp/recovery.pledge', BROKEN);
  const syntax = a.findings.filter((f) => f.ruleId === 'PL001');

  it('reports each syntax error once, on its token', () => {
    const at = syntax.map((f) => BROKEN.slice(f.span.start, f.span.end));
    expect(at).toEqual(['party', 'servce', 'soon', 'escalation']);
  });

  it('keeps the facts of the intact clauses after the errors', () => {
    const web = a.model.agreements[0]!.services.find((s) => s.name === 'Web')!;
    const facts = a.facts.service(web);
    expect(facts.budget?.minutes).toBeCloseTo(43.2, 6);
    expect(facts.support.weekly.coveredMinutesPerWeek()).toBe(3000);
    expect(facts.gap(false).minutes).toBe(62 * 60);
    const p1 = facts.topPriority!;
    expect(facts.nominal(priorityClause(p1, 'Resolve')!.duration!)).toBe(240);
    const p2 = web.priorities[1]!;
    expect(facts.nominal(priorityClause(p2, 'Respond')!.duration!)).toBe(600);
    expect(facts.worstCase(priorityClause(p2, 'Respond')!.duration!)).toBe(72 * 60);
  });

  it('still resolves names and reports semantic problems after the errors', () => {
    const ghost = a.findings.find((f) => f.ruleId === 'PL002');
    expect(ghost && BROKEN.slice(ghost.span.start, ghost.span.end)).toBe('Ghost');
    expect(a.model.agreements[0]!.terminations).toHaveLength(1);
  });

  it('never throws, whatever the input', () => {
    const samples = ['', '{', '}}}', 'agreement', 'agreement "x" { service', '"', '/*', '24x7 24/7 99% 2026-99-99 25:99', '\u0000\uffff'];
    for (const s of samples) expect(() => parse(s)).not.toThrow();
    for (let cut = 0; cut < BROKEN.length; cut += 7) expect(() => analyzeText('/tmp/cut.pledge', BROKEN.slice(0, cut))).not.toThrow();
  });
});
