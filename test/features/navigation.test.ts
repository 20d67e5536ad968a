import { describe, it, expect } from 'vitest';
import * as path from 'node:path';
import {
  declarationAt,
  definition,
  documentLinks,
  foldingRanges,
  invalidName,
  nameSpanAt,
  references,
  rename,
  selectionRanges,
  type Location,
} from '../../server/src/features/navigation';
import { Program } from '../../server/src/engine/program';
import type { Analysis } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/syntax/positions';
import { applyEdits } from '../harness/fixes';
import { analyzeFile } from '../harness/analyze';
import { analyzeFixture, FIXTURES, offsetOf } from './util';

// nav-main imports nav-parties (which imports nav-calendars) and nav-calendars.
const FILES = { main: 'nav-main.pledge', parties: 'nav-parties.pledge', calendars: 'nav-calendars.pledge' } as const;
type Key = keyof typeof FILES;
const fileOf = (k: Key) => path.join(FIXTURES, FILES[k]);
const keyOf = (file: string) => (Object.keys(FILES) as Key[]).find((k) => fileOf(k) === file) ?? file;

function analyseAll(overlays: Partial<Record<Key, string>> = {}): Record<Key, Analysis> {
  const program = new Program();
  for (const [k, t] of Object.entries(overlays)) program.setOverlay(fileOf(k as Key), t);
  return { main: analyzeFile(fileOf('main'), undefined, program), parties: analyzeFile(fileOf('parties'), undefined, program), calendars: analyzeFile(fileOf('calendars'), undefined, program) };
}
const A = analyseAll();
const ALL = [A.main, A.parties, A.calendars];

/** `file:line:col-col` of `inner` in the `nth` `context` of a fixture. */
type Place = [Key, string, string?, number?];
const offset = ([k, context, inner, nth]: Place) => offsetOf(A[k].text, context, inner ?? context, nth ?? 0);
function show(file: string, span: { start: number; end: number }): string {
  const k = keyOf(file);
  const lines = new LineIndex(k in A ? A[k as Key].text : '');
  const s = lines.position(span.start);
  const e = lines.position(span.end);
  return `${k}:${s.line + 1}:${s.character + 1}-${e.character + 1}`;
}
/** The place of a name token given as [file, context, name]. */
const placeOf = (p: Place) => {
  const start = offset(p);
  return show(fileOf(p[0]), { start, end: start + (p[2] ?? p[1]).length });
};
const shown = (locs: Location[]) => locs.map((l) => show(l.file, l.span));

// ---------------------------------------------------------------------------

/** A use of a name and where it is declared. */
const DEFINITIONS: Array<[string, Place, Place]> = [
  ['party', ['main', 'provider Acme', 'Acme'], ['parties', 'party Acme', 'Acme']],
  ['party in reported by … to', ['main', 'to Utrecht every', 'Utrecht'], ['parties', 'party Utrecht', 'Utrecht']],
  ['party of a qualified contact', ['main', 'Acme.Desk', 'Acme'], ['parties', 'party Acme', 'Acme']],
  ['qualified contact', ['main', 'Acme.Desk', 'Desk'], ['parties', 'contact Desk "Service desk"', 'Desk']],
  ['qualified contact of the other party', ['main', 'Utrecht.Desk', 'Desk'], ['parties', 'contact Desk "Servicedesk Utrecht"', 'Desk']],
  ['contact on a ladder', ['main', 'level 2 Duty', 'Duty'], ['parties', 'contact Duty', 'Duty']],
  ['contact of the customer', ['main', 'level 3 Regie', 'Regie'], ['parties', 'contact Regie', 'Regie']],
  ['contact after via', ['main', 'via Duty', 'Duty'], ['parties', 'contact Duty', 'Duty']],
  ['imported calendar', ['main', 'support Office', 'Office'], ['calendars', 'calendar Office', 'Office']],
  ['calendar of maintenance', ['main', 'maintenance Weekend', 'Weekend'], ['calendars', 'calendar Weekend', 'Weekend']],
  ['calendar from the parties file', ['main', 'reachable Evening', 'Evening'], ['parties', 'calendar Evening', 'Evening']],
  ['agreement-level calendar', ['main', 'support Night', 'Night'], ['main', 'calendar Night', 'Night']],
  ['service of a ladder', ['main', 'escalation for Mail', 'Mail'], ['main', 'service Mail', 'Mail']],
  ['service of a KPI', ['main', '    for Mail', 'Mail'], ['main', 'service Mail', 'Mail']],
  ['service of an emergency', ['main', 'emergency for Chat', 'Chat'], ['main', 'service Chat', 'Chat']],
  ['obligation', ['main', 'depends on Forecast', 'Forecast'], ['main', 'obligation Forecast', 'Forecast']],
  ['a declaration itself: KPI', ['main', 'kpi Fix', 'Fix'], ['main', 'kpi Fix', 'Fix']],
  ['a declaration itself: priority', ['main', 'priority P1', 'P1'], ['main', 'priority P1', 'P1']],
  ['a declaration itself: party', ['parties', 'party Utrecht', 'Utrecht'], ['parties', 'party Utrecht', 'Utrecht']],
];

describe('go to definition', () => {
  it.each(DEFINITIONS)('%s', (_name, use, decl) => {
    const name = use[2] ?? use[1];
    for (const at of [offset(use), offset(use) + name.length]) {
      const d = definition(A[use[0]], at);
      expect(d && show(d.file, d.span), `at ${at}`).toBe(placeOf(decl));
    }
    expect(nameSpanAt(A[use[0]], offset(use))).toEqual({ start: offset(use), end: offset(use) + name.length });
  });

  it.each([
    ['a keyword', ['main', 'provider Acme', 'provider']],
    ['a string', ['main', '"E-mail"', 'mail']],
    ['a number', ['main', 'notice 3 months', '3']],
    ['a comment', ['main', 'A block comment']],
  ] as Array<[string, Place]>)('finds nothing on %s', (_name, place) => {
    expect(definition(A[place[0]], offset(place) + 1)).toBeUndefined();
    expect(nameSpanAt(A[place[0]], offset(place) + 1)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------

/** A declaration and every use of it across the three files. */
const REFERENCES: Array<[string, Place, Place[]]> = [
  ['party Acme', ['parties', 'party Acme', 'Acme'], [
    ['main', 'provider Acme', 'Acme'],
    ['main', 'reported by Acme', 'Acme'],
    ['main', 'Acme.Desk', 'Acme'],
    ['main', 'obligation Advice Acme', 'Acme'],
    ['main', 'termination Acme', 'Acme'],
  ]],
  ['party Utrecht', ['parties', 'party Utrecht', 'Utrecht'], [
    ['main', 'customer Utrecht', 'Utrecht'],
    ['main', 'to Utrecht every', 'Utrecht'],
    ['main', 'Utrecht.Desk', 'Utrecht'],
    ['main', 'obligation Forecast Utrecht', 'Utrecht'],
    ['main', 'termination Utrecht', 'Utrecht'],
  ]],
  ['contact Acme.Desk', ['parties', 'contact Desk "Service desk"', 'Desk'], [['main', 'Acme.Desk', 'Desk']]],
  ['contact Utrecht.Desk', ['parties', 'contact Desk "Servicedesk Utrecht"', 'Desk'], [['main', 'Utrecht.Desk', 'Desk']]],
  ['contact Duty', ['parties', 'contact Duty', 'Duty'], [['main', 'level 2 Duty', 'Duty'], ['main', 'via Duty', 'Duty']]],
  ['calendar Office', ['calendars', 'calendar Office', 'Office'], [['main', 'support Office', 'Office']]],
  ['calendar Weekend', ['calendars', 'calendar Weekend', 'Weekend'], [['main', 'maintenance Weekend', 'Weekend']]],
  ['calendar Evening', ['parties', 'calendar Evening', 'Evening'], [['main', 'reachable Evening', 'Evening']]],
  ['agreement calendar Night', ['main', 'calendar Night', 'Night'], [['main', 'support Night', 'Night']]],
  ['service Mail', ['main', 'service Mail', 'Mail'], [['main', '    for Mail', 'Mail'], ['main', 'escalation for Mail', 'Mail']]],
  ['service Chat', ['main', 'service Chat', 'Chat'], [['main', 'emergency for Chat', 'Chat']]],
  ['obligation Forecast', ['main', 'obligation Forecast', 'Forecast'], [['main', 'depends on Forecast', 'Forecast']]],
  ['obligation Advice', ['main', 'obligation Advice', 'Advice'], []],
  ['KPI Fix', ['main', 'kpi Fix', 'Fix'], []],
  ['priority P1', ['main', 'priority P1', 'P1'], []],
];

describe('find references', () => {
  it.each(REFERENCES)('%s', (_name, decl, uses) => {
    const d = declarationAt(A[decl[0]], offset(decl))!;
    expect(d).toBeDefined();
    const expected = uses.map(placeOf).sort();
    expect(shown(references(ALL, d, false)).sort()).toEqual(expected);
    const withDecl = shown(references(ALL, d, true));
    expect(withDecl[0]).toBe(placeOf(decl));
    expect(withDecl.slice(1).sort()).toEqual(expected);
  });

  it('finds the same references from a use as from the declaration', () => {
    for (const [, decl, uses] of REFERENCES) {
      for (const use of uses) {
        const fromUse = declarationAt(A[use[0]], offset(use))!;
        expect(shown(references(ALL, fromUse, true)), placeOf(use)).toEqual(shown(references(ALL, declarationAt(A[decl[0]], offset(decl))!, true)));
      }
    }
  });

  it('lists a reference once even when its file is given twice', () => {
    const d = declarationAt(A.main, offset(['main', 'service Mail', 'Mail']))!;
    expect(references([A.main, A.main], d, false)).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------

describe('rename', () => {
  it.each(REFERENCES.map(([name, decl, uses]) => [name, decl, uses] as const))('renames %s everywhere, leaving every name resolved', (_name, decl, uses) => {
    const d = declarationAt(A[decl[0]], offset(decl))!;
    const result = rename(ALL, d, 'Renamed');
    if ('error' in result) throw new Error(result.error);
    expect(result.edits.map((e) => show(e.file, e.span)).sort()).toEqual([decl, ...uses].map(placeOf).sort());
    expect(result.edits.every((e) => e.newText === 'Renamed')).toBe(true);
    const overlays: Partial<Record<Key, string>> = {};
    for (const k of Object.keys(FILES) as Key[]) {
      const mine = result.edits.filter((e) => e.file === fileOf(k));
      if (mine.length) overlays[k] = applyEdits(A[k].text, mine);
    }
    const after = analyseAll(overlays);
    for (const k of Object.keys(FILES) as Key[]) {
      expect(after[k].findings.map((f) => f.ruleId), k).toEqual(A[k].findings.map((f) => f.ruleId));
    }
    const renamed = declarationAt(after[decl[0]], offset(decl))!;
    expect(renamed.name).toBe('Renamed');
    expect(references(Object.values(after), renamed, false)).toHaveLength(uses.length);
  });

  it.each([
    ['provider', 'keyword'],
    ['both', 'keyword'],
    ['availability', 'keyword'],
    ['Mon', 'keyword'],
    ['1st', 'not a valid name'],
    ['Service-Desk', 'not a valid name'],
    ['Service Desk', 'not a valid name'],
    ['Acme.Desk', 'not a valid name'],
    ['', 'not a valid name'],
    ['Dienst€', 'not a valid name'],
  ])('refuses `%s` (%s)', (name, why) => {
    expect(invalidName(name)).toContain(why);
    const d = declarationAt(A.parties, offset(['parties', 'party Acme', 'Acme']))!;
    expect(rename(ALL, d, name)).toEqual({ error: invalidName(name) });
  });

  it.each(['Acme2', 'Service_Desk', 'x', 'P1', 'Providers'])('accepts `%s`', (name) => {
    expect(invalidName(name)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------

describe('document links', () => {
  it('links the path of each import, without its quotes, to the imported file', () => {
    const links = documentLinks(A.main).map((l) => ({ text: A.main.text.slice(l.span.start, l.span.end), target: l.target }));
    expect(links).toEqual([
      { text: 'nav-parties.pledge', target: fileOf('parties') },
      { text: 'nav-calendars.pledge', target: fileOf('calendars') },
    ]);
    expect(documentLinks(A.parties).map((l) => l.target)).toEqual([fileOf('calendars')]);
    expect(documentLinks(A.calendars)).toEqual([]);
  });

  it('links no import that does not resolve', () => {
    const t = 'import "missing.pledge"\nimport "../../../../outside.pledge"\nimport "nav-calendars.pledge"\n';
    const a = analyzeFixture('links.pledge', t);
    expect(documentLinks(a)).toEqual([{ span: { start: offsetOf(t, 'nav-calendars'), end: offsetOf(t, 'nav-calendars') + 'nav-calendars.pledge'.length }, target: fileOf('calendars') }]);
  });
});

// ---------------------------------------------------------------------------

const lineRange = (a: Analysis, r: { start: number; end: number; kind?: string }) => {
  const lines = new LineIndex(a.text);
  return `${lines.position(r.start).line + 1}-${lines.position(r.end).line + 1}${r.kind ? ' ' + r.kind : ''}`;
};

describe('folding ranges', () => {
  it('folds blocks, the block comment, the run of line comments and the imports', () => {
    expect(foldingRanges(A.main).map((r) => lineRange(A.main, r)).sort()).toEqual(
      [
        '1-3 comment', // the leading line comments
        '4-5 imports',
        '7-10 comment', // /* … */
        '11-57', // agreement
        '16-25', // service Mail
        '21-24', // priority P1
        '27-30', // service Chat
        '32-37', // kpi
        '39-44', // escalation
        '46-49', // emergency
      ].sort(),
    );
  });

  it('folds party blocks', () => {
    expect(foldingRanges(A.parties).map((r) => lineRange(A.parties, r)).sort()).toEqual(['4-7', '9-12']);
  });

  it.each([
    ['a single line comment', '// one\nparty A\n', []],
    ['line comments apart', '// one\n\n// two\nparty A\n', []],
    ['a one-line block comment', '/* one */\nparty A\n', []],
    ['a single import', 'import "nav-calendars.pledge"\n', []],
    ['two line comments', '// one\n// two\nparty A\n', ['1-2 comment']],
    ['two runs', '// one\n// two\n\n// three\n// four\nparty A\n', ['1-2 comment', '4-5 comment']],
    ['a block comment between line comments', '// one\n/* two\n */\n// three\nparty A\n', ['2-3 comment']],
  ])('%s', (_name, t, expected) => {
    const a = analyzeFixture('folding.pledge', t);
    expect(foldingRanges(a).map((r) => lineRange(a, r))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------

describe('selection ranges', () => {
  const text = A.main.text;
  it('nest from the token to the whole file', () => {
    const at = offsetOf(text, 'Acme.Desk', 'Desk') + 1;
    const [spans] = selectionRanges(A.main, [at]);
    expect(spans!.map((s) => text.slice(s.start, s.end).split('\n')[0])).toEqual([
      'Desk',
      'Acme.Desk',
      'level 1 Acme.Desk after 0 minutes',
      'escalation for Mail {',
      'agreement "Navigation" {',
      '// Fixture for navigation: every kind of declaration, used here and declared',
    ]);
    expect(spans![spans!.length - 1]).toEqual({ start: 0, end: text.length });
  });

  it.each([
    ['respond within 15 minutes', '15 minutes'],
    ['support Office', 'Office'],
    ['obligation Forecast', 'Forecast'],
    ['measured by "probe"', 'probe'],
  ])('each range around `%s` holds the one inside it, without repeats', (context, inner) => {
    const at = offsetOf(text, context, inner) + 1;
    const [spans] = selectionRanges(A.main, [at]);
    expect(spans!.length).toBeGreaterThanOrEqual(3);
    expect(spans![0]!.start).toBeLessThanOrEqual(at);
    expect(spans![0]!.end).toBeGreaterThanOrEqual(at);
    for (let i = 1; i < spans!.length; i++) {
      const [inner_, outer] = [spans![i - 1]!, spans![i]!];
      expect(outer.start <= inner_.start && inner_.end <= outer.end).toBe(true);
      expect(outer.end - outer.start).toBeGreaterThan(inner_.end - inner_.start);
    }
    expect(spans![spans!.length - 1]).toEqual({ start: 0, end: text.length });
  });

  it('answers for several offsets at once, in order', () => {
    const offsets = [offsetOf(text, 'provider Acme', 'Acme'), offsetOf(text, 'customer Utrecht', 'Utrecht')];
    const ranges = selectionRanges(A.main, offsets);
    expect(ranges.map((r) => text.slice(r[0]!.start, r[0]!.end))).toEqual(['Acme', 'Utrecht']);
  });
});
