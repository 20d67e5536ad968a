#!/usr/bin/env node
// The `pledge` command: the bundled CLI built by `npm run build`, run with
// its code cache (see cached.js). CommonJS: an ES module starts slower.
'use strict';

const path = require('node:path');
require('./cached.js').runCached(path.join(__dirname, '..', 'dist', 'pledge.cjs'), 'cli');
