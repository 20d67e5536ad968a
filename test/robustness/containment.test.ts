// Imports and configuration stay inside the workspace folder: `../`, absolute
// paths, `file:` URIs and symlinks that lead out are refused, compared by real
// path; `extends` never reads (or echoes) a file outside; the configuration
// lookup stops at the workspace folder.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Program, type FileSystem } from '../../server/src/engine/program';
import { ConfigLoader, findConfigFile, type ConfigFileSystem } from '../../server/src/engine/config';
import { runCheck } from '../../server/src/cli/check';
import { isInside } from '../../server/src/semantics/model';
import { TestClient } from '../harness/lsp';
import { runExport } from '../../server/src/cli/export';
import { runRender } from '../../server/src/cli/render';
import { runDiff } from '../../server/src/cli/diff';

const SECRET = 'TOP-SECRET-CONTENT-4711';
let base: string;
let ws: string;
let outside: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const agreement = (imports: string[]) =>
  `${imports.map((i) => `import ${JSON.stringify(i)}`).join('\n')}\nparty Town "Town"\nagreement "Hosting" {\n  provider Secret\n  customer Town\n}\n`;

beforeAll(() => {
  // Real paths, so that the expectations do not depend on a symlinked temp folder.
  base = realpathSync.native(mkdtempSync(path.join(tmpdir(), 'pledge-contain-')));
  ws = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  write(path.join(outside, 'secret.pledge'), `party Secret "${SECRET}"\n`);
  write(path.join(outside, '.pledgerc.json'), `{ "rules": { "${SECRET}": "off" } }\n`);
  write(path.join(outside, 'not-json.json'), `${SECRET}\n`);
  write(path.join(ws, 'parties.pledge'), 'party Secret "Inside"\n');
  symlinkSync(path.join(outside, 'secret.pledge'), path.join(ws, 'link-out.pledge'));
  symlinkSync(outside, path.join(ws, 'dir-out'));
  symlinkSync(path.join(ws, 'parties.pledge'), path.join(ws, 'link-in.pledge'));
  // A configuration above the workspace folder, which must not apply inside it.
  write(path.join(base, '.pledgerc.json'), '{ "rules": { "PL201": "off" } }\n');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

function importProblems(imports: string[], program = new Program()) {
  const file = path.join(ws, 'main.pledge');
  program.setOverlay(file, agreement(imports));
  const a = program.analyze(file, ws)!;
  const problems = a.findings.filter((f) => f.ruleId === 'PL007').map((f) => `${f.ruleId} ${f.message}`);
  // Whether the party of the imported file became visible.
  if (a.model.parties.has('Secret')) problems.push('declared Secret');
  return problems;
}

describe('imports stay inside the workspace folder', () => {
  it('resolves an import inside, also through a symlink that stays inside', () => {
    expect(importProblems(['parties.pledge'])).toEqual(['declared Secret']);
    expect(importProblems(['link-in.pledge'])).toEqual(['declared Secret']);
    expect(importProblems([pathToFileURL(path.join(ws, 'parties.pledge')).href])).toEqual(['declared Secret']);
  });

  it.each([
    ['../outside/secret.pledge', () => '../outside/secret.pledge'],
    ['an absolute path', () => path.join(outside, 'secret.pledge')],
    ['a file: URI', () => pathToFileURL(path.join(outside, 'secret.pledge')).href],
    ['a symlinked file pointing out', () => 'link-out.pledge'],
    ['a file in a symlinked folder pointing out', () => 'dir-out/secret.pledge'],
  ])('refuses %s', (_name, value) => {
    const problems = importProblems([value()]);
    expect(problems).toContainEqual(expect.stringMatching(/^PL007 .*outside the workspace folder/));
    // Nothing of the file outside was read: `Secret` stays undeclared.
    expect(problems).not.toContain('declared Secret');
    expect(problems.join('\n')).not.toContain(SECRET);
  });

  it('compares real paths through the file system the program is given', () => {
    // A fake file system where `shared.pledge` is a link to a file outside.
    const texts = new Map([[path.join(ws, 'shared.pledge'), 'party Secret "x"\n']]);
    const fake: FileSystem = {
      readFile: (f) => texts.get(f),
      realPath: (f) => (f === path.join(ws, 'shared.pledge') ? '/elsewhere/shared.pledge' : f),
    };
    expect(importProblems(['shared.pledge'], new Program(fake))).toContainEqual(expect.stringMatching(/^PL007 .*outside/));
    const plain: FileSystem = { readFile: (f) => texts.get(f) };
    expect(importProblems(['shared.pledge'], new Program(plain))).toEqual(['declared Secret']);
  });

  it('refuses it in pledge check with --root too', () => {
    write(path.join(ws, 'cli', 'main.pledge'), agreement(['../link-out.pledge']));
    const out = runCheck(['cli/main.pledge'], ws, { format: 'json', quiet: false, color: false, root: ws });
    const ids = (JSON.parse(out.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    expect(ids).toContain('PL007');
    expect(out.stdout).not.toContain(SECRET);
  });

  it('does not take a name starting with two dots for the parent folder', () => {
    expect(isInside('/w', '/w/..notes.pledge')).toBe(true);
    expect(isInside('/w', '/w/../x.pledge')).toBe(false);
    expect(isInside('/w', '/w')).toBe(true);
  });
});

describe('.pledgerc.json stays inside the workspace folder', () => {
  it('stops the lookup at the workspace folder', () => {
    const file = path.join(ws, 'a', 'x.pledge');
    expect(findConfigFile(file, undefined, ws)).toBeUndefined();
    expect(findConfigFile(file)).toBe(path.join(base, '.pledgerc.json'));
    expect(new ConfigLoader().configFor(file, ws).file).toBeUndefined();
    // A file outside the workspace folder gets no configuration from it.
    expect(findConfigFile(path.join(base, 'x.pledge'), undefined, ws)).toBeUndefined();
  });

  it('pledge check does not apply a configuration above --root', () => {
    write(path.join(ws, 'lookup', 'open.pledge'), 'party Acme "Acme"\nparty Town "Town"\nagreement "Hosting" {\n  provider Acme\n  customer Town\n  service Web {\n    availability 99.5% per month measured by "probe"\n  }\n}\n');
    const ids = (root?: string) =>
      (JSON.parse(runCheck(['lookup/open.pledge'], ws, { format: 'json', quiet: false, color: false, ...(root ? { root } : {}) }).stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId);
    expect(ids(ws)).toContain('PL201');
    expect(ids()).toContain('PL201'); // the working directory is the workspace folder
  });

  it('render, export and diff do not apply a configuration above the workspace folder either', async () => {
    write(path.join(ws, 'lookup', 'open.pledge'), 'party Acme "Acme"\nparty Town "Town"\nagreement "Hosting" {\n  provider Acme\n  customer Town\n  service Web {\n    availability 99.5% per month measured by "probe"\n  }\n}\n');
    // A broken configuration above the workspace folder would stop each command with exit 2.
    write(path.join(base, '.pledgerc.json'), '{ "rules": { "PL201": "off", } }\n');
    try {
      const exported = runExport(['lookup/open.pledge'], ws, { format: 'json' });
      expect(exported.exitCode).toBe(0);
      expect(JSON.stringify(JSON.parse(exported.stdout))).toContain('PL201');
      expect(runRender(['lookup/open.pledge'], ws, { format: 'md' }).exitCode).toBe(0);
      expect((await runDiff(['lookup/open.pledge', 'lookup/open.pledge'], ws, { format: 'json' })).exitCode).toBe(0);
    } finally {
      write(path.join(base, '.pledgerc.json'), '{ "rules": { "PL201": "off" } }\n');
    }
  });

  it.each([
    ['../../outside/.pledgerc.json', () => '../../outside/.pledgerc.json'],
    ['an absolute path', () => path.join(outside, '.pledgerc.json')],
    ['a symlinked folder pointing out', () => '../dir-out/.pledgerc.json'],
  ])('refuses to extend %s, without reading it', (_name, target) => {
    const config = path.join(ws, 'cfg', `${_name.replace(/\W+/g, '-')}.json`);
    write(config, JSON.stringify({ extends: target() }));
    const c = new ConfigLoader().load(config, ws);
    expect(c.files).toEqual([config]);
    expect(c.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^"extends": ".*" lies outside the workspace folder/)]);
    expect(JSON.stringify(c.problems)).not.toContain(SECRET);
  });

  it('never echoes the content of an extended file that is not JSON', () => {
    write(path.join(ws, 'cfg', 'leak.txt.json'), `${SECRET}\n`);
    const config = path.join(ws, 'cfg', 'extends-text.json');
    write(config, JSON.stringify({ extends: './leak.txt.json' }));
    const c = new ConfigLoader().load(config, ws);
    expect(c.problems.map((p) => p.message)).toEqual(['not a configuration file: it is not valid JSON']);
    expect(JSON.stringify(c.problems)).not.toContain(SECRET.slice(0, 1) + '"');
    expect(JSON.stringify(c.problems)).not.toContain(SECRET);
  });

  it('fakes real paths through the configuration file system', () => {
    const files = new Map([
      ['/w/.pledgerc.json', '{ "extends": "./base.json" }'],
      ['/w/base.json', '{ "rules": {} }'],
    ]);
    const fsys: ConfigFileSystem = {
      readFile: (f) => files.get(f),
      stamp: (f) => (files.has(f) ? 1 : undefined),
      realPath: (f) => (f === '/w/base.json' ? '/elsewhere/base.json' : f),
    };
    const c = new ConfigLoader(fsys).configFor('/w/x.pledge', '/w');
    expect(c.problems.map((p) => p.message)).toEqual([expect.stringMatching(/lies outside the workspace folder/)]);
  });

  it('the language server stops the lookup at the workspace folder', async () => {
    const client = new TestClient(path.join(ws, 'lookup'), false);
    try {
      await client.initialize();
      const uri = client.open('open.pledge');
      const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
      expect(published.diagnostics.map((d) => d.code)).toContain('PL201');
    } finally {
      await client.dispose();
    }
  });
});
