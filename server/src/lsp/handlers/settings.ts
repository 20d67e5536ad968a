// Settings: the editor's `pledge` settings (rules, thresholds, inlay hints,
// code lenses, locale) merged with the `.pledgerc.json` of each file's folder,
// and the problems of a configuration file published on that file.

import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { RuleSetting, RuleSettings } from '../../engine/analyze';
import { ConfigLoader, mergeSettings, settingsFromObject, type ConfigProblem } from '../../engine/config';
import { findRule } from '../../rules/registry';
import { optionValue } from '../../rules/options';
import { localeFrom, setLocale, type Locale } from '../../i18n';
import type { ServerContext } from '../context';

export interface EditorSettings {
  rules?: Record<string, unknown>;
  thresholds?: { extremeAvailability?: number; minClaim?: string; lopsidedRatio?: number };
  inlayHints?: { enabled?: boolean };
  codeLens?: { enabled?: boolean };
  /** `auto` follows the editor's display language. */
  locale?: 'auto' | Locale;
}

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

export class Settings {
  /** The editor's `pledge` settings as last read. */
  editor: EditorSettings = {};
  private editorRules: RuleSettings = { rules: new Map() };
  private generation = 0;
  private readonly memo = new Map<string, RuleSettings>();
  /** Configuration is looked up once per folder; file-watch events on `.pledgerc.json` invalidate it. */
  private readonly configs = new ConfigLoader().cacheLookups();

  constructor(private readonly ctx: ServerContext) {}

  settingsFor(file: string): RuleSettings {
    // The lookup stops at the file's workspace folder.
    const config = path.isAbsolute(file) ? this.configs.configFor(file, this.ctx.workspace.rootOf(file)) : undefined;
    const key = `${this.generation}|${config?.file ?? ''}`;
    let s = this.memo.get(key);
    if (!s) {
      // The configuration file wins over the editor's settings.
      s = mergeSettings(this.editorRules, config?.settings);
      this.memo.set(key, s);
      if (config?.file) this.publishConfigProblems(config.file, config.problems);
    }
    return s;
  }

  /** Reads the editor's settings (when the client offers them) and drops every analysis made under the old ones. */
  async load(): Promise<void> {
    const { connection, client } = this.ctx;
    if (!client.supportsConfiguration) return;
    try {
      const s = (await connection.workspace.getConfiguration('pledge')) as EditorSettings | null;
      this.editor = s ?? {};
      setLocale(localeFrom(this.editor.locale === 'auto' ? undefined : this.editor.locale) ?? client.displayLocale);
      const thresholds = thresholdSettings(this.editor.thresholds);
      const { settings, problems } = settingsFromObject(this.editor.rules ?? {}, 'settings: pledge.rules');
      for (const p of thresholds.problems) connection.console.warn(p);
      for (const p of problems) connection.console.warn(`pledge.rules: ${p.message}`);
      // `pledge.rules` wins over the convenience thresholds.
      this.editorRules = mergeSettings(thresholds.settings, settings);
    } catch (e) {
      this.ctx.logError('reading settings', e);
    }
    this.generation++;
    this.memo.clear();
    this.ctx.workspace.invalidateAll();
  }

  /** A configuration file changed on disk: every file's settings are looked up again. */
  configChanged(): void {
    this.configs.invalidate();
    this.generation++;
    this.memo.clear();
    this.ctx.workspace.invalidateAll();
  }

  private publishConfigProblems(file: string, problems: ConfigProblem[]): void {
    // VS Code's JSON support reports syntax errors of .pledgerc.json itself; say each problem once.
    const shown = this.ctx.client.editorReportsJsonSyntax ? problems.filter((p) => !(p.fatal && p.line !== undefined && p.file === file)) : problems;
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
    void this.ctx.connection.sendDiagnostics({ uri: this.ctx.uriFor(file), diagnostics });
  }
}

export function registerSettings(ctx: ServerContext): void {
  ctx.connection.onDidChangeConfiguration(async () => {
    await ctx.settings.load();
    ctx.sync.validateAll();
    ctx.refreshViews();
  });
}
