// The live preview: the agreement as the document both parties read, beside
// the editor. The language server renders it (one engine); this panel only
// shows what it is given, follows the active editor, refreshes as the user
// types (debounced), and reveals a clause in the editor when it is clicked.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderResult } from './protocol';

const REFRESH_DELAY_MS = 300;

/**
 * Styles that tie the document's colours to the editor's colour theme: the
 * rendered document names its colours with custom properties (`--ink`,
 * `--paper` …), and VS Code gives the webview its theme's colours as
 * `--vscode-*` properties and a `vscode-light`/`vscode-dark` class on the body.
 * `html:root` outranks the document's own `:root` rules.
 */
const THEME_CSS = `
html:root {
  --ink: var(--vscode-editor-foreground);
  --paper: var(--vscode-editor-background);
  --muted: var(--vscode-descriptionForeground);
  --soft: var(--vscode-textBlockQuote-background, var(--vscode-editorWidget-background));
  --rule: var(--vscode-panel-border, var(--vscode-editorWidget-border));
  --strong-rule: var(--vscode-editor-foreground);
  --link: var(--vscode-textLink-foreground);
  --accent: var(--vscode-textLink-activeForeground, var(--vscode-textLink-foreground));
  --error: var(--vscode-errorForeground);
  --warning: var(--vscode-editorWarning-foreground);
  --info: var(--vscode-editorInfo-foreground);
}
body.vscode-light { --cov-support: #9dbfdc; --cov-emergency-bg: #fff3d6; --cov-gap: #b3261e; color-scheme: light; }
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) { --cov-support: #3d6a91; --cov-emergency-bg: #4a3d1c; --cov-gap: #ff8a80; color-scheme: dark; }
body { font-family: var(--vscode-font-family); }
[data-start] { cursor: pointer; }
[data-start]:hover { outline: 1px dashed var(--vscode-focusBorder); outline-offset: 2px; }
`;

/**
 * The script of the panel: it says when the document is shown (see
 * `confirmShown`), and a click on a clause asks the extension to reveal it.
 */
function panelScript(generation: number): string {
  return `
const vscode = acquireVsCodeApi();
vscode.postMessage({ type: 'shown', generation: ${generation} });
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#"]');
  const target = event.target.closest('[data-start]');
  if (!target) return;
  if (link) event.preventDefault();
  vscode.postMessage({ type: 'reveal', start: Number(target.dataset.start), end: Number(target.dataset.end ?? target.dataset.start) });
});
`;
}

/** How long a new document may take to show before it is handed to the webview again, and how often. */
const SHOWN_WITHIN_MS = 2000;
const SHOW_ATTEMPTS = 3;

export class PreviewPanel implements vscode.Disposable {
  static readonly viewType = 'pledge.preview';
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The last rendering the webview said it shows. */
  private shownGeneration = -1;
  private shownTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the panel shows now (read by the end-to-end tests). */
  lastRendered: { uri: string; version: number; html: string } | undefined;
  private readonly rendered = new vscode.EventEmitter<{ uri: string; version: number }>();
  /** Fires each time the panel shows a new rendering. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      this.rendered,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document.languageId === 'pledge' && editor.document !== this.document) this.show(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.panel && e.affectsConfiguration('pledge')) this.scheduleRefresh();
      }),
    );
  }

  /** Opens the panel beside the editor (or brings it forward) on `document`. */
  open(document: vscode.TextDocument): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        PreviewPanel.viewType,
        this.title(document),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        this.lastRendered = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m: { type?: string; start?: number; end?: number; generation?: number }) => {
        if (m?.type === 'shown' && typeof m.generation === 'number') this.shownGeneration = Math.max(this.shownGeneration, m.generation);
        if (m?.type === 'reveal' && typeof m.start === 'number') void this.reveal(m.start, typeof m.end === 'number' ? m.end : m.start);
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    this.show(document);
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  private show(document: vscode.TextDocument): void {
    this.document = document;
    if (this.panel) this.panel.title = this.title(document);
    void this.refresh();
  }

  private title(document: vscode.TextDocument): string {
    return vscode.l10n.t('Preview {0}', document.uri.path.split('/').pop() ?? '');
  }

  private scheduleRefresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    const document = this.document;
    const client = this.client();
    if (!document || !this.panel || !client) return;
    const generation = ++this.generation;
    const version = document.version;
    let result: RenderResult | null;
    try {
      result = await client.sendRequest(renderRequest, { uri: document.uri.toString(), format: 'html', sourceLinks: true });
    } catch (e) {
      result = null;
      client.outputChannel.appendLine(vscode.l10n.t('The preview could not be rendered: {0}', String((e as Error)?.message ?? e)));
    }
    // A newer refresh or another document took over meanwhile.
    if (generation !== this.generation || !this.panel || document !== this.document) return;
    const html = result?.text ?? this.message(vscode.l10n.t('This file cannot be shown yet: the language server has not read it.'));
    this.panel.webview.html = this.withPanelParts(html, generation);
    this.confirmShown(generation, html, SHOW_ATTEMPTS);
    this.lastRendered = { uri: document.uri.toString(), version, html };
    this.rendered.fire({ uri: document.uri.toString(), version });
  }

  /**
   * A webview that is still starting can drop the first document it is given
   * and stay blank; when the page does not say it is shown in time, it is
   * given the document again.
   */
  private confirmShown(generation: number, html: string, attempts: number): void {
    clearTimeout(this.shownTimer);
    this.shownTimer = setTimeout(() => {
      if (!this.panel || generation !== this.generation || this.shownGeneration >= generation || attempts <= 1) return;
      this.panel.webview.html = this.withPanelParts(html, generation);
      this.confirmShown(generation, html, attempts - 1);
    }, SHOWN_WITHIN_MS);
  }

  /** Adds the strict Content-Security-Policy, the theme styles and the panel script to a rendered document. */
  private withPanelParts(html: string, generation = this.generation): string {
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    const csp = `default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src 'none'; script-src 'nonce-${nonce}';`;
    const head = `<meta http-equiv="Content-Security-Policy" content="${csp}"><style>${THEME_CSS}</style>`;
    const withHead = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${head}`) : `${head}${html}`;
    const script = `<script nonce="${nonce}">${panelScript(generation)}</script>`;
    return /<\/body>/i.test(withHead) ? withHead.replace(/<\/body>/i, `${script}</body>`) : `${withHead}${script}`;
  }

  private message(text: string): string {
    const escaped = text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<!DOCTYPE html><html><head></head><body><p>${escaped}</p></body></html>`;
  }

  /** Shows the clause at source offsets `start`–`end` in the editor beside the preview. */
  private async reveal(start: number, end: number): Promise<void> {
    const document = this.document;
    if (!document) return;
    const range = new vscode.Range(document.positionAt(start), document.positionAt(Math.max(start, end)));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.shownTimer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
