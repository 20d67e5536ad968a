// The other editor features in Dutch: code lens, inlay hints, code action
// titles, symbol details, completion details and rename refusals.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLocale } from '../../server/src/i18n';
import { codeActions } from '../../server/src/features/codeActions';
import { codeLenses } from '../../server/src/features/codeLens';
import { completions } from '../../server/src/features/completion';
import { inlayHints } from '../../server/src/features/inlayHints';
import { invalidName } from '../../server/src/features/navigation';
import { documentSymbols } from '../../server/src/features/symbols';
import { analyzeFile, REPO } from '../harness/analyze';

const FIXTURE = path.join(REPO, 'test/features/hover-nl.pledge');
const nl = <T>(fn: () => T): T => withLocale('nl', fn);
const analysis = nl(() => analyzeFile(FIXTURE));

describe('editor features in Dutch', () => {
  it('sums an agreement up in the code lens', () => {
    const counts = new Map<string, number>();
    for (const f of analysis.findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    const lenses = nl(() => codeLenses(analysis));
    const title = lenses.filter((l) => l.span.start === lenses[0]!.span.start).map((l) => l.title).join(' · ');
    expect(title).toMatch(/^Acme heeft 3 verplichtingen · Utrecht heeft 1 verplichting · \d+ bevindingen \(.+\)$/);
    expect(title).toContain(`${analysis.findings.length} bevindingen`);
    expect(title).toContain(`${counts.get('warning')} waarschuwingen`);
  });

  it('shows the downtime budget and business durations with a decimal comma', () => {
    expect(nl(() => inlayHints(analysis)).map((h) => [h.label, h.tooltip])).toEqual([
      ['≈ 21,6 min/maand', '99,95% per maand staat 21,6 min uitval per maand toe'],
      ['= 600 min', '1 business day = 600 min servicetijd; in het slechtste geval 96 u op de klok'],
      ['= 120 min', '2 business hours = 120 min servicetijd; in het slechtste geval 88 u op de klok'],
      ['≈ 30 min/week', '99% per week staat 30 min uitval per week servicetijd toe'],
    ]);
  });

  it('titles the code actions that do not come from a rule', () => {
    const finding = analysis.findings.find((f) => f.ruleId === 'PL113')!;
    const titles = nl(() => codeActions(analysis, { span: finding.span })).map((a) => a.title);
    expect(titles).toContain('PL113 uitschakelen voor deze regel');
    expect(titles).toContain('PL113 uitschakelen in dit bestand');
    expect(titles).toContain('Documentatie van PL113 (provider-started-clock) tonen');
    expect(nl(() => codeActions(analysis, { span: finding.span, only: ['source.fixAll.pledge'] }))[0]!.title).toBe(
      'Alle automatisch herstelbare problemen herstellen',
    );
  });

  it('details the symbols', () => {
    expect(nl(() => documentSymbols(analysis)).map((s) => [s.name, s.detail])).toEqual([
      ['Acme', 'Acme Managed Services'],
      ['Utrecht', 'Gemeente Utrecht'],
      ['Kantoor', 'kalender'],
      ['Werkplek 2026', 'overeenkomst'],
    ]);
  });

  it('details completions and explains them in Dutch; snippet bodies stay Pledge', () => {
    const offset = analysis.text.indexOf('    availability 99% per week');
    const items = nl(() => completions(analysis, offset));
    const capacity = items.find((i) => i.label === 'capacity')!;
    expect(capacity.detail).toBe('clausule in een dienst');
    expect(capacity.documentation).toMatch(/^\*\*capacity: .+\*\*\n\n/);
    const snippet = items.find((i) => i.label === 'priority')!;
    expect(snippet.kind).toBe('snippet');
    expect(snippet.detail).toBe('Prioriteit');
    expect(snippet.documentation).toContain('Een prioriteit met responstijd, oplostijd en het moment waarop de klok start.\n\n```pledge\npriority P2');
    expect(snippet.insertText).toContain('respond within');
  });

  it('refuses a new name in Dutch', () => {
    expect(nl(() => invalidName('2fast'))).toBe('`2fast` is geen geldige naam: gebruik letters, cijfers en _, en begin niet met een cijfer');
    expect(nl(() => invalidName('service'))).toBe('`service` is een sleutelwoord van de taal en kan geen naam zijn');
  });
});
