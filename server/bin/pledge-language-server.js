#!/usr/bin/env node
// The Pledge language server for any LSP client: `pledge-language-server --stdio`.
// The bundle is CommonJS: `require` loads it directly (an `import()` would scan its exports first).
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/server.cjs');
