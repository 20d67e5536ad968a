// `npm run bench` (`-- --quick` for smaller sizes while developing): measures
// the engine in process, the built language server over a real stdio
// connection, the CLI and the packaged extension, and writes
// bench/results/latest.json (quick runs: quick.json) and the table in
// bench/README.md. Figures are medians (p50) and 95th percentiles (p95) over
// repetitions after warm-up. Timings never go into test assertions.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { agreementFile, fileOfLines, generateWorkspace, type GeneratedWorkspace } from './generate';
import { LspClient } from './lsp';

const root = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const noBuild = argv.includes('--no-build');
const noVsix = argv.includes('--no-vsix');
const only = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (part: string) => !only || only.includes(part);

/** The debounce of the language server (server/src/lsp/handlers/sync.ts), reported separately. */
const DEBOUNCE_MS = 150;

const SIZES = quick
  ? { medium: 200, large: 2000, bigFile: 200_000, lines: 2000, edits: 12, requests: 20, cliReps: 1, coldReps: 5, analysisReps: 3 }
  : { medium: 1000, large: 10000, bigFile: 1_000_000, lines: 5000, edits: 40, requests: 60, cliReps: 3, coldReps: 15, analysisReps: 7 };

const tmp = path.join(os.tmpdir(), `pledge-bench${quick ? '-quick' : ''}`);
const serverJs = path.join(root, 'server/dist/server.cjs');
const pledgeBin = path.join(root, 'server/bin/pledge.js');

const results: Record<string, unknown> = {};
const extra: Record<string, unknown> = {};

function stats(ms: number[]): { p50: number; p95: number; n: number } {
  const s = [...ms].sort((a, b) => a - b);
  if (!s.length) return { p50: NaN, p95: NaN, n: 0 };
  return { p50: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!, n: s.length };
}
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);
const log = (line: string) => process.stderr.write(line + '\n');

// ---------------------------------------------------------------------------
// Inputs

function prepare(): { bigFiles: Record<string, string>; linesFile: string; ws: Record<string, GeneratedWorkspace>; inprocess: string } {
  if (!noBuild) {
    log('building …');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('build failed');
  }
  fs.mkdirSync(tmp, { recursive: true });
  const inprocess = path.join(tmp, 'inprocess.cjs');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'inprocess.ts')],
    outfile: inprocess,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { 'import.meta.url': '__pledgeImportMetaUrl' },
    banner: { js: "const __pledgeImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  const files = path.join(tmp, 'files');
  fs.mkdirSync(files, { recursive: true });
  const bigFiles: Record<string, string> = {};
  for (const [name, bytes] of [['10KB', 10_000], ['100KB', 100_000], ['big', SIZES.bigFile]] as const) {
    const f = path.join(files, `agreement-${name}.pledge`);
    fs.writeFileSync(f, agreementFile(bytes, 1));
    bigFiles[name] = f;
  }
  const linesDir = path.join(tmp, 'lines');
  fs.rmSync(linesDir, { recursive: true, force: true });
  fs.mkdirSync(linesDir, { recursive: true });
  const linesFile = path.join(linesDir, 'long.pledge');
  fs.writeFileSync(linesFile, fileOfLines(SIZES.lines, 2));
  const ws: Record<string, GeneratedWorkspace> = {};
  for (const [key, n] of [['1file', 2], ['1k', SIZES.medium], ['10k', SIZES.large]] as const) {
    log(`generating a workspace of ${n} files …`);
    ws[key] = generateWorkspace(path.join(tmp, `ws-${key}`), n, 7);
  }
  return { bigFiles, linesFile, ws, inprocess };
}

// ---------------------------------------------------------------------------
// In process

function runInprocess(script: string, args: string[]): any {
  const r = spawnSync(process.execPath, ['--expose-gc', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`in-process measurement failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function inprocess(inputs: ReturnType<typeof prepare>): void {
  for (const [name, file] of Object.entries(inputs.bigFiles)) {
    log(`analysing the ${name} file …`);
    const r = runInprocess(inputs.inprocess, ['analysis', file, String(SIZES.analysisReps)]);
    extra[`analysis_${name}`] = {
      bytes: r.bytes,
      parse_p50_ms: round(r.parse.p50),
      analysis_p50_ms: round(r.analysis.p50),
      json_parse_p50_ms: round(r.jsonParse.p50, 2),
      parse_cpu_p50_ms: round(r.parse.cpuP50),
      analysis_cpu_p50_ms: round(r.analysis.cpuP50),
      json_parse_cpu_p50_ms: round(r.jsonParse.cpuP50, 2),
    };
    if (name === 'big') {
      results.analysis_ms_1mb = round(r.analysis.p50);
      results.parse_ms_1mb = round(r.parse.p50);
      results.json_parse_ms_1mb = round(r.jsonParse.p50, 2);
      // Wall-clock time, as the figure was first measured; the CPU-time ratio
      // also counts V8's garbage-collection threads, which JSON.parse hardly needs.
      results.analysis_ratio_vs_json_parse = round(r.analysis.p50 / r.jsonParse.p50);
      results.analysis_ratio_vs_json_parse_cpu = round(r.analysis.cpuP50 / r.jsonParse.cpuP50);
    }
  }
  log('timing the phases of analysing the large file …');
  extra.phases_big = runInprocess(inputs.inprocess, ['phases', inputs.bigFiles.big!, String(SIZES.analysisReps)]);
  log('measuring memory after indexing …');
  const ws = inputs.ws['1k']!;
  const list = path.join(tmp, 'files-1k.txt');
  fs.writeFileSync(list, ws.files.join('\n'));
  const m = runInprocess(inputs.inprocess, ['memory', ws.root, list]);
  results.heap_bytes_per_source_byte = round(m.heapBytes / m.bytes, 2);
  extra.memory_1k = m;
}

// ---------------------------------------------------------------------------
// Language server

function positionOf(text: string, needle: string, from = 0, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle, from);
  const offset = (at < 0 ? 0 : at) + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function editLatencies(client: LspClient, uri: string, text: string, edits: number, startVersion: number): Promise<number[]> {
  // One-character edits in the middle of the file: insert a space, then remove it.
  const at = positionOf(text, 'measured by', Math.floor(text.length / 2));
  const ms: number[] = [];
  let version = startVersion;
  const warmup = 3;
  for (let i = 0; i < edits + warmup; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const done = client.diagnosticsFor(uri, version);
    const t = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? ' ' : '' }] });
    await done;
    if (i >= warmup) ms.push(performance.now() - t);
  }
  return ms;
}

async function requestLatencies(client: LspClient, method: string, params: unknown, n: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t = performance.now();
    await client.request(method, params);
    if (i >= 3) ms.push(performance.now() - t);
  }
  return ms;
}

async function lspWorkspace(key: string, ws: GeneratedWorkspace, options: { hoverDuringIndex?: boolean; requests?: boolean }): Promise<void> {
  log(`language server on ${ws.files.length} file(s) …`);
  const client = new LspClient(serverJs);
  try {
    const file = ws.files.find((f) => f.endsWith('agreement-0.pledge')) ?? ws.files[0]!;
    const text = fs.readFileSync(file, 'utf8');
    await client.initialize(ws.root);
    const t0 = performance.now();
    const indexed = client.indexed().then(() => performance.now() - t0);
    const firstDiagnostics = client.diagnosticsFor(pathToFileURL(file).href, 1);
    const uri = client.open(file, text, 1);
    if (options.hoverDuringIndex) {
      let done = false;
      void indexed.then(() => (done = true));
      const hoverAt = positionOf(text, 'availability', 0, 2);
      const during: number[] = [];
      // Every hover sent before indexing ended counts, however late its answer.
      while (!done) {
        const t = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: hoverAt });
        during.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      const s = stats(during);
      results[`hover_during_index_p95_ms_${key}`] = round(s.p95);
      extra[`hover_during_index_${key}`] = { ...s, max: round(Math.max(...during)) };
    }
    const indexMs = await indexed;
    await firstDiagnostics;
    if (key !== '1file') results[`index_ms_${key}`] = Math.round(indexMs);
    const rss = client.rss();
    if (rss) extra[`server_rss_bytes_${key}`] = rss;
    const edits = stats(await editLatencies(client, uri, text, SIZES.edits, 1));
    results[`edit_p95_ms_${key}`] = round(edits.p95);
    extra[`edit_p50_ms_${key}`] = round(edits.p50);
    if (options.requests) {
      const hoverAt = positionOf(text, 'availability', 0, 2);
      const hover = stats(await requestLatencies(client, 'textDocument/hover', { textDocument: { uri }, position: hoverAt }, SIZES.requests));
      results.hover_p95_ms = round(hover.p95);
      const completeAt = positionOf(text, '    support ', 0, 12);
      const completion = stats(await requestLatencies(client, 'textDocument/completion', { textDocument: { uri }, position: completeAt }, SIZES.requests));
      results.completion_p95_ms = round(completion.p95);
    }
  } finally {
    await client.shutdown();
  }
}

async function lspLongFile(file: string): Promise<void> {
  log(`language server on a ${SIZES.lines}-line file …`);
  const client = new LspClient(serverJs);
  try {
    const text = fs.readFileSync(file, 'utf8');
    await client.initialize(path.dirname(file));
    await client.indexed();
    const uri = pathToFileURL(file).href;
    const firstDiagnostics = client.diagnosticsFor(uri, 1);
    client.open(file, text, 1);
    await firstDiagnostics;
    const edits = stats(await editLatencies(client, uri, text, SIZES.edits, 1));
    results.edit_p95_minus_debounce_ms = round(edits.p95 - DEBOUNCE_MS);
    extra.edit_long_file = { lines: text.split('\n').length, p50_ms: round(edits.p50), p95_ms: round(edits.p95), debounce_ms: DEBOUNCE_MS };
  } finally {
    await client.shutdown();
  }
}

// ---------------------------------------------------------------------------
// CLI

/** CPU milliseconds used by finished child processes so far (Linux: cutime + cstime of /proc/self/stat). */
function childCpuMs(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const childCpu: number[] = [];

function wall(cmd: string, args: string[], reps: number, env: Record<string, string> = {}): number[] {
  const ms: number[] = [];
  childCpu.length = 0;
  for (let i = 0; i < reps; i++) {
    const c = childCpuMs();
    const t = performance.now();
    spawnSync(cmd, args, { stdio: 'ignore', cwd: root, env: { ...process.env, ...env } });
    ms.push(performance.now() - t);
    childCpu.push(childCpuMs() - c);
  }
  return ms;
}

function cli(inputs: ReturnType<typeof prepare>): void {
  const ws = inputs.ws['1k']!;
  log(`pledge check over ${ws.files.length} files, all cores and one …`);
  wall(process.execPath, [pledgeBin, 'check', ws.root, '--format', 'json'], 1);
  const all = stats(wall(process.execPath, [pledgeBin, 'check', ws.root, '--format', 'json'], SIZES.cliReps));
  const allCpu = stats(childCpu);
  const one = stats(wall('taskset', ['-c', '0', process.execPath, pledgeBin, 'check', ws.root, '--format', 'json'], SIZES.cliReps));
  const oneCpu = stats(childCpu);
  results.cli_parallel_speedup = round(one.p50 / all.p50, 2);
  // The thread count `pledge check` chooses, against forcing one thread and
  // one thread per core, with every core available.
  const cores = String(os.availableParallelism());
  const serial = stats(wall(process.execPath, [pledgeBin, 'check', ws.root, '--format', 'json'], SIZES.cliReps, { PLEDGE_JOBS: '1' }));
  const threaded = stats(wall(process.execPath, [pledgeBin, 'check', ws.root, '--format', 'json'], SIZES.cliReps, { PLEDGE_JOBS: cores }));
  extra.cli_check_1k = {
    all_cores_p50_ms: Math.round(all.p50),
    one_core_p50_ms: Math.round(one.p50),
    all_cores_cpu_p50_ms: Math.round(allCpu.p50),
    one_core_cpu_p50_ms: Math.round(oneCpu.p50),
    one_thread_all_cores_p50_ms: Math.round(serial.p50),
    thread_per_core_p50_ms: Math.round(threaded.p50),
  };
  const big = inputs.ws['10k']!;
  log(`pledge check over ${big.files.length} files, one thread and one per core …`);
  const bigSerial = stats(wall(process.execPath, [pledgeBin, 'check', big.root, '--format', 'json'], 1, { PLEDGE_JOBS: '1' }));
  const bigThreaded = stats(wall(process.execPath, [pledgeBin, 'check', big.root, '--format', 'json'], 1, { PLEDGE_JOBS: cores }));
  extra.cli_check_10k = { one_thread_ms: Math.round(bigSerial.p50), thread_per_core_ms: Math.round(bigThreaded.p50) };
  log('cold start …');
  const small = ws.files.find((f) => f.endsWith('agreement-0.pledge'))!;
  wall(process.execPath, [pledgeBin, 'check', small], 2);
  results.cli_cold_start_ms = round(stats(wall(process.execPath, [pledgeBin, 'check', small], SIZES.coldReps)).p50);
  extra.cli_cold_start_cpu_ms = round(stats(childCpu).p50);
  results.node_cold_start_ms = round(stats(wall(process.execPath, ['-e', '0'], SIZES.coldReps)).p50);
  extra.node_cold_start_cpu_ms = round(stats(childCpu).p50);
}

function vsix(): void {
  const file = path.join(root, 'pledge.vsix');
  if (!fs.existsSync(file) && !noVsix) {
    log('packaging pledge.vsix …');
    spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'ignore' });
    // The package build minifies the bundles; rebuild the development ones.
    spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'ignore' });
  }
  results.vsix_bytes = fs.existsSync(file) ? fs.statSync(file).size : null;
}

// ---------------------------------------------------------------------------
// Report

const KEYS: Array<[string, string]> = [
  ['analysis_ratio_vs_json_parse', 'full analysis of the large file ÷ JSON.parse of as many bytes of JSON (wall-clock time, p50)'],
  ['analysis_ratio_vs_json_parse_cpu', 'the same ratio in CPU time (counts the garbage collector\'s threads too)'],
  ['analysis_ms_1mb', 'full analysis of the large file (ms, p50)'],
  ['parse_ms_1mb', 'parse alone of the large file (ms, p50)'],
  ['json_parse_ms_1mb', 'JSON.parse of as many bytes (ms, p50)'],
  ['edit_p95_ms_1file', 'edit → diagnostics, workspace of 1 file (ms, p95, includes the debounce)'],
  ['edit_p95_ms_1k', 'edit → diagnostics, workspace of 1,000 files (ms, p95)'],
  ['edit_p95_ms_10k', 'edit → diagnostics, workspace of 10,000 files (ms, p95)'],
  ['edit_p95_minus_debounce_ms', 'edit → diagnostics on a 5,000-line file minus the 150 ms debounce (ms, p95)'],
  ['hover_p95_ms', 'hover, workspace of 1,000 files (ms, p95)'],
  ['completion_p95_ms', 'completion, workspace of 1,000 files (ms, p95)'],
  ['hover_during_index_p95_ms_10k', 'hover while 10,000 files are being indexed (ms, p95)'],
  ['index_ms_1k', 'indexing 1,000 files: initialized → progress end (ms)'],
  ['index_ms_10k', 'indexing 10,000 files (ms)'],
  ['heap_bytes_per_source_byte', 'heap kept after analysing 1,000 files ÷ their bytes'],
  ['cli_parallel_speedup', '`pledge check` over 1,000 files: one core ÷ all cores (wall time)'],
  ['cli_cold_start_ms', '`pledge check` of one small file, new process (ms, p50)'],
  ['node_cold_start_ms', '`node -e 0` (ms, p50)'],
  ['vsix_bytes', 'size of pledge.vsix (bytes)'],
];

function table(latest: Record<string, any>, baseline: Record<string, any> | undefined): string {
  const rows = ['| figure | meaning | ' + (baseline ? 'before | ' : '') + 'latest |', '| --- | --- | ' + (baseline ? '---: | ' : '') + '---: |'];
  for (const [key, meaning] of KEYS) {
    const cell = (v: unknown) => (v === undefined || v === null ? '–' : String(v));
    rows.push(`| \`${key}\` | ${meaning} | ${baseline ? cell(baseline[key]) + ' | ' : ''}${cell(latest[key])} |`);
  }
  const m = latest.machine ?? {};
  rows.push('', `Machine: ${m.cpu} × ${m.cores}, node ${m.node}, load average at start ${m.loadavg}; measured ${latest.date}.`);
  if (baseline?.machine) rows.push(`\`before\`: load average at start ${baseline.machine.loadavg}; measured ${baseline.date}.`);
  return rows.join('\n');
}

function writeReadme(latest: Record<string, any>): void {
  const readme = path.join(__dirname, 'README.md');
  const baselineFile = path.join(__dirname, 'results/baseline.json');
  const baseline = fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')) : undefined;
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return;
  fs.writeFileSync(readme, text.slice(0, a + start.length) + '\n' + table(latest, baseline) + '\n' + text.slice(b));
}

async function main(): Promise<void> {
  const inputs = prepare();
  const loadavg = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  if (want('inprocess')) inprocess(inputs);
  if (want('lsp')) {
    await lspWorkspace('1file', inputs.ws['1file']!, {});
    await lspLongFile(inputs.linesFile);
    await lspWorkspace('1k', inputs.ws['1k']!, { requests: true });
    await lspWorkspace('10k', inputs.ws['10k']!, { hoverDuringIndex: true });
  }
  if (want('cli')) cli(inputs);
  if (want('vsix')) vsix();
  const cpus = os.cpus();
  const latest = {
    ...results,
    machine: { cpu: cpus[0]?.model ?? 'unknown', cores: os.availableParallelism(), node: process.version, platform: `${process.platform} ${process.arch}`, loadavg },
    quick,
    date: new Date().toISOString(),
    sizes: { ...SIZES, workspace_bytes: Object.fromEntries(Object.entries(inputs.ws).map(([k, w]) => [k, w.bytes])) },
    details: extra,
  };
  const out = path.join(__dirname, 'results', quick ? 'quick.json' : only ? 'partial.json' : 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(latest, null, 2) + '\n');
  if (!quick && !only) writeReadme(latest);
  process.stdout.write(JSON.stringify(latest, null, 2) + '\n');
  log(`written ${path.relative(root, out)}`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
