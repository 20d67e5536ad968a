#!/usr/bin/env node
// The Pledge language server for any LSP client: `pledge-language-server --stdio`.
await import('../dist/server.cjs');
