// isomorphic-git as a bundle of its own for the CLI (see scripts/build.mjs).
'use strict';

module.exports = require('isomorphic-git');
