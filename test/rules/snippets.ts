// Reading the LSP snippets that quick fixes carry, for tests.

/**
 * The text a snippet inserts when every placeholder keeps its default, and
 * the placeholder numbers in order (LSP snippet syntax: `${n:default}`, `\`
 * escapes `$`, `}` and `\`).
 */
export function expandSnippet(snippet: string): { text: string; numbers: number[] } {
  let text = '';
  const numbers: number[] = [];
  let depth = 0;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      text += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const m = /^\$\{(\d+):/.exec(snippet.slice(i));
      if (!m) throw new Error(`unsupported snippet syntax at ${i}: ${snippet}`);
      numbers.push(Number(m[1]));
      depth++;
      i += m[0].length - 1;
    } else if (c === '}' && depth > 0) {
      depth--;
    } else if (c === '$') {
      throw new Error(`unescaped $ at ${i}: ${snippet}`);
    } else {
      text += c;
    }
  }
  return { text, numbers };
}
