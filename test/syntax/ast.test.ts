// Golden ASTs: every construct of the grammar, the LANGUAGE.md example, and recovered trees.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { REPO } from '../harness/analyze';
import { dumpAst } from '../harness/dump';
import { expectGolden } from '../harness/golden';

const dir = path.join(REPO, 'test/fixtures/ast');
const cases = readdirSync(dir).filter((n) => n.endsWith('.pledge'));

describe('AST goldens', () => {
  it.each(cases)('%s', (name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const result = parse(text);
    const errors = result.errors.map((e) => `! ${e.span.start}-${e.span.end} ${e.message}`).join('\n');
    expectGolden(path.join(REPO, 'test/golden/ast', name.replace(/\.pledge$/, '.ast')), dumpAst(result.file, text) + (errors ? errors + '\n' : ''));
    if (!name.startsWith('recovery-')) expect(result.errors).toEqual([]);
  });

  it('covers every grammar rule of the parser in the every-construct fixture', () => {
    const text = readFileSync(path.join(dir, 'every-construct.pledge'), 'utf8');
    const dump = dumpAst(parse(text).file, text);
    const kinds = [
      'Import', 'Party', 'Contact', 'ContactField', 'Calendar', 'Agreement', 'Provider', 'Customer', 'Version',
      'Effective', 'Service', 'Support', 'Availability', 'MeasuredBy', 'ExcludingMaintenance', 'DuringSupport',
      'MaxDowntime', 'DowntimeCountedFrom', 'Maintenance', 'Capacity', 'DependsOn', 'Priority', 'Respond', 'Resolve',
      'Clock', 'Kpi', 'KpiFor', 'Target', 'KpiMeasuredBy', 'ReportedBy', 'Escalation', 'Level', 'ContactRef',
      'Emergency', 'Reachable', 'EmergencyRespond', 'Precondition', 'Afterwards', 'Credits', 'Below', 'Cap', 'Claim',
      'SoleRemedy', 'Obligation', 'Every', 'Within', 'By', 'Remedy', 'Termination', 'Change', 'Review', 'Schedule',
      'Window', 'Duration', 'Period', 'Percent', 'Date', 'Time', 'Day', 'Kind', 'Word', 'Str', 'Name', 'Number',
    ];
    const missing = kinds.filter((k) => !new RegExp(`(^|[ :-])${k} @`, 'm').test(dump));
    expect(missing).toEqual([]);
  });
});
