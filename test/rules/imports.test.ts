// One unresolved import is reported once: PL002 stays silent on the names the
// import may have declared (parties, calendars, the contacts of parties that do
// not resolve), PL007 counts them in a related note and, when a Pledge file
// of the importing file's folder is a near miss, offers to import that file.

import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFile, REPO } from '../harness/analyze';
import { Program } from '../../server/src/engine/program';
import { withLocale } from '../../server/src/i18n/index';
import { closestImport } from '../../server/src/rules/structure/common';
import { applyEdits } from '../harness/fixes';

const fixture = path.join(REPO, 'test/fixtures/rules/PL007/typo.pledge');

function analyze(file: string, text?: string, listed = true) {
  const program = new Program();
  program.listFilesOnDisk = listed;
  if (text !== undefined) program.setOverlay(file, text);
  return analyzeFile(file, undefined, program);
}

describe('an unresolved import', () => {
  it('gives one PL007 and no follow-on PL002 for the names it would have declared', () => {
    const findings = analyze(fixture).findings;
    expect(findings.filter((f) => f.ruleId === 'PL007')).toHaveLength(1);
    // Only the names this file alone declares: `depends on Forecast` and `for Webb`.
    expect(findings.filter((f) => f.ruleId === 'PL002').map((f) => f.message)).toEqual([
      expect.stringContaining('Forecast'),
      expect.stringContaining('Webb'),
    ]);
  });

  it('reports the same names one by one once the import resolves', () => {
    const text = readFileSync(fixture, 'utf8');
    const fixed = analyze(fixture, text.replace('"partys.pledge"', '"parties.pledge"')).findings;
    expect(fixed.filter((f) => f.ruleId === 'PL007')).toEqual([]);
    expect(fixed.filter((f) => f.ruleId === 'PL002')).toHaveLength(2);
    const none = analyze(fixture, text.replace('import "partys.pledge"', '// no import')).findings;
    // Without the import every party, calendar and contact is unresolved: this is the flood PL007 prevents.
    expect(none.filter((f) => f.ruleId === 'PL002').length).toBeGreaterThan(10);
  });

  it('counts the names left unchecked in a note on the import, in English and Dutch', () => {
    const en = analyze(fixture).findings.find((f) => f.ruleId === 'PL007')!;
    expect(en.related.map((r) => r.message)).toEqual([
      '`Acme` and 12 other names are not checked while the import is unresolved: they may be declared in the file it meant',
    ]);
    const nl = withLocale('nl', () => analyze(fixture).findings.find((f) => f.ruleId === 'PL007')!);
    expect(nl.related[0]!.message).toBe(
      '`Acme` en 12 andere namen worden niet gecontroleerd zolang de import niet gevonden wordt: ze staan mogelijk in het bedoelde bestand',
    );
  });

  it('offers the nearest Pledge file of the folder, and the fixed file has no PL007 or PL002 left for those names', () => {
    const text = readFileSync(fixture, 'utf8');
    const finding = analyze(fixture).findings.find((f) => f.ruleId === 'PL007')!;
    expect(finding.fixes.map((f) => f.title)).toEqual(['Did you mean `parties.pledge`? Import that file']);
    const after = applyEdits(text, finding.fixes[0]!.edits);
    expect(after).toContain('import "parties.pledge"');
    const again = analyze(fixture, after).findings;
    expect(again.filter((f) => f.ruleId === 'PL007' || f.ruleId === 'PL001')).toEqual([]);
  });

  it('offers nothing when the host lists no files', () => {
    const finding = analyze(fixture, undefined, false).findings.find((f) => f.ruleId === 'PL007')!;
    expect(finding.fixes).toEqual([]);
  });
});

describe('the files a Program lists for suggestions', () => {
  it('lists the Pledge files under the root only, without dot folders or node_modules, and only when asked', () => {
    const root = path.join(REPO, 'test/fixtures/rules');
    const program = new Program();
    expect(program.host(root).listFiles).toBeUndefined();
    program.listFilesOnDisk = true;
    const files = program.host(root).listFiles!();
    expect(files).toContain(path.join(root, 'PL007/parties.pledge'));
    expect(files.every((f) => f.startsWith(root + path.sep) && f.endsWith('.pledge'))).toBe(true);
    const all = new Program();
    all.listFilesOnDisk = true;
    const everything = all.host(REPO).listFiles!();
    expect(everything.some((f) => f.includes(`${path.sep}node_modules${path.sep}`) || f.includes(`${path.sep}.`))).toBe(false);
  });
});

describe('closestImport', () => {
  const from = path.join(REPO, 'contracts', 'agreement.pledge');
  const files = ['parties.pledge', 'shared/calendars.pledge', 'shared/parties.pledge', 'agreement.pledge'].map((f) => path.join(REPO, 'contracts', f));
  it.each([
    ['partys.pledge', 'parties.pledge'],
    ['./Parties.pledge', 'parties.pledge'],
    ['shared/calender.pledge', 'shared/calendars.pledge'],
    ['shared/partie.pledge', 'shared/parties.pledge'],
    ['contracts.pledge', undefined],
    ['../parties.pledge', 'parties.pledge'],
    ['parties.txt', undefined],
  ])('%s → %s', (written, expected) => {
    expect(closestImport(from, written, files)).toBe(expected);
  });
  it('never suggests the importing file itself or files outside its folder', () => {
    expect(closestImport(from, 'agreemnt.pledge', files)).toBeUndefined();
    expect(closestImport(from, 'other.pledge', [path.join(REPO, 'other.pledge')])).toBeUndefined();
  });
});
