// In-process measurements, run by bench/run.ts in a child `node --expose-gc`
// from an esbuild bundle (so the engine runs as it ships):
//   analysis <file.pledge> <reps>    full analysis of one file vs JSON.parse
//   phases <file.pledge> <reps>      median milliseconds of each phase (where the time goes)
//   memory <workspace root> <files…> heap kept per source byte after indexing
// Prints one JSON object on stdout.

import * as fs from 'node:fs';
import { parse } from '../server/src/syntax/parse';
import { analyze } from '../server/src/engine/analyze';
import { Workspace } from '../server/src/engine/workspace';
import { PledgeLexer } from '../server/src/syntax/tokens';
import { parserInstance } from '../server/src/syntax/parser';
import { bindFile } from '../server/src/semantics/model';
import { Facts } from '../server/src/semantics/facts';
import { RULES } from '../server/src/rules/registry';
import { defaultOptions } from '../server/src/rules/options';

declare const gc: () => void;

function stats(ms: number[]): { p50: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]! };
}

/** Wall-clock and CPU milliseconds (CPU time is steadier when other work shares the machine). */
function time(fn: () => void, reps: number, warmup = 2): { p50: number; p95: number; cpuP50: number } {
  for (let i = 0; i < warmup; i++) fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ...stats(ms), cpuP50: stats(cpu).p50 };
}

/** JSON of about `bytes` bytes, shaped like an agreement's data. */
function jsonOf(bytes: number): string {
  const items: unknown[] = [];
  let size = 2;
  for (let i = 0; size < bytes; i++) {
    const item = {
      service: `Service${i}`,
      description: 'Hosting and application management of the case management system',
      availability: { percent: 99.8, period: 'quarter', measuredBy: 'synthetic monitoring' },
      priorities: [
        { name: 'P1', respondMinutes: 15, resolveMinutes: 240, clock: 'detection' },
        { name: 'P2', respondMinutes: 60, resolveMinutes: 600, clock: 'report' },
      ],
      credits: [{ below: 99.5, credit: 5 }, { below: 98, credit: 15 }],
    };
    const s = JSON.stringify(item);
    items.push(item);
    size += s.length + 1;
  }
  return JSON.stringify(items);
}

const [mode, ...args] = process.argv.slice(2);

if (mode === 'analysis') {
  const file = args[0]!;
  const reps = Number(args[1] ?? 5);
  const text = fs.readFileSync(file, 'utf8');
  const host = { root: '/bench', getParsed: () => undefined };
  const json = jsonOf(text.length);
  const jsonParse = time(() => JSON.parse(json), Math.max(20, reps * 4), 5);
  const parseOnly = time(() => parse(text), reps);
  const full = time(() => analyze('/bench/large.pledge', text, { host }), reps);
  process.stdout.write(JSON.stringify({ bytes: text.length, jsonBytes: json.length, jsonParse, parse: parseOnly, analysis: full }));
} else if (mode === 'phases') {
  const text = fs.readFileSync(args[0]!, 'utf8');
  const reps = Number(args[1] ?? 5);
  const host = { root: '/bench', getParsed: () => undefined };
  const times: Record<string, number[]> = {};
  const timed = <T>(phase: string, fn: () => T): T => {
    const t = performance.now();
    const r = fn();
    (times[phase] ??= []).push(performance.now() - t);
    return r;
  };
  for (let i = 0; i < reps + 2; i++) {
    if (i === 2) for (const k of Object.keys(times)) times[k] = [];
    const lexed = timed('lex', () => PledgeLexer.tokenize(text));
    const parser = parserInstance();
    parser.closesFrom = new Int32Array(lexed.tokens.length + 1);
    parser.input = lexed.tokens;
    timed('parse_ast', () => parser.file());
    const parsed = parse(text);
    const model = timed('bind', () => bindFile('/bench/large.pledge', parsed, host));
    const facts = new Facts(model);
    timed('rules', () => {
      for (const rule of RULES) rule.check({ file: '/bench/large.pledge', text, parsed, model, facts, options: defaultOptions(rule.options), report: () => {} });
    });
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(times)) out[`${k}_p50_ms`] = Math.round(stats(v).p50 * 10) / 10;
  process.stdout.write(JSON.stringify(out));
} else if (mode === 'memory') {
  const [root, list] = args as [string, string];
  const files = fs.readFileSync(list, 'utf8').split('\n').filter(Boolean);
  gc();
  const before = process.memoryUsage().heapUsed;
  const workspace = new Workspace();
  workspace.setRoots([root]);
  let bytes = 0;
  const t = performance.now();
  for (const f of files) {
    workspace.addKnown(f);
    const a = workspace.analysis(f);
    bytes += a ? Buffer.byteLength(a.text) : 0;
  }
  const ms = performance.now() - t;
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the workspace alive until after the measurement.
  const kept = workspace.files().length;
  process.stdout.write(JSON.stringify({ files: kept, bytes, heapBytes: after - before, ms }));
} else {
  process.stderr.write('usage: inprocess analysis <file> <reps> | memory <root> <list>\n');
  process.exitCode = 2;
}
