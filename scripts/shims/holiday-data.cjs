// Bundled into the CLI in place of server/src/semantics/holidayData.ts
// (scripts/build.mjs): the holiday data split per country, read from
// server/dist/holidays/ when a calendar names a country. Loading the data of
// every country cost each CLI start ~11 ms.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'holidays');
let index;
let names;
const cache = new Map();

function read(name) {
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
}

function countryCodes() {
  index ??= read('index.json');
  return index.countries;
}

function dataFor(country) {
  if (!countryCodes().includes(country)) return undefined;
  let data = cache.get(country);
  if (!data) {
    names ??= read('names.json');
    const file = read(`${country}.json`);
    data = { version: index.version, license: index.license, holidays: file.holidays, names };
    cache.set(country, data);
  }
  return data;
}

module.exports = { countryCodes, dataFor };
