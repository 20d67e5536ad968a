// The custom requests the client sends to the Pledge language server. The
// server answers them in server/src/lsp/documents.ts with the same method names.

import { RequestType } from 'vscode-languageclient/node';

export interface RenderParams {
  uri: string;
  format: 'html' | 'md';
  /** Mark clauses with their source offsets, so the preview can reveal them. */
  sourceLinks?: boolean;
}

export interface RenderResult {
  text: string;
}

export interface DiffParams {
  /** The newer version: an open or workspace document. */
  uri: string;
  /** The older version's text (a committed version), or … */
  oldText?: string;
  /** … another `.pledge` file. */
  oldUri?: string;
  /** How the older version is named in the document ("HEAD", a file name). */
  oldLabel: string;
}

export interface DiffResult {
  /** The comparison as Markdown, the same as `pledge diff --format md`. */
  text: string;
  changes: number;
}

export const renderRequest = new RequestType<RenderParams, RenderResult | null, void>('pledge/render');
export const diffRequest = new RequestType<DiffParams, DiffResult | null, void>('pledge/diff');

export interface CheckWorkspaceResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export const checkWorkspaceRequest = new RequestType<Record<string, never>, CheckWorkspaceResult | null, void>('pledge/checkWorkspace');
