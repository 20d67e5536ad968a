// A long, seeded fuzz campaign over the Pledge engine:
//
//   npm run fuzz                         100,000 inputs, seed 20261130
//   npm run fuzz -- --runs 5000 --seed 7
//
// Every input is analysed and checked against the properties of
// test/fuzz/properties.ts (findings inside the document, valid JSON and
// SARIF, no internal error); valid generated agreements are also formatted
// (idempotent, every token and comment kept) and have their quick fixes
// applied (the result parses, the finding is gone). Failures do not stop the
// campaign: they are counted and kept, with the input, in the report
// test/output/fuzz/report.json (counts, duration, slowest inputs).

import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { mutatedAgreement, validAgreement } from '../test/fuzz/arbitraries';
import { checkAnyInput, checkFixes, checkFormatting, PropertyFailure, sarifValidator } from '../test/fuzz/properties';

interface Args {
  runs: number;
  seed: number;
  out: string;
  /** Most quick fixes tried per valid input (each costs one analysis). */
  fixesPerInput: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 100_000, seed: 20261130, out: path.resolve(__dirname, '../test/output/fuzz/report.json'), fixesPerInput: 2 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') args.runs = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--out') args.out = path.resolve(value());
    else if (a === '--fixes-per-input') args.fixesPerInput = Number(value());
    else if (a === '--help') {
      process.stdout.write('usage: npm run fuzz -- [--runs N] [--seed S] [--out FILE] [--fixes-per-input N]\n');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a whole number of 1 or more');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be a whole number');
  return args;
}

interface Slow {
  index: number;
  kind: string;
  ms: number;
  length: number;
  head: string;
}

interface Failure {
  index: number;
  kind: string;
  property: string;
  message: string;
  length: number;
  input: string;
}

const BATCH = 500;
const KEEP_SLOWEST = 10;
const KEEP_FAILURES = 50;
const MAX_KEPT_INPUT = 4000;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const validateSarif = sarifValidator();
  const counts = { inputs: 0, valid: 0, mutated: 0, findings: 0, fixesChecked: 0, formatChecked: 0, failures: 0, bytes: 0 };
  const failuresByProperty: Record<string, number> = {};
  const failures: Failure[] = [];
  const slowest: Slow[] = [];
  const started = Date.now();
  let lastReport = started;

  const record = (index: number, kind: string, text: string, e: unknown) => {
    const property = e instanceof PropertyFailure ? e.property : 'no exception';
    const message = e instanceof Error ? e.message : String(e);
    counts.failures++;
    failuresByProperty[property] = (failuresByProperty[property] ?? 0) + 1;
    if (failures.length < KEEP_FAILURES) failures.push({ index, kind, property, message: message.slice(0, 500), length: text.length, input: text.slice(0, MAX_KEPT_INPUT) });
  };

  // Two in three inputs are mutants, one in three a valid generated agreement.
  for (let batch = 0; counts.inputs < args.runs; batch++) {
    const n = Math.min(BATCH, args.runs - counts.inputs);
    const validN = Math.ceil(n / 3);
    const inputs: Array<{ kind: 'valid' | 'mutated'; text: string }> = [
      ...fc.sample(validAgreement, { numRuns: validN, seed: args.seed + batch * 2 }).map((text) => ({ kind: 'valid' as const, text })),
      ...fc.sample(mutatedAgreement, { numRuns: n - validN, seed: args.seed + batch * 2 + 1 }).map((text) => ({ kind: 'mutated' as const, text })),
    ];
    for (const { kind, text } of inputs) {
      const index = counts.inputs++;
      counts[kind]++;
      counts.bytes += text.length;
      const t0 = performance.now();
      try {
        const analysis = checkAnyInput(text, validateSarif);
        counts.findings += analysis.findings.length;
        if (kind === 'valid') {
          checkFormatting(text);
          counts.formatChecked++;
          counts.fixesChecked += checkFixes(text, analysis, args.fixesPerInput).fixes;
        }
      } catch (e) {
        record(index, kind, text, e);
      }
      const ms = performance.now() - t0;
      if (slowest.length < KEEP_SLOWEST || ms > slowest[slowest.length - 1]!.ms) {
        slowest.push({ index, kind, ms: Math.round(ms * 100) / 100, length: text.length, head: text.slice(0, 200) });
        slowest.sort((a, b) => b.ms - a.ms);
        slowest.length = Math.min(slowest.length, KEEP_SLOWEST);
      }
    }
    if (Date.now() - lastReport > 10_000) {
      lastReport = Date.now();
      process.stderr.write(`fuzz: ${counts.inputs}/${args.runs} inputs, ${counts.failures} failures, ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }

  const durationMs = Date.now() - started;
  const report = {
    seed: args.seed,
    runs: args.runs,
    durationSeconds: Math.round(durationMs / 100) / 10,
    inputsPerSecond: Math.round((counts.inputs / durationMs) * 1000),
    counts,
    failuresByProperty,
    worstInputMs: slowest[0]?.ms ?? 0,
    slowest,
    failures,
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(
    `fuzz: ${counts.inputs} inputs (${counts.valid} valid, ${counts.mutated} mutated), ${counts.fixesChecked} quick fixes, ` +
      `${counts.failures} failures in ${report.durationSeconds} s; slowest input ${report.worstInputMs} ms; report: ${path.relative(process.cwd(), args.out)}\n`,
  );
  process.exitCode = counts.failures > 0 ? 1 : 0;
}

main();
