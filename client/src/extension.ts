// The Pledge VS Code client: starts the language server and passes settings.
// Everything Pledge knows lives in the server; this file stays thin.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { checkWorkspace, createConfig, explainRule, newAgreement, showFileProblems, showReferences, type PlainLocation, type PlainPosition, type WorkspaceCheck } from './commands';
import { comparePromises, exportDocument, pledgeDocument, type CompareChoice } from './documents';
import { PreviewPanel } from './preview';
import { snippetMiddleware } from './snippets';
import { StatusItem } from './status';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

/** What the extension offers other code (the end-to-end tests use it). */
export interface PledgeApi {
  preview: PreviewPanel;
  exportDocument(uri: vscode.Uri, format: 'html' | 'md'): Promise<vscode.Uri | undefined>;
  comparePromises(uri: vscode.Uri, choice: CompareChoice): Promise<string | undefined>;
  newAgreement(target: vscode.Uri): Promise<vscode.Uri | undefined>;
  createConfig(folder: vscode.Uri): Promise<vscode.Uri | undefined>;
  checkWorkspace(): Promise<WorkspaceCheck | undefined>;
  explainRule(ruleId: string): Promise<void>;
  status: StatusItem;
}

/**
 * The language client, except that a server which exits normally (code 0,
 * after a stop or a restart) is logged as information, not as an error.
 */
class PledgeClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    if (message === 'Server process exited with code 0.') {
      this.info(vscode.l10n.t('The Pledge language server stopped.'));
      return;
    }
    super.error(message, data, showNotification);
  }
}

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
    middleware: snippetMiddleware,
    // VS Code reports JSON syntax errors of .pledgerc.json; the server reports everything else, once.
    initializationOptions: { jsonSyntaxReportedByEditor: true },
  };
  return new PledgeClient('pledge', 'Pledge Language Server', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<PledgeApi> {
  client = createClient(context);
  const preview = new PreviewPanel(() => client);
  const status = new StatusItem(() => client);
  context.subscriptions.push(
    preview,
    status,
    vscode.commands.registerCommand('pledge.restartServer', async () => {
      await client?.restart();
      output?.appendLine(vscode.l10n.t('Pledge language server restarted.'));
    }),
    vscode.commands.registerCommand('pledge.showOutput', () => output?.show(true)),
    vscode.commands.registerCommand('pledge.openRuleDoc', async (ruleId: string) => {
      const setting = vscode.workspace.getConfiguration('pledge').get<string>('locale', 'auto');
      const language = setting === 'auto' ? vscode.env.language : setting;
      const english = context.asAbsolutePath(path.join('docs', 'rules', `${ruleId}.md`));
      const localised = context.asAbsolutePath(path.join('docs', 'rules', language.slice(0, 2).toLowerCase(), `${ruleId}.md`));
      const file = language.toLowerCase().startsWith('en') || !existsSync(localised) ? english : localised;
      await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(file));
    }),
    vscode.commands.registerCommand('pledge.openPreviewToSide', async (arg?: unknown) => {
      const document = await pledgeDocument(arg);
      if (document) preview.open(document);
    }),
    vscode.commands.registerCommand('pledge.exportDocument', (arg?: unknown) => exportDocument(client, arg)),
    vscode.commands.registerCommand('pledge.comparePromises', (arg?: unknown) => comparePromises(client, arg)),
    vscode.commands.registerCommand('pledge.checkWorkspace', () => checkWorkspace(client)),
    vscode.commands.registerCommand('pledge.newAgreement', () => newAgreement(context)),
    vscode.commands.registerCommand('pledge.createConfig', () => createConfig()),
    vscode.commands.registerCommand('pledge.explainRule', () => explainRule(context)),
    vscode.commands.registerCommand('pledge.showFileProblems', (uri: string) => showFileProblems(uri)),
    vscode.commands.registerCommand('pledge.showReferences', (uri: string, position: PlainPosition, locations: PlainLocation[]) =>
      showReferences(uri, position, locations),
    ),
  );
  await client.start();
  output?.appendLine(vscode.l10n.t('Pledge language server started.'));
  return {
    preview,
    exportDocument: (uri, format) => exportDocument(client, uri, { format, overwrite: true }),
    comparePromises: (uri, choice) => comparePromises(client, uri, choice),
    newAgreement: (target) => newAgreement(context, target),
    createConfig: (folder) => createConfig(folder),
    checkWorkspace: () => checkWorkspace(client),
    explainRule: (ruleId) => explainRule(context, ruleId),
    status,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
