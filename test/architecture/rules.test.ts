// The rule set is consistent: every rule file is registered, every registered
// rule has a fixture where it fires and one where it stays silent, and every
// rule page states the family, severity and quick fix the code has.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/registry';
import type { Family, Rule } from '../../server/src/rules/types';
import { analyzeFile, REPO } from '../harness/analyze';
import { Program } from '../../server/src/engine/program';
import { parseMarkers } from '../harness/markers';

/** Rule folders and the family their rules belong to. */
export const FAMILY_FOLDERS: Record<string, Family> = {
  structure: 'structure',
  overpromising: 'over-promising',
  emergencies: 'emergencies',
  balance: 'balance',
};

/** Rules no fixture can make fire: PL000 reports a rule that throws (test/robustness/internal-error.test.ts injects one). */
const NO_FIRING_FIXTURE = new Set(['PL000']);

// ---------------------------------------------------------------------------
// Checks, as functions over plain data, so that each can be shown to fail.

export interface RuleFile {
  folder: string;
  file: string;
  rule: Pick<Rule, 'id' | 'family'> | undefined;
}

/** Rule files (`server/src/rules/<family>/PLnnn-*.ts`) that are not in the registry, or whose id or family disagrees with their place. */
export function unregisteredRuleFiles(files: readonly RuleFile[], registry: readonly Pick<Rule, 'id' | 'family'>[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const id = /^(PL\d{3})-/.exec(f.file)?.[1];
    if (!id) continue;
    if (!f.rule) problems.push(`${f.folder}/${f.file}: exports no rule`);
    else if (f.rule.id !== id) problems.push(`${f.folder}/${f.file}: declares ${f.rule.id}, not ${id}`);
    else if (!registry.includes(f.rule as Rule)) problems.push(`${f.folder}/${f.file}: ${id} is not in server/src/rules/registry.ts`);
    if (f.rule && FAMILY_FOLDERS[f.folder] !== f.rule.family) problems.push(`${f.folder}/${f.file}: family ${f.rule.family} in the folder ${f.folder}`);
  }
  return problems;
}

export interface Fixture {
  file: string;
  text: string;
}

/** Registered rules without a fixture (in test/fixtures/rules/<id>/) where they fire, or one where they stay silent. */
export function missingFixtures(ids: readonly string[], fixturesOf: (id: string) => readonly Fixture[], exempt: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const id of ids) {
    const fixtures = fixturesOf(id);
    const fires = fixtures.filter((f) => parseMarkers(f.text).expected.some((e) => e.ruleId === id));
    const silent = fixtures.filter((f) => {
      const { expected, only } = parseMarkers(f.text);
      return (!only || only.has(id)) && !expected.some((e) => e.ruleId === id);
    });
    if (fires.length === 0 && !exempt.has(id)) problems.push(`${id}: no fixture where it fires`);
    if (silent.length === 0) problems.push(`${id}: no fixture where it stays silent`);
  }
  return problems;
}

export interface PageFacts {
  family?: string;
  severity?: string;
  quickFix?: string;
}

/** `**Family:** x · **Default severity:** y · **Quick fix:** yes|no` of a rule page. */
export function pageFacts(markdown: string): PageFacts {
  const m = /^\*\*Family:\*\*\s*([\w-]+)\s*·\s*\*\*Default severity:\*\*\s*(\w+)\s*·\s*\*\*Quick fix:\*\*\s*(yes|no)\s*$/m.exec(markdown);
  return m ? { family: m[1], severity: m[2], quickFix: m[3] } : {};
}

/** Pages whose family, severity or quick fix disagrees with the registry (and the fixes the rule is seen to offer). */
export function pageMismatches(rules: readonly Pick<Rule, 'id' | 'family' | 'severity'>[], pageOf: (id: string) => string | undefined, offersFix: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const r of rules) {
    const page = pageOf(r.id);
    if (page === undefined) {
      problems.push(`${r.id}: no page docs/rules/${r.id}.md`);
      continue;
    }
    const facts = pageFacts(page);
    if (facts.family === undefined) {
      problems.push(`${r.id}: the page lacks the "**Family:** … · **Default severity:** … · **Quick fix:** …" line`);
      continue;
    }
    if (facts.family !== r.family) problems.push(`${r.id}: the page says family ${facts.family}, the registry ${r.family}`);
    if (facts.severity !== r.severity) problems.push(`${r.id}: the page says severity ${facts.severity}, the registry ${r.severity}`);
    const fix = offersFix(r.id) ? 'yes' : 'no';
    if (facts.quickFix !== fix) problems.push(`${r.id}: the page says quick fix ${facts.quickFix}, the rule offers ${fix === 'yes' ? 'one' : 'none'} in its fixtures and examples`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// The repository.

const RULES_DIR = path.join(REPO, 'server/src/rules');
const FIXTURES_DIR = path.join(REPO, 'test/fixtures/rules');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.pledge') ? [p] : [];
  });
}

function fixturesOf(id: string): Fixture[] {
  const dir = path.join(FIXTURES_DIR, id);
  let files: string[];
  try {
    files = walk(dir);
  } catch {
    return [];
  }
  return files.filter((f) => !path.basename(f).startsWith('_')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

function pageOf(id: string): string | undefined {
  try {
    return readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Rules seen offering a quick fix on the rule fixtures, the fix fixtures and the Bad examples of the rule pages. */
function rulesWithFixes(): Set<string> {
  const seen = new Set<string>();
  const texts: Array<[string, string]> = [
    ...walk(FIXTURES_DIR).map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ...readdirSync(path.join(REPO, 'test/fixtures/fixes'))
      .filter((n) => n.endsWith('.before.pledge'))
      .map((n): [string, string] => [path.join(REPO, 'test/fixtures/fixes', n), readFileSync(path.join(REPO, 'test/fixtures/fixes', n), 'utf8')]),
  ];
  for (const r of RULES) {
    const bad = /^## Bad\s*\n[\s\S]*?```pledge\n([\s\S]*?)```/m.exec(pageOf(r.id) ?? '')?.[1];
    if (bad) texts.push([path.join(REPO, 'docs/rules', `${r.id}.pledge`), bad]);
  }
  for (const [file, text] of texts) {
    // As the CLI analyses: with the Pledge files on disk listed (for import suggestions).
    const program = new Program();
    program.listFilesOnDisk = true;
    program.setOverlay(file, text);
    for (const f of analyzeFile(file, undefined, program).findings) if (f.fixes.length) seen.add(f.ruleId);
  }
  return seen;
}

describe('rule files and the registry', () => {
  it('every rule file is registered, with the id of its name and the family of its folder', async () => {
    const files: RuleFile[] = [];
    for (const folder of Object.keys(FAMILY_FOLDERS)) {
      for (const file of readdirSync(path.join(RULES_DIR, folder)).filter((n) => /^PL\d{3}-.*\.ts$/.test(n))) {
        const mod = (await import(path.join(RULES_DIR, folder, file))) as { default?: Rule };
        files.push({ folder, file, rule: mod.default });
      }
    }
    expect(unregisteredRuleFiles(files, RULES)).toEqual([]);
    expect(files.length).toBe(RULES.length);
  });

  it('every rule folder is a known family', () => {
    const folders = readdirSync(RULES_DIR).filter((n) => statSync(path.join(RULES_DIR, n)).isDirectory() && n !== 'fixes');
    expect(folders.sort()).toEqual(Object.keys(FAMILY_FOLDERS).sort());
  });

  it('catches a rule file missing from the registry, or in the wrong folder', () => {
    const registered = { id: 'PL101', family: 'over-promising' as const };
    const stray = { id: 'PL199', family: 'over-promising' as const };
    expect(
      unregisteredRuleFiles(
        [
          { folder: 'overpromising', file: 'PL101-perfect-availability.ts', rule: registered },
          { folder: 'overpromising', file: 'PL199-new-rule.ts', rule: stray },
          { folder: 'balance', file: 'PL198-misplaced.ts', rule: { id: 'PL198', family: 'emergencies' } },
          { folder: 'balance', file: 'PL197-empty.ts', rule: undefined },
        ],
        [registered],
      ),
    ).toEqual([
      'overpromising/PL199-new-rule.ts: PL199 is not in server/src/rules/registry.ts',
      'balance/PL198-misplaced.ts: PL198 is not in server/src/rules/registry.ts',
      'balance/PL198-misplaced.ts: family emergencies in the folder balance',
      'balance/PL197-empty.ts: exports no rule',
    ]);
  });
});

describe('rule fixtures', () => {
  it('every registered rule has a fixture where it fires and one where it stays silent', () => {
    expect(missingFixtures(RULES.map((r) => r.id), fixturesOf, NO_FIRING_FIXTURE)).toEqual([]);
  });

  it('catches a rule without fixtures, or with only firing ones', () => {
    const firing = { file: 'a.pledge', text: 'party A "a"\n//    ^ PL901\n' };
    const silent = { file: 'b.pledge', text: '// fixture-rules: PL902\nparty A "a"\n' };
    const other = { file: 'c.pledge', text: '// fixture-rules: PL999\nparty A "a"\n' };
    const fixtures: Record<string, Fixture[]> = { PL901: [firing], PL902: [silent], PL903: [other] };
    expect(missingFixtures(['PL901', 'PL902', 'PL903', 'PL904'], (id) => fixtures[id] ?? [])).toEqual([
      'PL901: no fixture where it stays silent',
      'PL902: no fixture where it fires',
      'PL903: no fixture where it fires',
      'PL903: no fixture where it stays silent',
      'PL904: no fixture where it fires',
      'PL904: no fixture where it stays silent',
    ]);
  });
});

describe('rule pages', () => {
  it('every page states the family, default severity and quick fix of its rule', () => {
    const withFixes = rulesWithFixes();
    expect(pageMismatches(RULES, pageOf, (id) => withFixes.has(id))).toEqual([]);
  });

  it('catches a page that disagrees with the registry', () => {
    const page = '# PL901: x\n\n**Family:** balance · **Default severity:** info · **Quick fix:** yes\n';
    expect(pageFacts(page)).toEqual({ family: 'balance', severity: 'info', quickFix: 'yes' });
    expect(
      pageMismatches(
        [
          { id: 'PL901', family: 'emergencies', severity: 'warning' },
          { id: 'PL902', family: 'balance', severity: 'info' },
        ],
        (id) => (id === 'PL901' ? page : undefined),
        () => false,
      ),
    ).toEqual([
      'PL901: the page says family balance, the registry emergencies',
      'PL901: the page says severity info, the registry warning',
      'PL901: the page says quick fix yes, the rule offers none in its fixtures and examples',
      'PL902: no page docs/rules/PL902.md',
    ]);
  });
});
