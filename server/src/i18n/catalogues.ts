// The catalogues of every language, assembled from their areas. The English
// catalogue defines the keys; every other language must give each key, with
// the same parameters (held by a test).

import enCore from './en/core';
import nlCore from './nl/core';

export const EN = {
  ...enCore,
} as const;

export type MessageKey = keyof typeof EN;

/** A catalogue of another language: every English key, nothing else. */
export type Catalogue = { readonly [K in MessageKey]: string };

const NL: Catalogue = {
  ...nlCore,
};

export const CATALOGUES: Record<'en' | 'nl', Catalogue> = { en: EN, nl: NL };
