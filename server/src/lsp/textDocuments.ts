// The text of an open document as the server keeps it, kept in step with the
// client's incremental changes.
//
// Positions are resolved with the engine's own line index (syntax/positions.ts):
// a line ends at `\r\n`, `\n` or a lone `\r`, and the index is rebuilt after
// every change, so an edit that joins a `\r` and a `\n` into one line break
// (or splits them) moves every later line exactly as it does in the client.

import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../syntax/positions';

export class PledgeTextDocument implements TextDocument {
  private index: LineIndex | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    private content: string,
  ) {}

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.lines().lineCount;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return this.content.slice(Math.min(start, end), Math.max(start, end));
  }

  positionAt(offset: number): Position {
    return this.lines().position(Number.isFinite(offset) ? offset : 0);
  }

  /** The offset of a position; one past a line's end is its end, one past the last line the end of the text. */
  offsetAt(position: Position): number {
    const line = Number.isFinite(position?.line) ? Math.floor(position.line) : 0;
    const character = Number.isFinite(position?.character) ? Math.floor(position.character) : 0;
    if (line < 0) return 0;
    return this.lines().offset({ line, character });
  }

  /** Applies the client's changes in order (each range refers to the text after the previous change). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!change || typeof change.text !== 'string') continue;
      if ('range' in change && change.range) {
        const start = this.offsetAt(change.range.start);
        const end = this.offsetAt(change.range.end);
        const [from, to] = start <= end ? [start, end] : [end, start];
        this.content = this.content.slice(0, from) + change.text + this.content.slice(to);
      } else {
        this.content = change.text;
      }
      this.index = undefined;
    }
    this.currentVersion = version;
  }

  private lines(): LineIndex {
    return (this.index ??= new LineIndex(this.content));
  }
}

/** The configuration of `TextDocuments` that keeps Pledge's own text model. */
export const pledgeTextDocuments: TextDocumentsConfiguration<PledgeTextDocument> = {
  create: (uri, languageId, version, content) => new PledgeTextDocument(uri, languageId, version, typeof content === 'string' ? content : ''),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};
