// `pledge diff`: each fixture pair in test/fixtures/diff/<case>/{old,new}.pledge
// against its reviewed goldens (test/golden/diff/<case>.md and .json), the
// direction of every kind of change, and the command's exit codes.

import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';
import { expectGolden } from '../harness/golden';
import { diffAnalyses, renderDiff, type DiffResult } from '../../server/src/features/diff';
import { withLocale } from '../../server/src/i18n';

const FIXTURES = path.join(REPO, 'test/fixtures/diff');
const GOLDEN = path.join(REPO, 'test/golden/diff');
const CASES = readdirSync(FIXTURES).sort();
const NO_CHANGES = ['renamed-but-equal', 'reordered-only'];
const DUTCH = ['availability-up', 'termination', 'obligations'];

function diffCase(name: string): DiffResult {
  const rel = (side: string) => `test/fixtures/diff/${name}/${side}.pledge`;
  return diffAnalyses(analyzeFile(path.join(REPO, rel('old'))), analyzeFile(path.join(REPO, rel('new'))), { oldLabel: rel('old'), newLabel: rel('new') });
}

describe('diff goldens', () => {
  it.each(CASES)('%s', (name) => {
    const result = diffCase(name);
    expect(result.changed).toBe(!NO_CHANGES.includes(name));
    expectGolden(path.join(GOLDEN, `${name}.md`), renderDiff(result, 'md'));
    expectGolden(path.join(GOLDEN, `${name}.json`), renderDiff(result, 'json'));
  });

  it.each(DUTCH)('%s in Dutch', (name) => {
    const md = withLocale('nl', () => renderDiff(diffCase(name), 'md'));
    expectGolden(path.join(GOLDEN, `${name}.nl.md`), md);
  });
});

// [case, kind, action, direction, promisor, favours]: who gains by each kind of change.
const EXPECTED: Array<[string, string, string, string, string | undefined, string | undefined]> = [
  ['availability-up', 'availability', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['availability-down', 'availability', 'changed', 'weaker', 'Acme', 'Acme'],
  ['period-change', 'availability', 'changed', 'weaker', 'Acme', 'Acme'],
  ['during-support', 'availability', 'changed', 'weaker', 'Acme', 'Acme'],
  ['during-support', 'maxDowntime', 'added', 'stronger', 'Acme', 'Utrecht'],
  ['during-support', 'downtimeCountedFrom', 'changed', 'weaker', 'Acme', 'Acme'],
  ['times-stronger', 'resolve', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['times-stronger', 'respond', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['times-weaker', 'resolve', 'changed', 'weaker', 'Acme', 'Acme'],
  ['times-weaker', 'clock', 'changed', 'weaker', 'Acme', 'Acme'],
  ['result-effort', 'resolveKind', 'changed', 'weaker', 'Acme', 'Acme'],
  ['result-effort', 'obligationKind', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['priorities', 'priority', 'removed', 'weaker', 'Acme', 'Acme'],
  ['priorities', 'priority', 'added', 'stronger', 'Acme', 'Utrecht'],
  ['priority-order', 'priorityOrder', 'changed', 'neutral', undefined, undefined],
  ['emergency-added', 'emergency', 'added', 'stronger', 'Acme', 'Utrecht'],
  ['emergency-removed', 'emergency', 'removed', 'weaker', 'Acme', 'Acme'],
  ['emergency-changed', 'emergencyRespond', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['emergency-changed', 'reachable', 'changed', 'weaker', 'Acme', 'Acme'],
  ['emergency-changed', 'precondition', 'added', 'weaker', 'Acme', 'Acme'],
  ['escalation', 'escalationLevel', 'changed', 'weaker', 'Acme', 'Acme'],
  ['escalation', 'escalationLevel', 'added', 'stronger', 'Acme', 'Utrecht'],
  ['obligations', 'obligation', 'added', 'stronger', 'Utrecht', 'Acme'],
  ['obligations', 'obligation', 'removed', 'weaker', 'Acme', 'Acme'],
  ['obligations', 'obligationParty', 'changed', 'weaker', 'Utrecht', 'Utrecht'],
  ['obligation-timing', 'obligationTiming', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['termination', 'terminationNotice', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['termination', 'termination', 'removed', 'stronger', 'Utrecht', 'Acme'],
  ['change-by', 'change', 'changed', 'weaker', 'Acme', 'Acme'],
  ['change-by', 'changeNotice', 'changed', 'weaker', 'Acme', 'Acme'],
  ['review', 'review', 'changed', 'weaker', 'both', undefined],
  ['kpi', 'kpiTarget', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['kpi', 'kpiReport', 'changed', 'weaker', 'Acme', 'Acme'],
  ['kpi', 'kpi', 'added', 'stronger', 'Utrecht', 'Acme'],
  ['credits', 'creditTier', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['credits', 'creditTier', 'added', 'stronger', 'Acme', 'Utrecht'],
  ['credits', 'creditCap', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['credits', 'creditClaim', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['credits', 'soleRemedy', 'added', 'weaker', 'Acme', 'Acme'],
  ['support', 'support', 'changed', 'stronger', 'Acme', 'Utrecht'],
  ['maintenance', 'maintenance', 'changed', 'weaker', 'Acme', 'Acme'],
  ['maintenance', 'maintenanceNotice', 'changed', 'weaker', 'Acme', 'Acme'],
  ['parties', 'contact', 'changed', 'neutral', undefined, undefined],
  ['parties', 'contact', 'added', 'neutral', undefined, undefined],
  ['parties', 'party', 'changed', 'neutral', undefined, undefined],
  ['version', 'version', 'changed', 'neutral', undefined, undefined],
  ['version', 'effective', 'changed', 'neutral', undefined, undefined],
];

describe('who each change favours', () => {
  it.each(EXPECTED)('%s: %s %s is %s (promise by %s, favours %s)', (name, kind, action, direction, promisor, favours) => {
    const found = diffCase(name).changes.filter((c) => c.kind === kind && c.action === action);
    expect(found.length, `${kind} ${action} in ${name}`).toBeGreaterThan(0);
    expect(found.map((c) => [c.direction, c.promisor, c.favours])).toContainEqual([direction, promisor, favours]);
  });

  it('every fixture case is covered by a golden and, unless it changes nothing, by an expectation', () => {
    for (const name of CASES.filter((c) => !NO_CHANGES.includes(c))) expect(EXPECTED.some(([c]) => c === name), name).toBe(true);
  });

  it('names the numbers: budget before and after, and who promises', () => {
    const [change] = diffCase('availability-up').changes;
    expect(change!.message).toBe('availability 99.5% per month → 99.9% per month: downtime budget 216 min → 43.2 min');
    expect(change!.effect).toBe('stronger promise by Acme');
    const nl = withLocale('nl', () => diffCase('availability-up').changes[0]!);
    expect(nl.message).toBe('beschikbaarheid 99,5% per maand → 99,9% per maand: toegestane storingstijd 216 min → 43,2 min');
    expect(nl.effect).toBe('sterkere toezegging van Acme');
  });

  it('compares the same file with itself as no change', () => {
    const a = analyzeFile(path.join(REPO, 'samples/healthy.pledge'));
    const result = diffAnalyses(a, analyzeFile(path.join(REPO, 'samples/healthy.pledge')));
    expect(result.changed).toBe(false);
    expect(result.changes).toEqual([]);
    expect(renderDiff(result, 'stylish')).toContain('No changes');
  });
});
