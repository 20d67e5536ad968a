// The workspace answers "who imports this file" from a reverse import index,
// and configuration lookups are remembered per folder until invalidated.

import { describe, expect, it } from 'vitest';
import { Workspace } from '../../server/src/engine/workspace';
import { ConfigLoader, type ConfigFileSystem } from '../../server/src/engine/config';

const PARTIES = 'party A "A" {\n  contact Desk "Desk" phone "1"\n}\nparty B "B" {\n  contact Desk "Desk" phone "2"\n}\n';
const agreement = (imports: string[]) => imports.map((i) => `import "${i}"\n`).join('') + 'agreement "X" {\n  provider A\n  customer B\n}\n';

function workspaceOf(files: Record<string, string>): Workspace {
  const ws = new Workspace({ fileSystem: { readFile: (f) => files[f] } });
  ws.setRoots(['/w']);
  for (const f of Object.keys(files)) ws.addKnown(f);
  for (const f of Object.keys(files)) ws.analysis(f);
  return ws;
}

describe('importers', () => {
  it('finds the files that import a file, sorted, and not the others', () => {
    const ws = workspaceOf({
      '/w/parties.pledge': PARTIES,
      '/w/b.pledge': agreement(['parties.pledge']),
      '/w/a.pledge': agreement(['parties.pledge', 'other.pledge']),
      '/w/c.pledge': agreement(['other.pledge']),
      '/w/other.pledge': PARTIES,
    });
    expect(ws.importers('/w/parties.pledge')).toEqual(['/w/a.pledge', '/w/b.pledge']);
    expect(ws.importers('/w/other.pledge')).toEqual(['/w/a.pledge', '/w/c.pledge']);
    expect(ws.importers('/w/a.pledge')).toEqual([]);
  });

  it('follows edits of the importing file and removed files', () => {
    const ws = workspaceOf({ '/w/parties.pledge': PARTIES, '/w/a.pledge': agreement(['parties.pledge']), '/w/b.pledge': agreement([]) });
    ws.openDocument('/w/b.pledge', agreement(['parties.pledge']), 2);
    ws.analysis('/w/b.pledge');
    ws.openDocument('/w/a.pledge', agreement([]), 2);
    // a.pledge no longer imports it, even before a.pledge is analysed again.
    expect(ws.importers('/w/parties.pledge')).toEqual(['/w/b.pledge']);
    ws.removeKnown('/w/b.pledge');
    ws.closeDocument('/w/b.pledge');
    expect(ws.importers('/w/parties.pledge')).toEqual([]);
  });
});

describe('configuration lookups', () => {
  function fileSystem(files: Map<string, string>): ConfigFileSystem & { stamps: number } {
    const fsys = {
      stamps: 0,
      readFile: (f: string) => files.get(f),
      stamp: (f: string) => {
        fsys.stamps++;
        return files.has(f) ? 1 : undefined;
      },
    };
    return fsys;
  }

  it('asks the file system once per folder when lookups are remembered, again after invalidate()', () => {
    const files = new Map([['/w/.pledgerc.json', '{ "rules": { "PL201": "off" } }']]);
    const fsys = fileSystem(files);
    const loader = new ConfigLoader(fsys).cacheLookups();
    const first = loader.configFor('/w/a/x.pledge', '/w');
    const stamps = fsys.stamps;
    for (const name of ['y', 'z']) expect(loader.configFor(`/w/a/${name}.pledge`, '/w')).toBe(first);
    expect(fsys.stamps).toBe(stamps);
    expect(first.settings.rules.get('PL201')?.severity).toBe('off');

    files.set('/w/a/.pledgerc.json', '{ "rules": { "PL201": "error" } }');
    expect(loader.configFor('/w/a/x.pledge', '/w').file).toBe('/w/.pledgerc.json');
    loader.invalidate();
    const after = loader.configFor('/w/a/x.pledge', '/w');
    expect(after.file).toBe('/w/a/.pledgerc.json');
    expect(after.settings.rules.get('PL201')?.severity).toBe('error');
  });

  it('asks the file system every time without remembered lookups', () => {
    const files = new Map<string, string>();
    const loader = new ConfigLoader(fileSystem(files));
    expect(loader.configFor('/w/x.pledge', '/w').file).toBeUndefined();
    files.set('/w/.pledgerc.json', '{}');
    expect(loader.configFor('/w/x.pledge', '/w').file).toBe('/w/.pledgerc.json');
  });
});

describe('analyses of files that are not open', () => {
  // PL202-style findings with fixes: an agreement without an emergency clause
  // gets a finding whose quick fix inserts one.
  const SOURCE = PARTIES + 'calendar Office Mon-Fri 08:00-18:00\nagreement "X" {\n  provider A\n  customer B\n  service S {\n    support Office\n    availability 99.9% per month\n  }\n}\n';

  it('keep findings and messages but not quick fixes, and an opened file gets its fixes back', () => {
    const ws = workspaceOf({ '/w/a.pledge': SOURCE });
    const closed = ws.analysis('/w/a.pledge')!;
    expect(closed.findings.length).toBeGreaterThan(0);
    expect(closed.findings.every((f) => f.fixes.length === 0)).toBe(true);
    expect(closed.findings.every((f) => f.message.length > 0)).toBe(true);

    ws.openDocument('/w/a.pledge', SOURCE, 1);
    const open = ws.analysis('/w/a.pledge')!;
    expect(open).not.toBe(closed);
    expect(open.findings.map((f) => f.message)).toEqual(closed.findings.map((f) => f.message));
    expect(open.findings.some((f) => f.fixes.length > 0)).toBe(true);
    // Open analyses are cached whole.
    expect(ws.analysis('/w/a.pledge')).toBe(open);
  });
});

describe('files that can name a declaration', () => {
  it('are the file and its direct importers, with files not yet analysed analysed first', () => {
    const files: Record<string, string> = {
      '/w/parties.pledge': PARTIES,
      '/w/a.pledge': agreement(['parties.pledge']),
      '/w/b.pledge': agreement([]),
      '/w/c.pledge': agreement(['a.pledge']),
    };
    const ws = new Workspace({ fileSystem: { readFile: (f) => files[f] } });
    ws.setRoots(['/w']);
    for (const f of Object.keys(files)) ws.addKnown(f);
    // Nothing analysed yet: the import index is filled on demand.
    expect(ws.filesNaming('/w/parties.pledge')).toEqual(['/w/parties.pledge', '/w/a.pledge']);
    // Imports are not transitive: c.pledge imports a.pledge, not parties.pledge.
    expect(ws.filesNaming('/w/a.pledge')).toEqual(['/w/a.pledge', '/w/c.pledge']);
  });

  it('bind a closed file again when its names are asked for, with the same result', () => {
    const ws = workspaceOf({ '/w/parties.pledge': PARTIES, '/w/a.pledge': agreement(['parties.pledge']) });
    const a = ws.analysis('/w/a.pledge')!;
    const references = a.model.references.map((r) => `${r.kind} ${r.name} ${r.span.start} ${r.target?.file ?? '-'}`);
    expect(references).toContain(`party A ${agreement(['parties.pledge']).indexOf('provider A') + 9} /w/parties.pledge`);
    expect(a.model).toBe(a.model);
    expect(a.facts.model).toBe(a.model);
  });
});
