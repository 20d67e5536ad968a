// The set of files an editor session knows: open documents (overlaid on the
// disk) and every `.pledge` file found in the workspace folders. Analyses are
// cached per file and stay valid while the file's text, the parses of the
// files it imports, and the settings are unchanged.

import * as path from 'node:path';
import type { ParseResult } from '../syntax/parse';
import { bindFile, isInside } from '../semantics/model';
import { Facts } from '../semantics/facts';
import { NO_SETTINGS, type Analysis, type RuleSettings } from './analyze';
import { Program, nodeFileSystem, type FileSystem } from './program';

interface CacheEntry {
  text: string;
  deps: Array<[string, ParseResult | undefined]>;
  settings: RuleSettings;
  analysis: Analysis;
  /** False when the analysis was slimmed (the file was not open): an open file analyses again. */
  complete: boolean;
}

/**
 * The same text in few pieces: messages are built by concatenation, and a
 * concatenated string keeps every part it was built from. Slicing makes V8
 * flatten it once; the text itself is unchanged.
 */
function flat(s: string): string {
  return s.length < 2 ? s : s.charAt(0) + s.slice(1);
}

/**
 * Drops from the analysis of a file that is not open what only an open editor
 * asks for. The names and figures (`model`, `facts`) are bound again from the
 * kept parse when something asks for them; diagnostics, the outline and the
 * import index do not.
 */
function slim(analysis: Analysis, rebind: () => { model: Analysis['model']; facts: Facts }): void {
  let bound: { model: Analysis['model']; facts: Facts } | undefined;
  const get = () => (bound ??= rebind());
  Object.defineProperty(analysis, 'model', { configurable: true, enumerable: true, get: () => get().model });
  Object.defineProperty(analysis, 'facts', { configurable: true, enumerable: true, get: () => get().facts });
  for (const f of analysis.findings) {
    f.fixes = [];
    f.message = flat(f.message);
    for (const r of f.related) r.message = flat(r.message);
  }
}

export interface WorkspaceOptions {
  fileSystem?: FileSystem;
  /** Rule settings for a file (editor settings merged with `.pledgerc.json`). */
  settingsFor?: (file: string) => RuleSettings;
  today?: Date;
}

export class Workspace {
  readonly program: Program;
  private roots: string[] = [];
  private readonly known = new Set<string>();
  private readonly open = new Map<string, number>();
  private readonly cache = new Map<string, CacheEntry>();
  /** The reverse import index: target → files whose last analysis imports it. */
  private readonly importedBy = new Map<string, Set<string>>();
  /** What each analysed file imports (to update `importedBy`). */
  private readonly importsOf = new Map<string, readonly string[]>();
  private settingsFor: (file: string) => RuleSettings;

  constructor(private readonly options: WorkspaceOptions = {}) {
    this.program = new Program(options.fileSystem ?? nodeFileSystem);
    this.program.listFiles = () => this.files();
    // Until indexing is done, the files on disk complete the list.
    this.program.listFilesOnDisk = true;
    this.settingsFor = options.settingsFor ?? (() => NO_SETTINGS);
  }

  setRoots(roots: string[]): void {
    this.roots = roots.map((r) => path.normalize(r));
  }

  setSettingsProvider(fn: (file: string) => RuleSettings): void {
    this.settingsFor = fn;
    this.cache.clear();
  }

  /** The workspace folder a file belongs to (imports must stay inside it). */
  rootOf(file: string): string | undefined {
    let best: string | undefined;
    for (const r of this.roots) if (isInside(r, file) && (!best || r.length > best.length)) best = r;
    return best ?? (path.isAbsolute(file) ? path.dirname(file) : undefined);
  }

  addKnown(file: string): void {
    this.known.add(file);
  }

  removeKnown(file: string): void {
    this.known.delete(file);
    this.cache.delete(file);
    this.program.invalidate(file);
    this.setImports(file, []);
  }

  private setImports(file: string, targets: readonly string[]): void {
    const before = this.importsOf.get(file) ?? [];
    if (before.length === targets.length && before.every((t, i) => t === targets[i])) return;
    for (const t of before) {
      const set = this.importedBy.get(t);
      set?.delete(file);
      if (set?.size === 0) this.importedBy.delete(t);
    }
    for (const t of targets) {
      let set = this.importedBy.get(t);
      if (!set) this.importedBy.set(t, (set = new Set()));
      set.add(file);
    }
    if (targets.length) this.importsOf.set(file, targets);
    else this.importsOf.delete(file);
  }

  openDocument(file: string, text: string, version: number): void {
    this.open.set(file, version);
    this.program.setOverlay(file, text);
  }

  closeDocument(file: string): void {
    this.open.delete(file);
    this.program.clearOverlay(file);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  version(file: string): number | undefined {
    return this.open.get(file);
  }

  /** A file changed on disk. */
  changedOnDisk(file: string): void {
    this.program.invalidate(file);
  }

  /** Every file the workspace knows: indexed and open. */
  files(): string[] {
    return [...new Set([...this.known, ...this.open.keys()])].sort();
  }

  analysis(file: string): Analysis | undefined {
    // Parse first: the program then holds the one copy of the text that the
    // cache entry and the analysis share (reading the file for each of them
    // kept up to three copies of every file in memory).
    this.program.parsed(file);
    const text = this.program.text(file);
    if (text === undefined) return undefined;
    const settings = this.settingsFor(file);
    const cached = this.cache.get(file);
    if (
      cached &&
      (cached.complete || !this.open.has(file)) &&
      cached.text === text &&
      cached.settings === settings &&
      cached.deps.every(([dep, parsed]) => this.program.parsed(dep) === parsed)
    ) {
      return cached.analysis;
    }
    const analysis = this.program.analyze(file, this.rootOf(file), settings, this.options.today ? { today: this.options.today } : {});
    if (!analysis) return undefined;
    const deps = analysis.model.imports
      .filter((i) => i.target)
      .map((i): [string, ParseResult | undefined] => [i.target!, this.program.parsed(i.target!)]);
    // A file that is not open keeps what diagnostics and workspace-wide
    // features read: the figures behind hovers and hints and the quick fixes
    // are computed again when it is opened.
    const complete = this.open.has(file);
    this.setImports(file, [...new Set(analysis.model.imports.map((i) => i.target).filter((t): t is string => t !== undefined && t !== file))]);
    if (!complete) {
      const root = this.rootOf(file);
      const today = this.options.today;
      slim(analysis, () => {
        const model = bindFile(file, analysis.parsed, this.program.host(root));
        return { model, facts: new Facts(model, today) };
      });
    }
    this.cache.set(file, { text, deps, settings, analysis, complete });
    return analysis;
  }

  /**
   * Files that import `file` directly, from the reverse import index of the
   * files analysed so far (indexing analyses every known file), each checked
   * against its current analysis: the cost follows the importers, not the
   * size of the workspace.
   */
  importers(file: string): string[] {
    const candidates = [...(this.importedBy.get(file) ?? [])].sort();
    // Analysing a candidate brings its entry in the index up to date.
    return candidates.filter((f) => f !== file && (this.known.has(f) || this.open.has(f)) && this.analysis(f) !== undefined && (this.importsOf.get(f) ?? []).includes(file));
  }

  /**
   * The files that can name a declaration of `file`: the file itself and its
   * direct importers (imports are not transitive, LANGUAGE.md §4). Files not
   * analysed yet are analysed first, so the import index is complete.
   */
  filesNaming(file: string): string[] {
    for (const f of this.files()) if (!this.cache.has(f)) this.analysis(f);
    return [file, ...this.importers(file)];
  }

  /** Drops every cached analysis (settings or configuration files changed). */
  invalidateAll(): void {
    this.cache.clear();
  }
}
