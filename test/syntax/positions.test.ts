// Syntax errors stand where the mistake is: an unfinished clause at its last
// token (not on the next line's clause), a misplaced clause on its keyword;
// recovery resumes at the next clause.

import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';

/** Each error as `line:column-column "text" message` (1-based, single-line spans). */
function errorsOf(text: string): string[] {
  return parse(text).errors.map((e) => {
    const before = text.slice(0, e.span.start);
    const line = before.split('\n').length;
    const col = e.span.start - before.lastIndexOf('\n');
    return `${line}:${col}-${col + (e.span.end - e.span.start)} "${text.slice(e.span.start, e.span.end)}" ${e.message}`;
  });
}

const inPriority = (body: string) => `agreement "X" {\n  service S {\n    priority P1 {\n${body}\n    }\n  }\n}\n`;

describe('where syntax errors stand', () => {
  it('reports a half-typed duration on its number, not on the next clause', () => {
    expect(errorsOf(inPriority('      respond within 2\n      resolve within 4 hours'))).toEqual([
      '4:22-23 "2" expected a unit (`minutes`, `hours`, `days`, `weeks`, `months`, `business hours` or `business days`) after `2`, but the line ends there',
    ]);
  });

  it('reports a missing duration on `within`', () => {
    expect(errorsOf(inPriority('      respond within\n      resolve within 4 hours'))).toEqual([
      '4:15-21 "within" expected a duration such as `4 hours`, `1 business day` or `15m` after `within`, but the line ends there',
    ]);
  });

  it('reports a missing name at the end of its line', () => {
    expect(errorsOf('agreement "X" {\n  provider\n  customer B\n}\n')).toEqual(['2:3-11 "provider" expected a name after `provider`, but the line ends there']);
  });

  it('still names the token when the mistake is on the same line', () => {
    expect(errorsOf(inPriority('      respond within 2 soon'))).toEqual([
      '4:24-28 "soon" expected a unit (`minutes`, `hours`, `days`, `weeks`, `months`, `business hours` or `business days`) after `2`, found `soon`',
    ]);
  });

  it('reports a lone `capacity` under a priority on `capacity`, once', () => {
    const message = '`capacity` is a clause in a service; it cannot stand in a priority (expected `respond`, `resolve` or `clock`)';
    expect(errorsOf(inPriority('      respond within 1 hour\n      capacity'))).toEqual([`5:7-15 "capacity" ${message}`]);
    expect(errorsOf(inPriority('      capacity\n      respond within 1 hour'))).toEqual([`4:7-15 "capacity" ${message}`]);
  });

  it('resumes at the next clause: the priority keeps its clauses and the service its `}`', () => {
    const text = inPriority('      capacity "10 seats" bought by A\n      respond within 1 hour\n      resolve within 2\n      clock from report');
    const result = parse(text);
    expect(errorsOf(text).map((e) => e.split(' ')[0])).toEqual(['4:7-15', '6:22-23']);
    const priority = result.file.agreements[0]!.items.find((i) => i.kind === 'Service')! as { items: Array<{ kind: string; items?: Array<{ kind: string }> }> };
    expect(priority.items.map((i) => i.kind)).toEqual(['Priority']);
    expect(priority.items[0]!.items!.map((i) => i.kind)).toEqual(['Respond', 'Resolve', 'Clock']);
  });

  it('still reports a missing `}` where the next block starts', () => {
    expect(errorsOf('party A "A" {\n  contact D "D"\nparty B "B"\n')).toEqual(['3:1-6 "party" expected `}` to close the party before `party`']);
  });
});
