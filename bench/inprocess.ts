// In-process measurements, run by bench/run.ts in a child `node --expose-gc`
// from an esbuild bundle (so the engine runs as it ships):
//   analysis <file.pledge> <reps>    full analysis of one file vs JSON.parse
//   memory <workspace root> <files…> heap kept per source byte after indexing
// Prints one JSON object on stdout.

import * as fs from 'node:fs';
import { parse } from '../server/src/syntax/parse';
import { analyze } from '../server/src/engine/analyze';
import { Workspace } from '../server/src/engine/workspace';

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
