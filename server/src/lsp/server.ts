// The Pledge language server: document sync, workspace indexing, diagnostics,
// settings, and the LSP handlers around the pure features. Every handler is
// guarded: an exception is logged and answered with an empty result, so no
// input can bring the server down.

import * as path from 'node:path';
import {
  type CancellationToken,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DiagnosticTag,
  FileChangeType,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Analysis, RuleSetting, RuleSettings } from '../engine/analyze';
import { ConfigLoader, mergeSettings, settingsFromObject, CONFIG_FILE, type ConfigProblem } from '../engine/config';
import { Workspace } from '../engine/workspace';
import type { Finding, TextEdit } from '../rules/types';
import { docsUrl } from '../rules/docs';
import { VERSION } from '../rules/version';
import { findRule } from '../rules/registry';
import { optionValue } from '../rules/options';
import { codeActions } from '../features/codeActions';
import { completions, type CompletionKindOut } from '../features/completion';
import { formatEdits } from '../features/format';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { codeLenses } from '../features/codeLens';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../features/semanticTokens';
import {
  declarationAt,
  definition,
  documentLinks,
  foldingRanges,
  nameSpanAt,
  references,
  rename,
  selectionRanges,
} from '../features/navigation';
import { documentSymbols, workspaceSymbols, type SymbolKindOut, type SymbolOut } from '../features/symbols';
import { fileOf, toOffset, toRange, toSpan, uriOf } from './convert';
import { startIndexing, type IndexRun } from './indexer';
import { registerDocumentRequests } from './documents';
import { pledgeTextDocuments } from './textDocuments';
import { scopedFileSystem } from './fileScope';
import { sizeLimitDiagnostic, tooLarge } from './limits';
import { nodeFileSystem, type FileSystem } from '../engine/program';
import { localeFrom, setLocale, t, type Locale } from '../i18n';

/** How long typing must pause before a document is analysed again. */
const DEBOUNCE_MS = 150;

export interface EditorSettings {
  rules?: Record<string, unknown>;
  thresholds?: { extremeAvailability?: number; minClaim?: string; lopsidedRatio?: number };
  inlayHints?: { enabled?: boolean };
  codeLens?: { enabled?: boolean };
  /** `auto` follows the editor's display language. */
  locale?: 'auto' | Locale;
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KIND: Record<SymbolKindOut, SymbolKind> = {
  file: SymbolKind.File,
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  method: SymbolKind.Method,
  property: SymbolKind.Property,
  field: SymbolKind.Field,
  enum: SymbolKind.Enum,
  enumMember: SymbolKind.EnumMember,
  event: SymbolKind.Event,
  function: SymbolKind.Function,
  variable: SymbolKind.Variable,
  object: SymbolKind.Object,
  struct: SymbolKind.Struct,
  interface: SymbolKind.Interface,
  constant: SymbolKind.Constant,
  key: SymbolKind.Key,
};

const COMPLETION_KIND: Record<CompletionKindOut, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  party: CompletionItemKind.Struct,
  contact: CompletionItemKind.Variable,
  calendar: CompletionItemKind.Module,
  service: CompletionItemKind.Class,
  obligation: CompletionItemKind.Property,
  unit: CompletionItemKind.Unit,
  value: CompletionItemKind.Value,
  file: CompletionItemKind.File,
};

/** The threshold settings as rule options, keeping each rule's severity. */
export function thresholdSettings(t: EditorSettings['thresholds']): { settings: RuleSettings; problems: string[] } {
  const rules = new Map<string, RuleSetting>();
  const problems: string[] = [];
  const set = (ruleId: string, option: string, value: unknown, setting: string) => {
    if (value === undefined) return;
    const spec = findRule(ruleId)?.options[option];
    if (!spec) return;
    const v = optionValue(spec, value);
    if ('error' in v) problems.push(`pledge.thresholds.${setting}: ${v.error}`);
    else rules.set(ruleId, { options: { [option]: v.value } });
  };
  set('PL102', 'threshold', t?.extremeAvailability, 'extremeAvailability');
  set('PL308', 'min-claim', t?.minClaim, 'minClaim');
  set('PL311', 'ratio', t?.lopsidedRatio, 'lopsidedRatio');
  return { settings: { rules }, problems };
}

export interface ServerOptions {
  /** The disk (tests watch what is read); the server reads only inside its workspace folders (lsp/fileScope.ts). */
  fileSystem?: FileSystem;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  // Pledge's own text model: its line table follows every `\r\n`, `\n` and lone `\r` (lsp/textDocuments.ts).
  const documents = new TextDocuments(pledgeTextDocuments);
  // Configuration is looked up once per folder; file-watch events on `.pledgerc.json` invalidate it.
  const configs = new ConfigLoader().cacheLookups();
  let editor: EditorSettings = {};
  let editorRules: RuleSettings = { rules: new Map() };
  let settingsGeneration = 0;
  const settingsMemo = new Map<string, RuleSettings>();
  const uris = new Map<string, string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Set<string>();
  let supportsConfiguration = false;
  let supportsProgress = false;
  /** The client validates JSON syntax itself (VS Code does for every .json file). */
  let editorReportsJsonSyntax = false;
  /** The editor's display language, from `initialize`; `pledge.locale` may override it. */
  let displayLocale: Locale = 'en';

  const log = (message: string) => connection.console.log(message);
  const logError = (what: string, e: unknown) => {
    const err = e as Error;
    connection.console.error(`Pledge internal error in ${what}: ${err?.stack ?? String(e)}`);
  };

  const settingsFor = (file: string): RuleSettings => {
    // The lookup stops at the file's workspace folder.
    const config = path.isAbsolute(file) ? configs.configFor(file, workspace.rootOf(file)) : undefined;
    const key = `${settingsGeneration}|${config?.file ?? ''}`;
    let s = settingsMemo.get(key);
    if (!s) {
      // The configuration file wins over the editor's settings.
      s = mergeSettings(editorRules, config?.settings);
      settingsMemo.set(key, s);
      if (config?.file) publishConfigProblems(config.file, config.problems);
    }
    return s;
  };

  const workspace = new Workspace({
    settingsFor,
    fileSystem: scopedFileSystem(options.fileSystem ?? nodeFileSystem, { folders: () => folders, openUris: () => documents.keys() }),
  });

  const uriFor = (file: string) => uris.get(file) ?? uriOf(file);

  function publishConfigProblems(file: string, problems: ConfigProblem[]) {
    // VS Code's JSON support reports syntax errors of .pledgerc.json itself; say each problem once.
    const shown = editorReportsJsonSyntax ? problems.filter((p) => !(p.fatal && p.line !== undefined && p.file === file)) : problems;
    const diagnostics: Diagnostic[] = shown.map((p) => {
      const line = Math.max(0, (p.line ?? 1) - 1);
      const character = Math.max(0, (p.column ?? 1) - 1);
      return {
        range: { start: { line, character }, end: { line, character: character + 1 } },
        severity: DiagnosticSeverity.Warning,
        source: 'pledge',
        message: p.message,
      };
    });
    void connection.sendDiagnostics({ uri: uriFor(file), diagnostics });
  }

  function toDiagnostic(a: Analysis, f: Finding): Diagnostic {
    const d: Diagnostic = {
      range: toRange(a.text, f.span),
      severity: SEVERITY[f.severity],
      code: f.ruleId,
      codeDescription: { href: docsUrl(f.ruleId) },
      source: 'pledge',
      message: f.message,
      data: { ruleId: f.ruleId, start: f.span.start, end: f.span.end },
    };
    if (f.unnecessary) d.tags = [DiagnosticTag.Unnecessary];
    if (f.related.length) {
      d.relatedInformation = f.related.map((r) => {
        const text = r.file === a.file ? a.text : workspace.program.text(r.file) ?? '';
        return { location: { uri: uriFor(r.file), range: toRange(text, r.span) }, message: r.message };
      });
    }
    return d;
  }

  /** Analyses a file and publishes its diagnostics, unless a newer version arrived meanwhile. */
  function validate(file: string): void {
    try {
      const version = workspace.version(file);
      // A document above the size limit gets one diagnostic and no analysis.
      const sizeLimit = sizeLimitDiagnostic(workspace.program.text(file));
      if (sizeLimit) {
        published.add(file);
        void connection.sendDiagnostics({ uri: uriFor(file), version, diagnostics: [sizeLimit] });
        return;
      }
      const a = workspace.analysis(file);
      if (!a) return;
      if (workspace.version(file) !== version) return;
      for (const e of a.internalErrors) connection.console.error(`Pledge internal error in rule ${e.ruleId} on ${file}: ${e.stack ?? e.message}`);
      published.add(file);
      void connection.sendDiagnostics({ uri: uriFor(file), version, diagnostics: a.findings.map((f) => toDiagnostic(a, f)) });
    } catch (e) {
      logError(`validating ${file}`, e);
    }
  }

  /** Re-validates a changed file and the files that import it. */
  function validateWithImporters(file: string): void {
    validate(file);
    for (const importer of workspace.importers(file)) validate(importer);
  }

  function schedule(file: string): void {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        validateWithImporters(file);
      }, DEBOUNCE_MS),
    );
  }

  function validateAll(): void {
    for (const f of workspace.files()) validate(f);
  }

  async function loadEditorSettings(): Promise<void> {
    if (!supportsConfiguration) return;
    try {
      const s = (await connection.workspace.getConfiguration('pledge')) as EditorSettings | null;
      editor = s ?? {};
      setLocale(localeFrom(editor.locale === 'auto' ? undefined : editor.locale) ?? displayLocale);
      const thresholds = thresholdSettings(editor.thresholds);
      const { settings, problems } = settingsFromObject(editor.rules ?? {}, 'settings: pledge.rules');
      for (const p of thresholds.problems) connection.console.warn(p);
      for (const p of problems) connection.console.warn(`pledge.rules: ${p.message}`);
      // `pledge.rules` wins over the convenience thresholds.
      editorRules = mergeSettings(thresholds.settings, settings);
    } catch (e) {
      logError('reading settings', e);
    }
    settingsGeneration++;
    settingsMemo.clear();
    workspace.invalidateAll();
  }

  /** The indexing run in progress (a newer run cancels it). */
  let indexing: IndexRun | undefined;

  /** Indexes the folders in the background (lsp/indexer.ts): requests are answered meanwhile. */
  async function indexWorkspace(folders: string[]): Promise<void> {
    indexing?.cancel();
    const run = startIndexing({
      connection,
      folders,
      progress: supportsProgress,
      index: (f) => {
        workspace.addKnown(f);
        validate(f);
      },
    });
    indexing = run;
    const { files, cancelled } = await run.done;
    if (indexing === run) indexing = undefined;
    if (!cancelled) log(`Pledge: indexed ${files} file(s) in ${folders.length} folder(s).`);
  }

  // -------------------------------------------------------------------------
  // Guards

  function guard<P, R>(what: string, empty: R, fn: (params: P) => R): (params: P, token?: CancellationToken) => R {
    return (params: P, token?: CancellationToken) => {
      // A request the client cancelled while it waited is not worked on.
      if (token?.isCancellationRequested) return empty;
      try {
        return fn(params);
      } catch (e) {
        logError(what, e);
        return empty;
      }
    };
  }

  function analysisOf(uri: string): Analysis | undefined {
    return analysisOfFile(fileOf(uri));
  }

  /** The analysis of a file, none for a file above the size limit. */
  function analysisOfFile(file: string): Analysis | undefined {
    return tooLarge(workspace.program.text(file)) ? undefined : workspace.analysis(file);
  }

  function allAnalyses(): Analysis[] {
    return workspace.files().map((f) => analysisOfFile(f)).filter((a): a is Analysis => a !== undefined);
  }

  function workspaceEdit(edits: ReadonlyArray<TextEdit & { file?: string }>, defaultFile: string): WorkspaceEdit {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const e of edits) {
      const file = e.file ?? defaultFile;
      const text = workspace.program.text(file) ?? '';
      (changes[uriFor(file)] ??= []).push({ range: toRange(text, e.span), newText: e.newText });
    }
    return { changes };
  }

  // -------------------------------------------------------------------------
  // Lifecycle

  let folders: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = caps.workspace?.configuration === true;
    supportsProgress = caps.window?.workDoneProgress === true;
    editorReportsJsonSyntax = (params.initializationOptions as { jsonSyntaxReportedByEditor?: unknown } | undefined)?.jsonSyntaxReportedByEditor === true;
    displayLocale = localeFrom(params.locale) ?? 'en';
    setLocale(displayLocale);
    folders = (params.workspaceFolders ?? []).map((f) => fileOf(f.uri));
    if (folders.length === 0 && params.rootUri) folders = [fileOf(params.rootUri)];
    workspace.setRoots(folders);
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
      await loadEditorSettings();
      await indexWorkspace(folders);
      log('Pledge language server ready.');
    } catch (e) {
      logError('initialisation', e);
    }
  });

  connection.onDidChangeConfiguration(async () => {
    await loadEditorSettings();
    validateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    try {
      let configChanged = false;
      for (const change of params.changes) {
        const file = fileOf(change.uri);
        if (path.basename(file) === CONFIG_FILE) {
          configChanged = true;
          continue;
        }
        if (!file.endsWith('.pledge')) continue;
        if (change.type === FileChangeType.Deleted) {
          workspace.removeKnown(file);
          if (published.delete(file)) void connection.sendDiagnostics({ uri: uriFor(file), diagnostics: [] });
        } else {
          workspace.addKnown(file);
          workspace.changedOnDisk(file);
        }
        for (const importer of workspace.importers(file)) validate(importer);
        if (change.type !== FileChangeType.Deleted) validate(file);
      }
      if (configChanged) {
        configs.invalidate();
        settingsGeneration++;
        settingsMemo.clear();
        workspace.invalidateAll();
        validateAll();
      }
    } catch (e) {
      logError('watched files', e);
    }
  });

  documents.onDidOpen((e) => {
    const file = fileOf(e.document.uri);
    uris.set(file, e.document.uri);
    workspace.openDocument(file, e.document.getText(), e.document.version);
    validateWithImporters(file);
  });

  documents.onDidChangeContent((e) => {
    const file = fileOf(e.document.uri);
    workspace.openDocument(file, e.document.getText(), e.document.version);
    schedule(file);
  });

  documents.onDidClose((e) => {
    const file = fileOf(e.document.uri);
    clearTimeout(timers.get(file));
    workspace.closeDocument(file);
    if (workspace.program.text(file) === undefined || !workspace.files().includes(file) || !path.isAbsolute(file)) {
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
      published.delete(file);
    } else {
      validateWithImporters(file);
    }
  });

  // -------------------------------------------------------------------------
  // Features

  connection.onHover(
    guard('hover', null, (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return null;
      const h = hover(a, toOffset(a.text, p.position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(a.text, h.span) } : null;
    }),
  );

  connection.onCompletion(
    guard('completion', [] as CompletionItem[], (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      return completions(a, toOffset(a.text, p.position)).map((c) => ({
        label: c.label,
        kind: COMPLETION_KIND[c.kind],
        detail: c.detail,
        documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
        insertText: c.replace ? undefined : c.insertText,
        textEdit: c.replace ? { range: toRange(a.text, c.replace), newText: c.insertText ?? c.label } : undefined,
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        sortText: c.sortText,
        filterText: c.filterText,
      }));
    }),
  );

  connection.onCodeAction(
    guard('code actions', [] as CodeAction[], (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      const actions = codeActions(a, { span: toSpan(a.text, p.range), only: p.context.only });
      return actions.map((c): CodeAction => {
        const action: CodeAction = {
          title: c.title,
          kind: c.kind,
          diagnostics: c.findings.map((f) => toDiagnostic(a, f)),
          isPreferred: c.isPreferred,
        };
        if (c.edits.length) action.edit = workspaceEdit(c.edits, a.file);
        // Skeletons carry placeholders: clients that can (the Pledge VS Code
        // client) apply these snippet edits instead of the plain ones.
        const snippets = c.kind === 'quickfix' && c.edits.some((e) => e.snippet !== undefined && (e.file ?? a.file) === a.file) ? c.edits : [];
        if (snippets.length) {
          action.data = {
            snippetEdits: snippets.map((e) => ({ uri: uriFor(e.file ?? a.file), range: toRange(a.text, e.span), newText: e.newText, snippet: e.snippet })),
          };
        }
        if (c.command) action.command = { title: c.command.title, command: c.command.id, arguments: c.command.arguments };
        return action;
      });
    }),
  );

  connection.onDefinition(
    guard('definition', null, (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return null;
      const loc = definition(a, toOffset(a.text, p.position));
      if (!loc) return null;
      return { uri: uriFor(loc.file), range: toRange(workspace.program.text(loc.file) ?? '', loc.span) };
    }),
  );

  connection.onReferences(
    guard('references', [], (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      const decl = declarationAt(a, toOffset(a.text, p.position));
      if (!decl) return [];
      return references(allAnalyses(), decl, p.context.includeDeclaration).map((l) => ({
        uri: uriFor(l.file),
        range: toRange(workspace.program.text(l.file) ?? '', l.span),
      }));
    }),
  );

  connection.onPrepareRename(
    guard('prepare rename', null, (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return null;
      const offset = toOffset(a.text, p.position);
      const span = nameSpanAt(a, offset);
      const decl = declarationAt(a, offset);
      if (!span || !decl) return null;
      return { range: toRange(a.text, span), placeholder: decl.name };
    }),
  );

  connection.onRenameRequest((p) => {
    try {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return null;
      const decl = declarationAt(a, toOffset(a.text, p.position));
      if (!decl) return null;
      const result = rename(allAnalyses(), decl, p.newName);
      if ('error' in result) {
        // A rejected name is an error reply, so the editor shows the reason.
        return new ResponseError(-32602, result.error);
      }
      return workspaceEdit(result.edits, a.file);
    } catch (e) {
      logError('rename', e);
      return null;
    }
  });

  const toDocumentSymbol = (text: string, s: SymbolOut): DocumentSymbol => ({
    name: s.name || '…',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: toRange(text, s.span),
    selectionRange: toRange(text, s.selection),
    children: s.children.map((c) => toDocumentSymbol(text, c)),
  });

  connection.onDocumentSymbol(
    guard('document symbols', [] as DocumentSymbol[], (p) => {
      const a = analysisOf(p.textDocument.uri);
      return a ? documentSymbols(a).map((s) => toDocumentSymbol(a.text, s)) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    guard('workspace symbols', [], (p) =>
      workspaceSymbols(allAnalyses(), p.query).map((s) => ({
        name: s.name,
        kind: SYMBOL_KIND[s.kind],
        containerName: s.container,
        location: { uri: uriFor(s.file), range: toRange(workspace.program.text(s.file) ?? '', s.span) },
      })),
    ),
  );

  connection.onDocumentLinks(
    guard('document links', [], (p) => {
      const a = analysisOf(p.textDocument.uri);
      return a ? documentLinks(a).map((l) => ({ range: toRange(a.text, l.span), target: uriFor(l.target) })) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('folding', [], (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      return foldingRanges(a)
        .map((f) => {
          const r = toRange(a.text, { start: f.start, end: f.end });
          return { startLine: r.start.line, endLine: r.end.line, kind: f.kind === 'imports' ? 'imports' : f.kind };
        })
        .filter((f) => f.endLine > f.startLine);
    }),
  );

  connection.onSelectionRanges(
    guard('selection ranges', [], (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      const chains = selectionRanges(a, p.positions.map((pos) => toOffset(a.text, pos)));
      return chains.map((chain, i) => {
        let parent: { range: ReturnType<typeof toRange>; parent?: unknown } | undefined;
        for (const span of [...chain].reverse()) parent = { range: toRange(a.text, span), parent };
        return (parent ?? { range: { start: p.positions[i]!, end: p.positions[i]! } }) as never;
      });
    }),
  );

  const formatting = (uri: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const a = analysisOf(uri);
    if (!a) return [];
    const span = range ? toSpan(a.text, range) : undefined;
    const syntaxErrors = a.parsed.errors;
    if (syntaxErrors.length > 0) {
      // The formatter refuses a file that does not parse; say so instead of doing nothing.
      const line = toRange(a.text, syntaxErrors[0]!.span).start.line + 1;
      void connection.sendNotification('window/showMessage', { type: 2 /* MessageType.Warning */, message: t('features.format.refused', { file: path.basename(a.file), count: syntaxErrors.length, line }) });
      return [];
    }
    return formatEdits(a.text, {}, span).map((e) => ({ range: toRange(a.text, e.span), newText: e.newText }));
  };
  connection.onDocumentFormatting(guard('formatting', [] as LspTextEdit[], (p) => formatting(p.textDocument.uri)));
  connection.onDocumentRangeFormatting(guard('range formatting', [] as LspTextEdit[], (p) => formatting(p.textDocument.uri, p.range)));

  connection.languages.semanticTokens.on(
    guard('semantic tokens', { data: [] as number[] }, (p) => {
      const a = analysisOf(p.textDocument.uri);
      if (!a) return { data: [] };
      const data: number[] = [];
      let line = 0;
      let char = 0;
      for (const t of semanticTokens(a)) {
        const r = toRange(a.text, { start: t.offset, end: t.offset + t.length });
        if (r.start.line !== r.end.line) continue;
        const dl = r.start.line - line;
        data.push(dl, dl === 0 ? r.start.character - char : r.start.character, t.length, t.type, t.modifiers);
        line = r.start.line;
        char = r.start.character;
      }
      return { data };
    }),
  );

  connection.languages.inlayHint.on(
    guard('inlay hints', [], (p) => {
      if (editor.inlayHints?.enabled === false) return [];
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      return inlayHints(a, toSpan(a.text, p.range)).map((h) => ({
        position: toRange(a.text, { start: h.offset, end: h.offset }).start,
        label: h.label,
        tooltip: h.tooltip,
        paddingLeft: true,
      }));
    }),
  );

  connection.onCodeLens(
    guard('code lens', [], (p) => {
      if (editor.codeLens?.enabled === false) return [];
      const a = analysisOf(p.textDocument.uri);
      if (!a) return [];
      // Clicks run client commands with plain JSON arguments (the client converts them):
      // `pledge.showFileProblems` [uri] and `pledge.showReferences` [uri, position, locations].
      return codeLenses(a).map((l) => {
        const range = toRange(a.text, l.span);
        if (l.action?.kind === 'problems') {
          return { range, command: { title: l.title, command: 'pledge.showFileProblems', arguments: [p.textDocument.uri] } };
        }
        if (l.action?.kind === 'references') {
          const locations = l.action.locations.map((loc) => ({ uri: uriFor(loc.file), range: toRange(workspace.program.text(loc.file) ?? '', loc.span) }));
          const position = toRange(a.text, { start: l.action.at, end: l.action.at }).start;
          return { range, command: { title: l.title, command: 'pledge.showReferences', arguments: [p.textDocument.uri, position, locations] } };
        }
        return { range, command: { title: l.title, command: '' } };
      });
    }),
  );

  registerDocumentRequests(connection, {
    workspace,
    settingsFor,
    analysisOf,
    guard,
    checkAll: () => {
      validateAll();
      return allAnalyses();
    },
  });

  documents.listen(connection);
  connection.listen();
}
