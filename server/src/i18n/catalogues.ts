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

export const EN = {
  ...enRules,
  ...enCore,
  ...enSyntax,
  ...enFeatures,
  ...enCli,
  ...enConfig,
  ...enHardening,
  ...enRender,
  ...enDiff,
  ...enExport,
  ...enLsp,
} as const;

export type MessageKey = keyof typeof EN;

/** A catalogue of another language: every English key, nothing else. */
export type Catalogue = { readonly [K in MessageKey]: string };

const NL: Catalogue = {
  ...nlRules,
  ...nlCore,
  ...nlSyntax,
  ...nlFeatures,
  ...nlCli,
  ...nlConfig,
  ...nlHardening,
  ...nlRender,
  ...nlDiff,
  ...nlExport,
  ...nlLsp,
};

export const CATALOGUES: Record<'en' | 'nl', Catalogue> = { en: EN, nl: NL };
