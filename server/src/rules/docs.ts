// Where a rule's documentation lives: the one place its URL is derived.

/** The repository that publishes Pledge's documentation. */
export const DOCS_BASE = 'https://github.com/pledge-contracts/pledge/blob/main/docs/rules';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}

/** The rule doc's path inside the repository (and the packaged extension). */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
