// `npm run bench`: how fast the engine is on the bundled samples and on a
// large generated file. Prints medians over repeated runs; the numbers go into
// the issue notes, never into test assertions.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../server/src/syntax/parse';
import { Program } from '../server/src/engine/program';
import { analyze } from '../server/src/engine/analyze';
import { formatText } from '../server/src/features/format';
import { completions } from '../server/src/features/completion';
import { hover } from '../server/src/features/hover';

const root = path.resolve(__dirname, '..');
const samplesDir = path.join(root, 'samples');

function time(fn: () => void, runs: number): { median: number; p95: number } {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.floor(ms.length * 0.95)]! };
}

/** A file of `n` agreements in the style of the samples (about 40 lines each). */
function generated(n: number): string {
  const parts = [
    'party Provider "Provider B.V." {\n  contact Desk "Service desk" phone "+31 20 555 0100"\n  contact Duty "Duty manager" phone "+31 6 5555 0101"\n}',
    'party Customer "Customer" {\n  contact Regie "Regie" phone "+31 30 555 0200" email "regie@customer.example"\n}',
    'calendar Office Mon-Fri 08:00-18:00 timezone "Europe/Amsterdam" holidays "NL"',
  ];
  for (let i = 0; i < n; i++) {
    parts.push(`agreement "Agreement ${i}" {
  provider Provider
  customer Customer
  effective 2026-01-01 until 2028-12-31
  service Service${i} "Service ${i}" {
    support Office
    availability 99.${i % 10}% per month measured by "monitoring"
    maintenance Sun 02:00-06:00 notice 5 days
    priority P1 "Outage" {
      respond within 15 minutes
      resolve within 4 hours as effort
    }
    priority P2 "Degraded" {
      respond within 1 hour
      resolve within 1 business day
    }
  }
  escalation for Service${i} {
    level 1 Desk after 0 minutes
    level 2 Duty after 2 hours
    level 3 Regie after 1 business day
  }
  emergency for Service${i} {
    reachable 24x7 via Duty phone
    respond within 15 minutes
  }
  credits for Service${i} {
    below 99.5% credit 5%
    below 99.0% credit 15%
    claim within 60 days
  }
  obligation Forecast${i} Customer "Deliver a capacity forecast" as effort every quarter
  obligation Provider "Report on service levels" as result every month
  termination Provider notice 6 months
  termination Customer notice 3 months
  change by both
  review every quarter by both
}`);
  }
  return parts.join('\n\n') + '\n';
}

const rows: Array<[string, string, string]> = [];
const record = (name: string, r: { median: number; p95: number }) =>
  rows.push([name, r.median.toFixed(2), r.p95.toFixed(2)]);

// Parser construction (once per process).
const t0 = performance.now();
parse('');
rows.push(['parser construction (once)', (performance.now() - t0).toFixed(2), '']);

const samples = readdirSync(samplesDir).filter((n) => n.endsWith('.pledge'));
for (const name of samples) {
  const file = path.join(samplesDir, name);
  const text = readFileSync(file, 'utf8');
  record(`parse ${name} (${text.split('\n').length} lines)`, time(() => parse(text), 50));
  record(
    `analyse ${name} (cold program)`,
    time(() => new Program().analyze(file, root), 30),
  );
}

const program = new Program();
record('check all samples (one program, warm parses)', time(() => samples.forEach((n) => program.analyze(path.join(samplesDir, n), root)), 30));

for (const n of [10, 50]) {
  const text = generated(n);
  const lines = text.split('\n').length;
  record(`parse generated (${lines} lines)`, time(() => parse(text), 20));
  const host = { getParsed: () => undefined, root };
  record(`analyse generated (${lines} lines)`, time(() => analyze('/bench/generated.pledge', text, { host }), 10));
  record(`format generated (${lines} lines)`, time(() => formatText(text), 10));
  const a = analyze('/bench/generated.pledge', text, { host });
  const mid = text.indexOf('availability', Math.floor(text.length / 2));
  record(`hover in generated (${lines} lines)`, time(() => hover(a, mid + 14), 50));
  record(`completion in generated (${lines} lines)`, time(() => completions(a, mid), 50));
  // Typing: one edit, then parse + analyse again (what the server does per debounced change).
  const edited = text.slice(0, mid) + ' ' + text.slice(mid);
  record(`re-analyse after an edit (${lines} lines)`, time(() => analyze('/bench/generated.pledge', edited, { host }), 10));
}

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`${'measurement'.padEnd(w)}  median ms  p95 ms`);
for (const [name, median, p95] of rows) console.log(`${name.padEnd(w)}  ${median.padStart(9)}  ${p95.padStart(6)}`);
console.log(`\nnode ${process.version}, ${process.platform} ${process.arch}`);
