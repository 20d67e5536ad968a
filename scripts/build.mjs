// Bundles the CLI, the language server and the VS Code client with esbuild.
// `node scripts/build.mjs --watch` rebuilds on change; `--production` minifies
// and drops source maps (used by `npm run package`).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some dependencies ship ESM that reads `import.meta.url`; give the CJS bundle a real one.
  define: { 'import.meta.url': '__pledgeImportMetaUrl' },
  banner: { js: "const __pledgeImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { entryPoints: { pledge: 'server/src/cli/main.ts' }, outdir: 'server/dist', outExtension: { '.js': '.cjs' } },
  { entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'server/dist', outExtension: { '.js': '.cjs' } },
  { entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'client/dist', external: ['vscode'] },
];

const existing = await Promise.all(
  builds.map(async (b) => {
    const { existsSync } = await import('node:fs');
    return Object.values(b.entryPoints).every((p) => existsSync(p)) ? b : null;
  }),
);

for (const b of existing.filter(Boolean)) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
