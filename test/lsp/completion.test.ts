// Completion, code lens commands and refused formatting over a real LSP connection.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { sampleWorkspace, TestClient } from '../harness/lsp';

let client: TestClient;
const messages: Array<{ type: number; message: string }> = [];

beforeAll(async () => {
  client = new TestClient(sampleWorkspace());
  client.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => messages.push(p));
  await client.initialize();
});

afterAll(async () => {
  await client.dispose();
});

const CURSOR = '‸';

/** Opens `name` with the text (cursor removed) and asks for completion at the cursor. */
async function complete(name: string, withCursor: string): Promise<CompletionItem[]> {
  const offset = withCursor.indexOf(CURSOR);
  const text = withCursor.replace(CURSOR, '');
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  const uri = client.open(name, text);
  return client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

const AGREEMENT = (body: string) => `import "parties.pledge"

agreement "X" {
  provider Acme
  customer Noordlicht

  service Web {
    support Office
${body}
  }
}
`;

describe('completion lists', () => {
  it('at the top level: the four declarations, once each, as snippets', async () => {
    const items = await complete('c1.pledge', `import "parties.pledge"\n\n${CURSOR}\n`);
    expect(labels(items)).toEqual(['import', 'party', 'calendar', 'agreement']);
    expect(items.every((i) => i.insertTextFormat === 2)).toBe(true);
  });

  it('in an agreement: its clauses not yet written', async () => {
    const items = await complete('c2.pledge', `import "parties.pledge"\n\nagreement "X" {\n  provider Acme\n  customer Noordlicht\n  ${CURSOR}\n}\n`);
    expect(labels(items)).toEqual(['version', 'effective', 'calendar', 'service', 'kpi', 'escalation', 'emergency', 'credits', 'obligation', 'remedy', 'termination', 'change', 'review']);
  });

  it('in a service and in a priority', async () => {
    expect(labels(await complete('c3.pledge', AGREEMENT(`    ${CURSOR}`)))).toEqual(['availability', 'maintenance', 'capacity', 'depends on', 'priority']);
    expect(labels(await complete('c4.pledge', AGREEMENT(`    priority P1 {\n      ${CURSOR}\n    }`)))).toEqual(['respond', 'resolve', 'clock']);
  });

  it.each([
    ['a party', `party P "P" {\n  ${CURSOR}\n}\n`, ['contact']],
    ['a KPI', `import "parties.pledge"\n\nagreement "X" {\n  service Web {\n  }\n  kpi K {\n    for Web\n    ${CURSOR}\n  }\n}\n`, ['target', 'measured by', 'reported by']],
    ['an escalation ladder', `import "parties.pledge"\n\nagreement "X" {\n  service Web {\n  }\n  escalation for Web {\n    ${CURSOR}\n  }\n}\n`, ['level']],
    ['an emergency clause', `import "parties.pledge"\n\nagreement "X" {\n  service Web {\n  }\n  emergency for Web {\n    ${CURSOR}\n  }\n}\n`, ['reachable', 'respond', 'precondition', 'afterwards']],
    ['a credits table', `import "parties.pledge"\n\nagreement "X" {\n  service Web {\n  }\n  credits for Web {\n    cap 50%\n    ${CURSOR}\n  }\n}\n`, ['below', 'claim', 'sole remedy']],
  ])('in %s', async (_name, text, expected) => {
    expect(labels(await complete(`b-${expected[0]!.replace(/\s/g, '')}.pledge`, text))).toEqual(expected);
  });

  it('after `within`: durations, not clause keywords; after `within 2`: units only', async () => {
    expect(labels(await complete('c5.pledge', AGREEMENT(`    priority P1 {\n      respond within ${CURSOR}\n    }`)))).toEqual([
      '15 minutes',
      '30 minutes',
      '1 hour',
      '4 hours',
      '1 business day',
    ]);
    expect(labels(await complete('c6.pledge', AGREEMENT(`    priority P1 {\n      respond within 2 ${CURSOR}\n      resolve within 4 hours\n    }`)))).toEqual([
      'minutes',
      'hours',
      'days',
      'weeks',
      'months',
      'business hours',
      'business days',
    ]);
  });

  it('in `import "…"`: the workspace files, relative, replacing what is between the quotes', async () => {
    const items = await complete('c7.pledge', `import "${CURSOR}"\n`);
    // The samples and the documents the other tests opened; never the file itself.
    expect(labels(items).filter((l) => !/^(c\d|b-\w+)\.pledge$/.test(l))).toEqual(['healthy.pledge', 'hosting-24x7.pledge', 'no-emergency.pledge', 'one-sided.pledge', 'over-promising.pledge', 'parties.pledge']);
    expect(labels(items)).not.toContain('c7.pledge');
    expect(new Set(labels(items)).size).toBe(items.length);
    expect(items.find((i) => i.label === 'healthy.pledge')!.textEdit).toEqual({ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, newText: 'healthy.pledge' });
  });

  it('on a selected `Provider` placeholder: the parties, with a filter text the editor keeps', async () => {
    const items = await complete('c8.pledge', `import "parties.pledge"\n\nagreement "X" {\n  provider Provider${CURSOR}\n}\n`);
    expect(labels(items)).toEqual(expect.arrayContaining(['Acme', 'Noordlicht']));
    expect(items.every((i) => i.filterText?.startsWith('Provider '))).toBe(true);
  });
});

describe('code lens commands', () => {
  it('opens the obligations of a party as references and the problems of the file', async () => {
    const uri = client.uri('over-promising.pledge');
    client.open('over-promising.pledge');
    const lenses = await client.request<Array<{ command: { title: string; command: string; arguments?: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri } });
    const owes = lenses.find((l) => l.command.command === 'pledge.showReferences')!;
    expect(owes.command.title).toMatch(/owes \d+$/);
    const [target, position, locations] = owes.command.arguments as [string, { line: number; character: number }, Array<{ uri: string; range: unknown }>];
    expect(target).toBe(uri);
    expect(position).toEqual({ line: expect.any(Number), character: expect.any(Number) });
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.every((l) => l.uri === uri && l.range)).toBe(true);
    const problems = lenses.find((l) => l.command.command === 'pledge.showFileProblems')!;
    expect(problems.command.title).toMatch(/findings? \(/);
    expect(problems.command.arguments).toEqual([uri]);
  });
});

describe('formatting a file that does not parse', () => {
  it('returns no edits and says why, in a warning', async () => {
    const uri = client.open('broken.pledge', 'party A "A"\nagreement "X" {\n  provider\n  customer A\n}\n');
    messages.length = 0;
    const edits = await client.request<unknown[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toEqual([]);
    await new Promise<void>((resolve) => {
      const poll = () => (messages.length ? resolve() : setImmediate(poll));
      poll();
    });
    expect(messages).toEqual([{ type: 2, message: 'Pledge cannot format broken.pledge because it has 1 syntax error; the first is at line 3.' }]);
  });
});
