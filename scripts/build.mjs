// Bundles the CLI, the language server and the VS Code client with esbuild.
// `node scripts/build.mjs --watch` rebuilds on change; `--production` drops
// the source maps (used by `npm run package`). Bundles are minified:
// reading and compiling a smaller file is a measurable part of every CLI
// start (bench/README.md), and the linked source maps keep stack traces readable.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--no-minify`: readable bundles, for CPU profiles (`node --cpu-prof`).
const minify = !process.argv.includes('--no-minify');

// `__PLEDGE_VERSION__`: the version of package.json, one constant for the bundles (server/src/rules/version.ts).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify,
  logLevel: 'warning',
  legalComments: 'none',
  // Some dependencies ship ESM that reads `import.meta.url`; give the CJS bundle a real one.
  // `__PLEDGE_BUNDLED__`: the grammar is checked by the tests, not on every start (server/src/syntax/tokens.ts).
  define: { 'import.meta.url': '__pledgeImportMetaUrl', __PLEDGE_BUNDLED__: 'true', __PLEDGE_VERSION__: JSON.stringify(version) },
  banner: { js: "const __pledgeImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // jsonc-parser's main (UMD) build requires its parts at run time, which a bundle cannot: bundle its ES modules.
  // moment-timezone: loaded on first use (scripts/shims/moment-timezone.cjs).
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js', 'moment-timezone': './scripts/shims/moment-timezone.cjs' },
};

// The CLI keeps what few commands need in bundles of their own, loaded on
// demand, so that every other command starts without reading or compiling
// them: isomorphic-git (only `pledge diff --git` reads a repository) and
// moment-timezone with every zone's data (only the holidays of a few
// countries need it; see scripts/shims/moment-timezone.cjs). `import()`
// becomes `require`: the CLI runs its bundle as a script with a code cache,
// where `import()` is not available.
const APART = [
  { filter: /^isomorphic-git$/, bundle: 'vendor-git', entry: 'scripts/shims/vendor-git.cjs' },
  { filter: /node_modules\/moment-timezone\/index\.js$/, bundle: 'vendor-moment-timezone', entry: 'node_modules/moment-timezone/index.js' },
];
// The CLI reads the holiday data of the countries a check names, one file per
// country in server/dist/holidays/ (written below from the same data
// module the sources use), instead of loading every country's on each start.
const HOLIDAY_DATA_SHIM = fileURLToPath(new URL('./shims/holiday-data.cjs', import.meta.url));
const apart = {
  name: 'apart',
  setup(build) {
    for (const a of APART) build.onResolve({ filter: a.filter }, () => ({ path: `./${a.bundle}.cjs`, external: true }));
    build.onResolve({ filter: /\/holidayData$/ }, () => ({ path: HOLIDAY_DATA_SHIM }));
  },
};

/** server/dist/holidays/: index.json (the country codes), names.json and one file per country. */
async function writeHolidayData() {
  const { mkdirSync, rmSync, writeFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const { tmpdir } = await import('node:os');
  const out = 'server/dist/holidays';
  const module = `${tmpdir()}/pledge-holiday-data-${process.pid}.cjs`;
  await esbuild.build({ entryPoints: ['server/src/semantics/holidayData.ts'], outfile: module, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  try {
    const { countryCodes, dataFor } = createRequire(import.meta.url)(module);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const codes = countryCodes();
    const first = dataFor(codes[0]);
    writeFileSync(`${out}/index.json`, JSON.stringify({ version: first.version, license: first.license, countries: codes }));
    writeFileSync(`${out}/names.json`, JSON.stringify(first.names));
    for (const code of codes) writeFileSync(`${out}/${code}.json`, JSON.stringify({ holidays: dataFor(code).holidays }));
  } finally {
    rmSync(module, { force: true });
  }
}
const cli = { outdir: 'server/dist', outExtension: { '.js': '.cjs' }, plugins: [apart], supported: { 'dynamic-import': false } };

const builds = [
  { entryPoints: { pledge: 'server/src/cli/main.ts' }, ...cli },
  // The worker threads of a parallel `pledge check` (server/src/cli/parallel.ts).
  { entryPoints: { 'check-worker': 'server/src/cli/worker.ts' }, ...cli },
  ...APART.map((a) => ({ entryPoints: { [a.bundle]: a.entry }, outdir: 'server/dist', outExtension: { '.js': '.cjs' } })),
  { entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'server/dist', outExtension: { '.js': '.cjs' } },
  { entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'client/dist', external: ['vscode'] },
];

const existing = await Promise.all(
  builds.map(async (b) => {
    const { existsSync } = await import('node:fs');
    return Object.values(b.entryPoints).every((p) => existsSync(p)) ? b : null;
  }),
);

await writeHolidayData();

for (const b of existing.filter(Boolean)) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
