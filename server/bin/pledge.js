#!/usr/bin/env node
// The `pledge` command: the bundled CLI built by `npm run build`.
await import('../dist/pledge.cjs');
