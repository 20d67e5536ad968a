import type en from '../en/lsp';

export default {
  'lsp.tooLarge':
    'Dit bestand is groter dan {limit, number} MB ({size, number} MB): Pledge analyseert het niet. Een overeenkomst is enkele kilobytes; verdeel een bestand van deze omvang over overeenkomsten die elkaar importeren.',
} satisfies Record<keyof typeof en, string>;
