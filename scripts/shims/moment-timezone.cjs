// Bundled in place of `moment-timezone` (scripts/build.mjs): the holiday
// library imports it at load time, but Pledge reads holidays as whole local
// days and only a few countries' rules (equinoxes) ever call it. Loading it
// (with every time zone's data) cost each CLI start ~7 ms; now it loads on
// first use.
'use strict';

let real;
function load() {
  // A relative path, so the bundler's alias for the package name does not
  // apply; the CLI bundles it apart (server/dist/vendor-moment-timezone.cjs).
  real ??= require('../../node_modules/moment-timezone/index.js');
  return real;
}

module.exports = new Proxy(function moment() {}, {
  apply: (_target, self, args) => load().apply(self, args),
  construct: (_target, args) => new (load())(...args),
  get: (_target, property) => load()[property],
  has: (_target, property) => property in load(),
});
