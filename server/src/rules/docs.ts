// Where a rule's documentation lives: the one place its URL is derived.
// English pages are `docs/rules/<id>.md`; the Dutch ones `docs/rules/nl/<id>.md`,
// linked at the tag of the running version (`version.ts`).

import { getLocale, type Locale } from '../i18n/index';
import { VERSION } from './version';

/** The rule pages of this release: the repository's docs at the tag `v<version>`, so a link never shows rules of another version. */
export const DOCS_BASE = `https://github.com/pledge-contracts/pledge/blob/v${VERSION}/docs/rules`;

/** The folder of a locale's pages below `docs/rules` ('' for English). */
function folder(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}

/** The page in the current locale unless one is named: diagnostics, hovers and SARIF link to the page the reader can read. */
export function docsUrl(ruleId: string, locale: Locale = getLocale()): string {
  return `${DOCS_BASE}/${folder(locale)}${ruleId}.md`;
}

/** The rule doc's path inside the repository (and the packaged extension). */
export function docsPath(ruleId: string, locale: Locale = getLocale()): string {
  return `docs/rules/${folder(locale)}${ruleId}.md`;
}
