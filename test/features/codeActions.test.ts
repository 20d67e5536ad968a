import { describe, it, expect } from 'vitest';
import { codeActions, disableFileEdit, disableLineEdit, type CodeActionOut } from '../../server/src/features/codeActions';
import { findRule } from '../../server/src/rules/registry';
import { docsUrl } from '../../server/src/rules/docs';
import type { Finding, TextEdit } from '../../server/src/rules/types';
import { LineIndex } from '../../server/src/syntax/positions';
import { applyEdits } from '../harness/fixes';
import { analyzeFixture, offsetOf } from './util';

const NAME = 'actions.pledge';
const analysis = analyzeFixture(NAME);
const text = analysis.text;
const lines = new LineIndex(text);
const lineOf = (offset: number) => lines.position(offset).line + 1;
const reanalyse = (t: string) => analyzeFixture(NAME, t);
const where = (f: Finding) => `${f.ruleId}@${lineOf(f.span.start)}`;

/** The actions offered for a finding's span that belong to that finding (its fixes, disables and docs). */
function actionsFor(f: Finding): CodeActionOut[] {
  return codeActions(analysis, { span: f.span, only: ['quickfix'] }).filter(
    (a) => a.findings.includes(f) || (a.command && a.command.arguments[0] === f.ruleId),
  );
}

function overlapping(edits: readonly TextEdit[]): Array<[TextEdit, TextEdit]> {
  const out: Array<[TextEdit, TextEdit]> = [];
  edits.forEach((a, i) =>
    edits.slice(i + 1).forEach((b) => {
      if (a.span.start === b.span.start || (a.span.start < b.span.end && b.span.start < a.span.end)) out.push([a, b]);
    }),
  );
  return out;
}

describe('the fixture', () => {
  it('has the findings the tests rely on', () => {
    expect(analysis.findings.map(where)).toEqual([
      'PL310@6',
      'PL101@13',
      'PL103@13',
      'PL107@16',
      'PL103@22',
      'PL002@30',
      'PL207@31',
      'PL208@31',
      'PL207@37',
      'PL112@40',
      'PL304@41',
    ]);
  });
});

describe('actions for a finding', () => {
  it.each(analysis.findings.map((f) => [where(f), f] as const))('%s: its fixes, the disables unless always on, and its docs', (_w, f) => {
    const rule = findRule(f.ruleId)!;
    const disables = rule.alwaysOn ? [] : [`Disable ${f.ruleId} for this line`, `Disable ${f.ruleId} in this file`];
    const actions = actionsFor(f);
    expect(actions.map((a) => a.title)).toEqual([
      ...f.fixes.map((x) => x.title),
      ...disables,
      `Show documentation for ${f.ruleId} (${rule.name})`,
    ]);
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
    const docs = actions[actions.length - 1]!;
    expect(docs.edits).toEqual([]);
    expect(docs.command).toEqual({ id: 'pledge.openRuleDoc', title: 'Show rule documentation', arguments: [f.ruleId, docsUrl(f.ruleId)] });
  });

  it.each([
    ['PL304@41', ['Change to `change by both`', 'Disable PL304 for this line', 'Disable PL304 in this file', 'Show documentation for PL304 (unilateral-change)']],
    ['PL002@30', ['Show documentation for PL002 (unresolved-reference)']],
  ])('%s offers %j', (w, titles) => {
    const f = analysis.findings.find((x) => where(x) === w)!;
    expect(actionsFor(f).map((a) => a.title)).toEqual(titles);
  });

  it('offers no disable actions for the always-on rules PL001–PL007', () => {
    const broken = reanalyse(text.replace('change by Acme', 'change by Acme\n  termination Nobody notice\n  service Mail { }\n  effective 2026-01-01 until 2025-01-01\n  !!'));
    const structural = broken.findings.filter((f) => /^PL00[1-7]$/.test(f.ruleId));
    expect(new Set(structural.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(4);
    for (const f of structural) {
      const titles = codeActions(broken, { span: f.span }).map((a) => a.title);
      expect(titles.filter((t) => t.startsWith(`Disable ${f.ruleId}`)), where(f)).toEqual([]);
      expect(titles).toContain(`Show documentation for ${f.ruleId} (${f.ruleName})`);
    }
  });

  it('marks the first fix preferred only when it is safe to apply automatically', () => {
    for (const f of analysis.findings) {
      const fixes = actionsFor(f).filter((a) => a.edits.length > 0 && !a.title.startsWith('Disable'));
      fixes.forEach((a, i) => expect(a.isPreferred ?? false, `${where(f)} ${a.title}`).toBe(i === 0 && f.fixes[0]!.auto === true));
    }
  });

  it('offers nothing where there is no finding', () => {
    const at = offsetOf(text, 'support 24x7', 'support', 1);
    expect(codeActions(analysis, { span: { start: at, end: at }, only: ['quickfix'] })).toEqual([]);
  });

  it('offers one docs action per rule even when a rule reports twice in the range', () => {
    const all = codeActions(analysis, { span: { start: 0, end: text.length }, only: ['quickfix'] });
    const docs = all.filter((a) => a.command).map((a) => a.command!.arguments[0]);
    expect(docs).toEqual([...new Set(analysis.findings.map((f) => f.ruleId))]);
    expect(all.filter((a) => a.title === 'Disable PL103 for this line')).toHaveLength(1);
  });

  it('never offers an action whose edits overlap', () => {
    const all = codeActions(analysis, { span: { start: 0, end: text.length } });
    for (const a of all) expect(overlapping(a.edits), a.title).toEqual([]);
  });
});

describe('disabling a rule', () => {
  const suppressible = analysis.findings.filter((f) => !findRule(f.ruleId)!.alwaysOn);

  it.each(suppressible.map((f) => [where(f), f] as const))('%s: disabling it for its line makes it disappear', (_w, f) => {
    const edit = actionsFor(f).find((a) => a.title.endsWith('for this line'))!.edits;
    const after = reanalyse(applyEdits(text, edit));
    const count = (a: typeof analysis, id: string) => a.findings.filter((x) => x.ruleId === id).length;
    expect(count(after, f.ruleId)).toBe(count(analysis, f.ruleId) - 1);
    expect(after.findings.length).toBe(analysis.findings.length - 1);
    expect(after.findings.filter((x) => x.ruleId === 'PL001' || x.ruleId === 'PL008')).toEqual([]);
  });

  it.each(suppressible.map((f) => [where(f), f] as const))('%s: disabling it in the file makes every finding of the rule disappear', (_w, f) => {
    const edit = actionsFor(f).find((a) => a.title.endsWith('in this file'))!.edits;
    const after = reanalyse(applyEdits(text, edit));
    expect(after.findings.filter((x) => x.ruleId === f.ruleId)).toEqual([]);
    expect(after.findings.length).toBe(analysis.findings.filter((x) => x.ruleId !== f.ruleId).length);
  });

  it('adds the rule to a `pledge-disable-next-line` comment already above the line', () => {
    const f = analysis.findings.find((x) => where(x) === 'PL101@13')!;
    const after = applyEdits(text, [disableLineEdit(text, f)]);
    expect(after.split('\n').length).toBe(text.split('\n').length);
    expect(after.split('\n')[11]).toBe('    // pledge-disable-next-line PL110 PL101');
    expect(after.match(/pledge-disable-next-line/g)).toHaveLength(1);
    // The rule already suppressed there stays suppressed.
    expect(reanalyse(after).findings.map((x) => x.ruleId)).not.toContain('PL110');
  });

  it('keeps a reason after `--` at the end of the existing comment', () => {
    const t = 'party A\n// pledge-disable-next-line PL999 -- reviewed\nparty B\n';
    const f = { ruleId: 'PL123', span: { start: t.indexOf('party B'), end: t.indexOf('party B') + 5 } } as Finding;
    expect(applyEdits(t, [disableLineEdit(t, f)])).toBe('party A\n// pledge-disable-next-line PL999 PL123 -- reviewed\nparty B\n');
  });

  it('inserts a comment with the line’s indentation where there is none', () => {
    const f = analysis.findings.find((x) => where(x) === 'PL107@16')!;
    const after = applyEdits(text, [disableLineEdit(text, f)]);
    expect(after.split('\n')[15]).toBe('      // pledge-disable-next-line PL107');
    expect(after.split('\n')[16]).toBe(text.split('\n')[15]);
  });

  it('inserts the file-wide comment after the leading comment block', () => {
    const f = analysis.findings.find((x) => where(x) === 'PL304@41')!;
    const after = applyEdits(text, [disableFileEdit(text, f)]);
    const header = text.split('\n').findIndex((l) => !l.startsWith('//'));
    expect(after.split('\n')[header]).toBe('// pledge-disable PL304');
    expect(after.split('\n').slice(0, header)).toEqual(text.split('\n').slice(0, header));
  });
});

describe('fix all', () => {
  it('is one source action whose edits apply cleanly and leave a file that parses', () => {
    const actions = codeActions(analysis, { span: { start: 0, end: 0 }, only: ['source.fixAll.pledge'] });
    expect(actions).toHaveLength(1);
    const [all] = actions;
    expect(all!.kind).toBe('source.fixAll.pledge');
    expect(all!.title).toBe('Fix all auto-fixable problems');
    expect(all!.findings.map(where)).toEqual(['PL207@31', 'PL207@37']);
    expect(overlapping(all!.edits)).toEqual([]);
    const after = reanalyse(applyEdits(text, all!.edits));
    expect(after.parsed.errors).toEqual([]);
    expect(after.findings.map((f) => f.ruleId)).not.toContain('PL207');
    expect(after.text).toContain('level 2 ServiceDesk after 1 hour');
    expect(after.text).toContain('level 3 ICTRegie after 2 hours');
  });

  it('is offered for the general `source.fixAll` kind and with every kind, but not for quick fixes only', () => {
    const kinds = (only?: string[]) => codeActions(analysis, { span: { start: 0, end: 0 }, only }).map((a) => a.kind);
    expect(kinds(['source.fixAll'])).toEqual(['source.fixAll.pledge']);
    expect(kinds(['source'])).toEqual(['source.fixAll.pledge']);
    expect(kinds()).toEqual(['source.fixAll.pledge']);
    expect(kinds(['quickfix'])).toEqual([]);
  });

  it('is offered unasked only when something can be fixed, and always when asked for', () => {
    const clean = analyzeFixture('office.pledge');
    expect(codeActions(clean, { span: { start: 0, end: 0 } }).filter((a) => a.kind === 'source.fixAll.pledge')).toEqual([]);
    const asked = codeActions(clean, { span: { start: 0, end: 0 }, only: ['source.fixAll.pledge'] });
    expect(asked).toEqual([{ title: 'Fix all auto-fixable problems', kind: 'source.fixAll.pledge', findings: [], edits: [] }]);
  });
});

describe('one action per fix', () => {
  // Two findings on the same token that offer the same edit (PL101/PL103 both set the availability).
  const edit: TextEdit = { span: { start: 0, end: 0 }, newText: '// x\n', snippet: '// ${1:x}\n' };
  const finding = (ruleId: string, title: string): Finding => ({
    ruleId,
    ruleName: ruleId,
    severity: 'warning',
    message: ruleId,
    file: analysis.file,
    span: { start: 0, end: 4 },
    related: [],
    fixes: [{ title, edits: [edit], auto: true }],
  });
  const a = finding('PL101', 'Set the availability to 99.5%');
  const b = finding('PL103', 'Set the availability to 99.5%');
  const c = finding('PL104', 'Set the availability to 99.0%');
  const fake = { ...analysis, findings: [a, b, c] };

  it('offers an edit that several findings share once, listing every finding it fixes', () => {
    const fixes = codeActions(fake, { span: { start: 0, end: 4 }, only: ['quickfix'] }).filter((x) => x.edits.length && x.title.startsWith('Set'));
    expect(fixes.map((x) => [x.title, x.findings.map((f) => f.ruleId)])).toEqual([
      ['Set the availability to 99.5%', ['PL101', 'PL103']],
      ['Set the availability to 99.0%', ['PL104']],
    ]);
    expect(fixes[0]!.isPreferred).toBe(true);
  });

  it('passes a fix edit’s snippet through', () => {
    const fixes = codeActions(fake, { span: { start: 0, end: 4 }, only: ['quickfix'] }).filter((x) => x.title.startsWith('Set'));
    expect(fixes[0]!.edits[0]!.snippet).toBe('// ${1:x}\n');
  });

  it('never offers two actions with the same title and edits', () => {
    for (const f of analysis.findings) {
      const actions = codeActions(analysis, { span: f.span });
      const keys = actions.map((x) => JSON.stringify([x.title, x.edits, x.command]));
      expect(keys.length).toBe(new Set(keys).size);
    }
  });
});
