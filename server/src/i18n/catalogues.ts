// The catalogues of every language, assembled from their areas. The English
// catalogue defines the keys; every other language must give each key, with
// the same parameters (held by a test).

import enCore from './en/core';
import nlCore from './nl/core';
import enSyntax from './en/syntax';
import nlSyntax from './nl/syntax';
import enFeatures from './en/features';
import nlFeatures from './nl/features';
import enCli from './en/cli';
import nlCli from './nl/cli';
import enConfig from './en/config';
import nlConfig from './nl/config';
import enHardening from './en/hardening';
import nlHardening from './nl/hardening';
import enRender from './en/render';
import nlRender from './nl/render';
import enDiff from './en/diff';
import nlDiff from './nl/diff';
import enExport from './en/export';
import nlExport from './nl/export';
import enRules from './en/rules';
import nlRules from './nl/rules';
import enLsp from './en/lsp';
import nlLsp from './nl/lsp';

const EN_AREAS = [enRules, enCore, enSyntax, enFeatures, enCli, enConfig, enHardening, enRender, enDiff, enExport, enLsp] as const;

export type MessageKey =
  | keyof typeof enRules
  | keyof typeof enCore
  | keyof typeof enSyntax
  | keyof typeof enFeatures
  | keyof typeof enCli
  | keyof typeof enConfig
  | keyof typeof enHardening
  | keyof typeof enRender
  | keyof typeof enDiff
  | keyof typeof enExport
  | keyof typeof enLsp;

/** A catalogue of another language: every English key, nothing else. */
export type Catalogue = { readonly [K in MessageKey]: string };

type Areas = ReadonlyArray<Readonly<Record<string, string>>>;

const NL_AREAS: Areas = [nlRules, nlCore, nlSyntax, nlFeatures, nlCli, nlConfig, nlHardening, nlRender, nlDiff, nlExport, nlLsp] satisfies Array<Partial<Catalogue>>; // each area file is held to its English keys

/** Each language's areas, in lookup order (a key stands in one area only: held by test/i18n/catalogues.test.ts). */
export const AREAS: Readonly<Record<'en' | 'nl', Areas>> = { en: EN_AREAS as unknown as Areas, nl: NL_AREAS };

/**
 * The text of `key` in a language, looked up in its areas: merging the areas
 * into one object cost every CLI start ~5 ms, for the few keys a run reads.
 */
export function messageSource(locale: 'en' | 'nl', key: string): string | undefined {
  for (const area of AREAS[locale]) {
    if (Object.prototype.hasOwnProperty.call(area, key)) return area[key];
  }
  return undefined;
}

const merged: Partial<Record<'en' | 'nl', Catalogue>> = {};

/** Each language's whole catalogue, merged when first asked for (the tests compare them). */
export const CATALOGUES: Readonly<Record<'en' | 'nl', Catalogue>> = {
  get en() {
    return (merged.en ??= Object.assign({}, ...AREAS.en) as Catalogue);
  },
  get nl() {
    return (merged.nl ??= Object.assign({}, ...AREAS.nl) as Catalogue);
  },
};
