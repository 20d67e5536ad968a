// `npm run demo`: checks the bundled samples/ the way a user would run
// `npx pledge check samples/`, then renders each agreement as the document
// both parties sign (`pledge render samples/ --out demo/`). The problem
// samples are meant to show findings, so exit code 1 ("problems found") of
// the check is the expected outcome here; only a usage error (2) or a crash
// fails the demo.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pledge = (args) => {
  console.log(`$ pledge ${args.join(' ')}\n`);
  return spawnSync(process.execPath, [path.join(root, 'server/bin/pledge.js'), ...args], { cwd: root, stdio: 'inherit' });
};

const check = pledge(['check', 'samples/', ...process.argv.slice(2)]);
if (check.status !== 0 && check.status !== 1) process.exit(check.status ?? 1);
console.log('\nThe healthy samples are clean; each problem sample shows the findings its name promises.\n');

const render = pledge(['render', 'samples/', '--out', 'demo/']);
if (render.status !== 0) process.exit(render.status ?? 1);
console.log(
  '\nEach agreement is now a document in demo/ (open demo/healthy.html in a browser; it prints to PDF).\n' +
    'Try `npx pledge explain PL103`, `npx pledge --locale nl check samples/`, or open samples/ in VS Code with the extension installed.',
);
