// The Pledge language server: `startServer` creates the shared context
// (context.ts: connection, documents, the engine's workspace, settings,
// publishing, and the guard every request goes through), answers
// `initialize` with the capabilities, and registers one module per feature
// (handlers/). Every handler is guarded: an exception is logged and answered
// with an empty result, so no input can bring the server down.

import { CodeActionKind, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { VERSION } from '../rules/version';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
import { localeFrom, setLocale } from '../i18n';
import { fileOf } from './convert';
import { ServerContext, type ServerOptions } from './context';
import { registerDocumentRequests } from './documents';
import { registerSync } from './handlers/sync';
import { registerSettings } from './handlers/settings';
import { registerHover } from './handlers/hover';
import { registerCompletion } from './handlers/completion';
import { registerCodeActions } from './handlers/codeActions';
import { registerNavigation } from './handlers/navigation';
import { registerSymbols } from './handlers/symbols';
import { registerFormatting } from './handlers/formatting';
import { registerSemanticTokens } from './handlers/semanticTokens';
import { registerInlayHints } from './handlers/inlayHints';
import { registerCodeLens } from './handlers/codeLens';

export type { ServerOptions } from './context';
export { thresholdSettings, type EditorSettings } from './handlers/settings';

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const ctx = new ServerContext(connection, options);
  const { client } = ctx;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.supportsConfiguration = caps.workspace?.configuration === true;
    client.supportsProgress = caps.window?.workDoneProgress === true;
    client.refreshesCodeLens = caps.workspace?.codeLens?.refreshSupport === true;
    client.refreshesInlayHints = caps.workspace?.inlayHint?.refreshSupport === true;
    client.editorReportsJsonSyntax = (params.initializationOptions as { jsonSyntaxReportedByEditor?: unknown } | undefined)?.jsonSyntaxReportedByEditor === true;
    client.displayLocale = localeFrom(params.locale) ?? 'en';
    setLocale(client.displayLocale);
    client.folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri));
    if (client.folders.length === 0 && params.rootUri) client.folders = [fileOf(params.rootUri)];
    ctx.workspace.setRoots(client.folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.pledge'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'pledge-language-server', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    try {
      await ctx.settings.load();
      await ctx.sync.indexWorkspace(client.folders);
      ctx.log('Pledge language server ready.');
    } catch (e) {
      ctx.logError('initialisation', e);
    }
  });

  registerSettings(ctx);
  registerSync(ctx);
  registerHover(ctx);
  registerCompletion(ctx);
  registerCodeActions(ctx);
  registerNavigation(ctx);
  registerSymbols(ctx);
  registerFormatting(ctx);
  registerSemanticTokens(ctx);
  registerInlayHints(ctx);
  registerCodeLens(ctx);
  registerDocumentRequests(ctx);

  ctx.documents.listen(connection);
  connection.listen();
}
