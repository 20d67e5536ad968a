#!/usr/bin/env node
// The Pledge language server for any LSP client: `pledge-language-server --stdio`.
// CommonJS, like the bundle it loads (an ES module would start slower and scan the bundle's exports).
'use strict';

require('../dist/server.cjs');
