// Entry point of the Pledge language server. The transport comes from the
// command line: `--stdio` for any LSP client, `--node-ipc` from VS Code.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.stderr.write('usage: pledge-language-server --stdio\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all));
