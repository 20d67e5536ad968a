// The language server's own messages (server/src/lsp): what it says about a
// document it will not analyse.

export default {
  'lsp.tooLarge':
    'This file is larger than {limit, number} MB ({size, number} MB): Pledge does not analyse it. An agreement is a few kilobytes; split a file this large into agreements that import each other.',
} as const;
