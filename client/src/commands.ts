// Commands that help people start and find their way: a new agreement from a
// template, a configuration file, a rule's explanation, and a check of the
// whole workspace. The server knows the rules; these only ask and show.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspaceRequest } from './protocol';

/** "Pledge: New Agreement…": a healthy agreement to start from, saved where the user says. */
export async function newAgreement(context: vscode.ExtensionContext, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'agreement.pledge') : undefined,
      filters: { Pledge: ['pledge'] },
      saveLabel: vscode.l10n.t('Create'),
      title: vscode.l10n.t('New agreement'),
    }));
  if (!uri) return undefined;
  // The template in the language Pledge speaks (pledge.locale, else VS Code's), else English.
  const setting = vscode.workspace.getConfiguration('pledge').get<string>('locale', 'auto');
  const language = (setting === 'auto' ? vscode.env.language : setting).slice(0, 2).toLowerCase();
  const localised = context.asAbsolutePath(path.join('client', 'templates', language, 'agreement.pledge'));
  const template = readFileSync(existsSync(localised) ? localised : context.asAbsolutePath(path.join('client', 'templates', 'agreement.pledge')), 'utf8');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template));
  const editor = await vscode.window.showTextDocument(uri);
  // Put the cursor on the agreement's title, the first thing to change.
  const title = /^agreement "([^"]*)"/m.exec(editor.document.getText());
  if (title) {
    const at = title.index + 'agreement "'.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + title[1]!.length));
  }
  return uri;
}

const CONFIG_TEMPLATE = `{
  "rules": {
    "PL201": "error",
    "PL102": ["warning", { "threshold": 99.95 }]
  }
}
`;

/** "Pledge: Create .pledgerc.json": a configuration file in the workspace folder (or opens the one there). */
export async function createConfig(folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  let root = folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1) {
    root = (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should .pledgerc.json go?') }))?.uri;
  }
  if (!root) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: .pledgerc.json configures the agreements in a folder.'));
    return undefined;
  }
  const uri = vscode.Uri.joinPath(root, '.pledgerc.json');
  let exists = true;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    exists = false;
  }
  if (!exists) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(CONFIG_TEMPLATE));
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** The rules documented in the extension: id and title, from docs/rules/*.md. */
function documentedRules(context: vscode.ExtensionContext): Array<{ id: string; title: string; summary: string }> {
  const dir = context.asAbsolutePath(path.join('docs', 'rules'));
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^PL\d{3}\.md$/.test(f))
    .sort()
    .map((f) => {
      const page = readFileSync(path.join(dir, f), 'utf8');
      const heading = /^#\s+(.*)$/m.exec(page)?.[1] ?? '';
      const summary = /^>\s+(.*)$/m.exec(page)?.[1] ?? '';
      return { id: f.slice(0, -3), title: heading.replace(/^PL\d{3}\s*[:·—-]?\s*/, ''), summary };
    });
}

/** "Pledge: Explain Rule…": pick a rule (or name one), read its page. */
export async function explainRule(context: vscode.ExtensionContext, ruleId?: string): Promise<void> {
  if (ruleId) {
    await vscode.commands.executeCommand('pledge.openRuleDoc', ruleId);
    return;
  }
  const picked = await vscode.window.showQuickPick(
    documentedRules(context).map((r) => ({ label: r.id, description: r.title, detail: r.summary })),
    { title: vscode.l10n.t('Explain which rule?'), matchOnDescription: true, matchOnDetail: true },
  );
  if (picked) await vscode.commands.executeCommand('pledge.openRuleDoc', picked.label);
}

export interface WorkspaceCheck {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** "Pledge: Check Workspace": every agreement checked again, the Problems panel opened, a summary shown. */
export async function checkWorkspace(client: LanguageClient | undefined): Promise<WorkspaceCheck | undefined> {
  if (!client) return undefined;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Pledge: checking the workspace') },
    () => client.sendRequest(checkWorkspaceRequest, {}),
  );
  if (!result) return undefined;
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Checked {0} agreement files: {1} errors, {2} warnings, {3} infos.', result.files, result.errors, result.warnings, result.infos),
  );
  return result;
}

export interface PlainPosition {
  line: number;
  character: number;
}

export interface PlainLocation {
  uri: string;
  range: { start: PlainPosition; end: PlainPosition };
}

/** Code lens "N findings": the file in front and the Problems panel open beside it. */
export async function showFileProblems(uri: string): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Code lens "Acme owes 7": what the party owes, as a references list under the agreement. */
export async function showReferences(uri: string, position: PlainPosition, locations: PlainLocation[]): Promise<void> {
  const pos = (p: PlainPosition) => new vscode.Position(p.line, p.character);
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(uri),
    pos(position),
    locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(pos(l.range.start), pos(l.range.end)))),
  );
}
