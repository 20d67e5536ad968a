// The Pledge VS Code client: starts the language server and passes settings.
// Everything Pledge knows lives in the server; this file stays thin.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  output ??= vscode.window.createOutputChannel('Pledge');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'pledge' }],
    synchronize: {
      configurationSection: 'pledge',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.pledge'),
        vscode.workspace.createFileSystemWatcher('**/.pledgerc.json'),
      ],
    },
    outputChannel: output,
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted },
  };
  return new LanguageClient('pledge', 'Pledge Language Server', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('pledge.restartServer', async () => {
      await client?.restart();
      output?.appendLine('Pledge language server restarted.');
    }),
    vscode.commands.registerCommand('pledge.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('pledge.openRuleDoc', async (ruleId: string) => {
      const doc = vscode.Uri.file(context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`)));
      await vscode.commands.executeCommand('markdown.showPreview', doc);
    }),
  );
  await client.start();
  output?.appendLine('Pledge language server started.');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
