// A worker thread of a parallel `pledge check` (server/src/cli/parallel.ts):
// its bundle, run with its code cache like the CLI's (see cached.js). The
// bundle calls the save hook when its work is done, before the main thread
// ends the worker.
'use strict';

const path = require('node:path');
require('./cached.js').runCached(path.join(__dirname, '..', 'dist', 'check-worker.cjs'), 'worker', '__pledgeSaveCodeCache');
