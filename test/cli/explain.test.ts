// `pledge explain <id|name>`.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeMatches, defaultDocsDir, renderMarkdown, runExplain } from '../../server/src/cli/explain';
import { findRule } from '../../server/src/rules/registry';

const DOCS = path.resolve(__dirname, '../fixtures/config/docs');
const REPO = path.resolve(__dirname, '../..');

describe('pledge explain', () => {
  it('prints the rule doc by id or name, rendered without colour', () => {
    for (const key of ['PL003', 'pl003', 'duplicate-name']) {
      const out = runExplain(key, { color: false, docsDir: DOCS });
      expect(out.exitCode).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toBe(
        [
          'PL003 duplicate-name',
          '',
          'A name is declared twice in one scope.',
          '',
          'Example',
          '',
          '    party Acme "Acme"',
          '    party Acme "Again"',
          '',
          'Rename one of them; see the language (https://example.org/lang) and `party`.',
          '',
        ].join('\n'),
      );
    }
  });

  it('uses colour only when asked (a TTY)', () => {
    const out = renderMarkdown('# Title\n\nSome `code` and **bold**.\n\n```\nx\n```\n', true);
    expect(out).toContain('\x1b[1m');
    expect(out).toMatch(/ {4}\x1b\[2mx/);
    expect(renderMarkdown('# Title\n', false)).toBe('Title\n');
  });

  it('without a doc, prints what the registry knows', () => {
    const rule = findRule('PL008')!;
    const out = runExplain('unused-suppression', { color: false, docsDir: DOCS });
    expect(out.exitCode).toBe(0);
    for (const part of [`${rule.id} ${rule.name}`, `Severity: ${rule.severity}`, rule.description, rule.why]) expect(out.stdout).toContain(part);
  });

  it('an unknown rule exits 2 with one line naming close matches', () => {
    const out = runExplain('duplicat-name', { color: false, docsDir: DOCS });
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^pledge: unknown rule "duplicat-name"; did you mean duplicate-name\b.*\?\n$/);
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(runExplain('zzzzzzzzzzzz', { color: false }).stderr).toBe('pledge: unknown rule "zzzzzzzzzzzz"; no rule has a similar id or name\n');
  });

  it('finds close matches by id and name', () => {
    expect(closeMatches('PL0003')[0]).toBe('PL003');
    expect(closeMatches('unused-supression')).toContain('unused-suppression');
  });

  it('finds docs/rules of the package from the sources and from the bundle', () => {
    expect(defaultDocsDir(path.join(REPO, 'server/src/cli'))).toBe(path.join(REPO, 'docs/rules'));
    expect(defaultDocsDir(path.join(REPO, 'server/dist'))).toBe(path.join(REPO, 'docs/rules'));
  });
});
