// `npm run demo`: checks the bundled samples/ the way a user would run
// `npx pledge check samples/`. The problem samples are meant to show
// findings, so exit code 1 ("problems found") is the expected outcome here;
// only a usage error (2) or a crash fails the demo.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = [path.join(root, 'server/bin/pledge.js'), 'check', 'samples/', ...process.argv.slice(2)];
console.log(`$ pledge check samples/ ${process.argv.slice(2).join(' ')}`.trimEnd() + '\n');
const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (run.status === 0 || run.status === 1) {
  console.log(
    '\nThe healthy samples are clean; each problem sample shows the findings its name promises.\n' +
      'Try `npx pledge explain PL103`, or open samples/ in VS Code with the extension installed.',
  );
  process.exit(0);
}
process.exit(run.status ?? 1);
