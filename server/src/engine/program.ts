// A set of Pledge files read from disk or held open in an editor, parsed once
// per text and shared by every analysis that imports them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseResult } from '../syntax/parse';
import { PledgeLexer } from '../syntax/tokens';
import { isInside, type ProgramHost } from '../semantics/model';
import { getLocale, type Locale } from '../i18n';
import { analyze, type Analysis, type AnalyzeOptions, type RuleSettings } from './analyze';

export interface FileSystem {
  readFile(file: string): string | undefined;
  /** The real path (symlinks resolved), or undefined when it does not exist. */
  realPath?(file: string): string | undefined;
  /** Whether these are the files on disk, so folders may be listed (a view of `nodeFileSystem`, such as the language server's scoped one). */
  onDisk?: boolean;
}

export const nodeFileSystem: FileSystem = {
  readFile(file) {
    try {
      if (!fs.statSync(file).isFile()) return undefined;
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  realPath(file) {
    try {
      return fs.realpathSync.native(file);
    } catch {
      return undefined;
    }
  },
};

/**
 * Lets a parse forget its token list: asking for `tokens` lexes the text
 * again (the same tokens, as new objects), without keeping them.
 */
function dropTokens(parsed: ParseResult, text: string): void {
  Object.defineProperty(parsed, 'tokens', {
    configurable: true,
    enumerable: true,
    get: () => PledgeLexer.tokenize(text).tokens,
    set: (tokens: ParseResult['tokens']) => Object.defineProperty(parsed, 'tokens', { value: tokens, writable: true, configurable: true, enumerable: true }),
  });
}

/** Gives a parse whose tokens were dropped its token list again (the file was opened). */
function keepTokens(parsed: ParseResult, text: string): void {
  const d = Object.getOwnPropertyDescriptor(parsed, 'tokens');
  if (d?.get) Object.defineProperty(parsed, 'tokens', { value: PledgeLexer.tokenize(text).tokens, writable: true, configurable: true, enumerable: true });
}

interface Entry {
  text: string;
  /** Syntax messages are worded in the locale of the parse. */
  locale: Locale;
  parsed: ParseResult;
}

export class Program {
  /** Texts of open documents, which win over the disk. */
  private readonly overlay = new Map<string, string>();
  private readonly parses = new Map<string, Entry>();
  /** The Pledge files found on disk per root (see `filesOnDisk`). */
  private readonly diskLists = new Map<string, string[]>();
  /**
   * Also list the Pledge files under the analysis root on disk when asked
   * (see `filesOnDisk`): the CLI turns this on, and the language server's
   * workspace, whose own list is complete only once indexing is done.
   */
  listFilesOnDisk = false;

  /** The workspace's Pledge files, when known (the language server's workspace sets it). */
  listFiles?: () => readonly string[];

  constructor(private readonly fileSystem: FileSystem = nodeFileSystem) {}

  setOverlay(file: string, text: string): void {
    this.overlay.set(file, text);
  }

  clearOverlay(file: string): void {
    this.overlay.delete(file);
    this.parses.delete(file);
  }

  /** Forgets what was read from disk for a file (it changed there). */
  invalidate(file: string): void {
    if (!this.overlay.has(file)) this.parses.delete(file);
    this.diskLists.clear();
  }

  /** Forgets a file's parse (a file that imports it parses it again); open documents keep theirs. */
  release(file: string): void {
    if (!this.overlay.has(file)) this.parses.delete(file);
  }

  text(file: string): string | undefined {
    return this.overlay.get(file) ?? this.parses.get(file)?.text ?? this.fileSystem.readFile(file);
  }

  /** The parse of a file's current text (cached per text). */
  parsed(file: string): ParseResult | undefined {
    const text = this.overlay.get(file) ?? this.parses.get(file)?.text ?? this.fileSystem.readFile(file);
    if (text === undefined) return undefined;
    const cached = this.parses.get(file);
    const locale = getLocale();
    if (cached && cached.text === text && cached.locale === locale) {
      if (this.overlay.has(file)) keepTokens(cached.parsed, text);
      return cached.parsed;
    }
    const parsed = parse(text);
    // Only open documents keep their tokens (semantic highlighting, hover);
    // for the rest of a workspace they are most of the memory of a parse.
    if (!this.overlay.has(file)) dropTokens(parsed, text);
    this.parses.set(file, { text, locale, parsed });
    return parsed;
  }

  host(root: string | undefined): ProgramHost {
    const realPath = this.fileSystem.realPath?.bind(this.fileSystem);
    const known = this.listFiles;
    const onDisk = root !== undefined && this.listFilesOnDisk && (this.fileSystem === nodeFileSystem || this.fileSystem.onDisk === true) ? () => this.filesOnDisk(root) : undefined;
    const listFiles = known && onDisk ? () => [...new Set([...known(), ...onDisk()])].sort() : (known ?? onDisk);
    return { root, getParsed: (f) => this.parsed(path.normalize(f)), ...(realPath ? { realPath } : {}), ...(listFiles ? { listFiles } : {}) };
  }

  /**
   * The Pledge files under `root` on disk and among the open documents, found
   * once per root and only when asked (to suggest the file an unresolved
   * import meant): without dot folders and `node_modules`, without following
   * symbolic links (so the list stays inside the root), at most 5,000 files.
   */
  private filesOnDisk(root: string): readonly string[] {
    let found = this.diskLists.get(root);
    if (!found) {
      found = [];
      const pending = [root];
      let visited = 0;
      while (pending.length > 0 && found.length < 5000 && visited < 20000) {
        const folder = pending.pop()!;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(folder, { withFileTypes: true });
        } catch {
          continue;
        }
        for (const e of entries) {
          visited++;
          if (e.name.startsWith('.') || e.name === 'node_modules') continue;
          const full = path.join(folder, e.name);
          if (e.isDirectory()) pending.push(full);
          else if (e.isFile() && e.name.endsWith('.pledge')) found.push(full);
        }
      }
      this.diskLists.set(root, found);
    }
    const open = [...this.overlay.keys()].filter((f) => f.endsWith('.pledge') && isInside(root, f));
    return [...new Set([...found, ...open])].sort();
  }

  analyze(file: string, root: string | undefined, settings?: RuleSettings, extra: Partial<AnalyzeOptions> = {}): Analysis | undefined {
    const text = this.text(file);
    if (text === undefined) return undefined;
    return analyze(file, text, { host: this.host(root), settings, parsed: this.parsed(file), ...extra });
  }
}
