// Commands that turn an agreement into a document: export the rendered
// agreement next to its file, and compare the promises of two versions.
// The server renders and compares; these commands only ask and show.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { diffRequest, renderRequest } from './protocol';

/** The `.pledge` document a command works on: its argument, else the active editor's. */
export async function pledgeDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'pledge') return doc;
  void vscode.window.showWarningMessage(vscode.l10n.t('Open a .pledge file first.'));
  return undefined;
}

/**
 * "Pledge: Export Document…": writes the rendered agreement as HTML or
 * Markdown next to the file. Returns the file written (for tests).
 */
export async function exportDocument(client: LanguageClient | undefined, arg?: unknown, preset?: { format: 'html' | 'md'; overwrite?: boolean }): Promise<vscode.Uri | undefined> {
  const document = await pledgeDocument(arg);
  if (!document || !client) return undefined;
  let format = preset?.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'HTML', description: vscode.l10n.t('one self-contained file, prints to PDF from a browser'), format: 'html' as const },
        { label: 'Markdown', description: vscode.l10n.t('plain text with tables'), format: 'md' as const },
      ],
      { title: vscode.l10n.t('Export the agreement as') },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  const result = await client.sendRequest(renderRequest, { uri: document.uri.toString(), format, sourceLinks: false });
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The agreement could not be rendered.'));
    return undefined;
  }
  const base = document.uri.path.replace(/\.pledge$/i, '');
  const target = document.uri.with({ path: `${base}.${format}` });
  if (!preset?.overwrite && (await exists(target))) {
    const overwrite = vscode.l10n.t('Overwrite');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists already. Overwrite it?', path.basename(target.path)), { modal: true }, overwrite);
    if (answer !== overwrite) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  if (!preset) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', path.basename(target.path)), open).then((a) => {
      if (a === open) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The parts of VS Code's built-in Git extension API this command uses. */
interface GitApi {
  getRepository(uri: vscode.Uri): { show(ref: string, path: string): Promise<string>; rootUri: vscode.Uri } | null;
}

async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  try {
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

export interface CompareChoice {
  /** A git revision of the same file … */
  ref?: string;
  /** … or another file. */
  other?: vscode.Uri;
}

/**
 * "Pledge: Compare Promises with…": the committed version (through the Git
 * extension) or another `.pledge` file, shown as a readable document.
 * Returns the Markdown shown (for tests).
 */
export async function comparePromises(client: LanguageClient | undefined, arg?: unknown, preset?: CompareChoice): Promise<string | undefined> {
  const document = await pledgeDocument(arg);
  if (!document || !client) return undefined;
  let choice = preset;
  if (!choice) {
    const git = document.uri.scheme === 'file' ? await gitApi() : undefined;
    const repo = git?.getRepository(document.uri);
    const items: Array<vscode.QuickPickItem & CompareChoice> = [];
    if (repo) items.push({ label: vscode.l10n.t('The committed version (HEAD)'), description: vscode.l10n.t('what changed since the last commit'), ref: 'HEAD' });
    items.push({ label: vscode.l10n.t('Another .pledge file…'), description: vscode.l10n.t('for example the previous round of the negotiation') });
    const picked = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare the promises of {0} with', path.basename(document.uri.path)) });
    if (!picked) return undefined;
    if (picked.ref) choice = { ref: picked.ref };
    else {
      const files = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { Pledge: ['pledge'] },
        defaultUri: vscode.Uri.joinPath(document.uri, '..'),
        openLabel: vscode.l10n.t('Compare'),
      });
      if (!files?.[0]) return undefined;
      choice = { other: files[0] };
    }
  }
  let params;
  if (choice.ref) {
    const repo = (await gitApi())?.getRepository(document.uri);
    if (!repo) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not in a Git repository.', path.basename(document.uri.path)));
      return undefined;
    }
    let oldText: string;
    try {
      oldText = await repo.show(choice.ref, document.uri.fsPath);
    } catch {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no committed version at {1}.', path.basename(document.uri.path), choice.ref));
      return undefined;
    }
    params = { uri: document.uri.toString(), oldText, oldLabel: choice.ref };
  } else {
    params = { uri: document.uri.toString(), oldUri: choice.other!.toString(), oldLabel: path.basename(choice.other!.path) };
  }
  const result = await client.sendRequest(diffRequest, params);
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The versions could not be compared.'));
    return undefined;
  }
  const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', shown.uri);
  } catch {
    // Without the built-in Markdown extension the text itself is the document.
    await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside });
  }
  return result.text;
}
