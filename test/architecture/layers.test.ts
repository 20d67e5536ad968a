// Layers point one way (ARCHITECTURE.md): i18n → syntax → semantics → rules →
// engine → features → lsp; the CLI uses the layers below it, never the language
// server; only server/src/lsp imports vscode-languageserver.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../harness/analyze';
import { importsOf, layerViolations, walkSources } from './imports';

const SOURCES = walkSources(REPO, path.join(REPO, 'server/src'));

describe('layers', () => {
  it('reads the sources and their imports', () => {
    expect(SOURCES.length).toBeGreaterThan(50);
    expect(SOURCES.flatMap(importsOf).length).toBeGreaterThan(200);
  });

  it('no import points against the direction of the layers', () => {
    expect(layerViolations(SOURCES)).toEqual([]);
  });

  it('catches a deliberate violation of each kind', () => {
    const bad = [
      { file: 'server/src/syntax/x.ts', text: "import { analyze } from '../engine/analyze';\n" },
      { file: 'server/src/semantics/x.ts', text: "import type { Finding } from '../rules/types';\n" },
      { file: 'server/src/i18n/x.ts', text: "export { parse } from '../syntax/parse';\n" },
      { file: 'server/src/rules/x.ts', text: "const m = await import('../features/hover');\n" },
      { file: 'server/src/features/x.ts', text: "import { Connection } from 'vscode-languageserver/node';\n" },
      { file: 'server/src/cli/x.ts', text: "import { startServer } from '../lsp/server';\n" },
      { file: 'server/src/engine/x.ts', text: "import '../../../client/src/extension';\n" },
      { file: 'server/src/tools/x.ts', text: '' },
    ];
    const problems = layerViolations(bad);
    expect(problems).toHaveLength(bad.length);
    // Comments do not count.
    expect(layerViolations([{ file: 'server/src/syntax/y.ts', text: "// import { analyze } from '../engine/analyze';\n/* import '../lsp/server'; */\n" }])).toEqual([]);
    // Same layer and lower layers are fine, for the CLI too.
    expect(
      layerViolations([
        { file: 'server/src/cli/y.ts', text: "import { analyze } from '../engine/analyze';\nimport { hover } from '../features/hover';\nimport { t } from '../i18n/index';\n" },
        { file: 'server/src/lsp/y.ts', text: "import { createConnection } from 'vscode-languageserver/node';\nimport { x } from './convert';\n" },
      ]),
    ).toEqual([]);
  });
});
