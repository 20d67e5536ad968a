// The language status item: on a `.pledge` file, the number of findings in it
// and the state of the language server, next to the language mode.

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private state: State = State.Starting;

  constructor(client: () => LanguageClient | undefined) {
    this.item = vscode.languages.createLanguageStatusItem('pledge.status', { language: 'pledge' });
    this.item.name = 'Pledge';
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.watch(client());
    this.update();
  }

  /** Follows the state of a (new) client. */
  watch(client: LanguageClient | undefined): void {
    if (!client) return;
    this.state = client.state;
    this.disposables.push(
      client.onDidChangeState((e) => {
        this.state = e.newState;
        this.update();
      }),
    );
  }

  /** What the item shows now (read by the end-to-end tests). */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const findings = document?.languageId === 'pledge' ? vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'pledge') : [];
    const errors = findings.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    if (this.state === State.Starting) {
      this.item.busy = true;
      this.item.text = vscode.l10n.t('Pledge starting');
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.detail = undefined;
      this.item.command = { title: vscode.l10n.t('Show Output'), command: 'pledge.showOutput' };
      return;
    }
    this.item.busy = false;
    if (this.state === State.Stopped) {
      this.item.text = vscode.l10n.t('Pledge stopped');
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      this.item.detail = undefined;
      this.item.command = { title: vscode.l10n.t('Restart Server'), command: 'pledge.restartServer' };
      return;
    }
    this.item.text =
      findings.length === 0 ? vscode.l10n.t('$(check) Pledge: no findings') : findings.length === 1 ? vscode.l10n.t('Pledge: 1 finding') : vscode.l10n.t('Pledge: {0} findings', findings.length);
    this.item.severity = errors > 0 ? vscode.LanguageStatusSeverity.Error : findings.length > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.detail = vscode.l10n.t('language server running');
    this.item.command = { title: vscode.l10n.t('Show Problems'), command: 'workbench.actions.view.problems' };
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
