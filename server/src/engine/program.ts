// A set of Pledge files read from disk or held open in an editor, parsed once
// per text and shared by every analysis that imports them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type ParseResult } from '../syntax/parse';
import type { ProgramHost } from '../semantics/model';
import { getLocale, type Locale } from '../i18n';
import { analyze, type Analysis, type AnalyzeOptions, type RuleSettings } from './analyze';

export interface FileSystem {
  readFile(file: string): string | undefined;
  /** The real path (symlinks resolved), or undefined when it does not exist. */
  realPath?(file: string): string | undefined;
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
    if (cached && cached.text === text && cached.locale === locale) return cached.parsed;
    const parsed = parse(text);
    this.parses.set(file, { text, locale, parsed });
    return parsed;
  }

  host(root: string | undefined): ProgramHost {
    const realPath = this.fileSystem.realPath?.bind(this.fileSystem);
    return { root, getParsed: (f) => this.parsed(path.normalize(f)), ...(realPath ? { realPath } : {}) };
  }

  analyze(file: string, root: string | undefined, settings?: RuleSettings, extra: Partial<AnalyzeOptions> = {}): Analysis | undefined {
    const text = this.text(file);
    if (text === undefined) return undefined;
    return analyze(file, text, { host: this.host(root), settings, parsed: this.parsed(file), ...extra });
  }
}
