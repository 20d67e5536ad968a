// Syntax errors and binding problems in Dutch: the exact messages a Dutch
// user reads for a few broken inputs, and the English ones left as they were.

import { describe, expect, it } from 'vitest';
import { parse } from '../../server/src/syntax/parse';
import { bindFile } from '../../server/src/semantics/model';
import { withLocale } from '../../server/src/i18n';

const dutch = (text: string) => withLocale('nl', () => parse(text).errors.map((e) => e.message));

describe('syntax errors in Dutch', () => {
  it.each<[string, string[]]>([
    [
      'agreement "X" {\n  service Mail {\n    priority P1 {\n      respond within soon\n    }\n  }\n}\n',
      ['verwacht een duur zoals `4 hours`, `1 business day` of `15m` na `within`, maar vond `soon`'],
    ],
    [
      'agreement "X" {\n  provider party\n}\n',
      [
        'verwacht een naam na `provider`, maar `party` is een sleutelwoord en kan geen naam zijn',
      ],
    ],
    ['agreement "X" {\n  servce Mail {\n  }\n}\n', ['onbekende clausule `servce` in een overeenkomst: bedoelt u `service`?']],
    ['party Acme {\n}\n}\n', ['overbodige `}` op het hoogste niveau van een bestand: er is geen open `{` om af te sluiten']],
    [
      'agreement "X" {\n  service Mail {\n    availability 99.9 % per month\n  }\n}\n',
      [
        'verwacht een percentage zoals `99.9%` na `availability`, maar vond `99.9`',
        'losse `%`: schrijf een percentage zonder spatie voor de `%`, zoals `99.9%`',
      ],
    ],
    ['party Acme "Acme\n', ['deze tekst heeft geen afsluitend `"` voor het einde van de regel']],
    ['/* never closed\nparty Acme {}\n', ['dit commentaar wordt niet afgesloten met `*/`, dus de rest van het bestand hoort erbij']],
    [
      'agreement "X" {\n  service Mail {\n    availability 99.9% per fortnight\n  }\n}\n',
      ['verwacht een periode (`week`, `month`, `quarter` of `year`) na `per`, maar vond `fortnight`'],
    ],
    ['agreement "X" {\n  service Mail {\n', ['verwacht `}` om de dienst af te sluiten vóór het einde van het bestand']],
    [
      'agreement "X" {\n  obligation as "x"\n}\n',
      [
        'verwacht na `obligation` de partij die de verplichting heeft, maar `as` is een sleutelwoord en kan geen naam zijn',
        'verwacht `result` of `effort` na `as`, maar vond `"x"`',
      ],
    ],
    [
      'agreement "X" {\n  service Mail {\n    respond within 4 hours\n  }\n}\n',
      [
        '`respond` is een clausule in een prioriteit of in een calamiteitenregeling; die kan niet in een dienst staan (verwacht `support`, `availability`, `maintenance`, `capacity`, `depends on` of `priority`)',
      ],
    ],
    ['hello', ['`hello` hoort niet op het hoogste niveau van een bestand; verwacht `import`, `party`, `calendar` of `agreement`']],
    ['party Acme { contact Desk § }\n', ['onverwacht teken `§`']],
    ['party Acme { contact Desk §§ }\n', ['onverwachte tekens `§§`']],
  ])('%j', (text, expected) => {
    expect(dutch(text)).toEqual(expected);
  });

  it('leaves the English messages as they were', () => {
    expect(parse('agreement "X" {\n  servce Mail {\n  }\n}\n').errors.map((e) => e.message)).toEqual([
      'unknown clause `servce` in an agreement: did you mean `service`?',
    ]);
    expect(parse('hello').errors.map((e) => e.message)).toEqual([
      'unexpected `hello` at the top level of a file: expected `import`, `party`, `calendar` or `agreement`',
    ]);
  });
});

describe('binding problems in Dutch', () => {
  const text = [
    'import "shared.txt"',
    'party Acme {',
    '  contact Desk phone "1" phone "2"',
    '}',
    'party Acme {}',
    'party Utrecht { contact Desk role "x" }',
    'agreement "X" {',
    '  provider Acme',
    '  customer Utrecht',
    '  customer Utrecht',
    '  service Mail {',
    '    support office',
    '    support Office',
    '    depends on Forecast',
    '  }',
    '  escalation for Mail { level 1 Desk after 0 minutes }',
    '  emergency for Post { reachable 24x7 via Desk phone }',
    '  termination Acme notice 1 month',
    '  termination Acme notice 2 months',
    '}',
    'calendar Office Mon-Fri 08:00-18:00',
  ].join('\n');
  const model = withLocale('nl', () => bindFile('/work/x.pledge', parse(text), { getParsed: () => undefined }));

  it('words duplicates and repeated clauses in Dutch', () => {
    expect(model.duplicates.map((d) => d.message)).toEqual([
      'contactpersoon `Desk` mag maar één `phone` hebben; deze herhaalt die',
      'partij `Acme` is twee keer gedeclareerd; de eerste declaratie geldt',
      'een overeenkomst mag maar één `customer`-clausule hebben; deze herhaalt die',
      'dienst `Mail` mag maar één `support`-clausule hebben; deze herhaalt die',
      '`Acme` heeft al een opzeggingsrecht; dit herhaalt het',
    ]);
  });

  it('words unresolved names and imports in Dutch', () => {
    expect(model.importProblems.map((p) => p.message)).toEqual([
      '`shared.txt` is geen .pledge-bestand: alleen Pledge-bestanden kunnen worden geïmporteerd',
    ]);
    expect(model.references.filter((r) => r.problem).map((r) => r.problem)).toEqual([
      'kalender `office` is niet gedeclareerd (bedoelt u `Office`?)',
      'dienst `Post` is niet gedeclareerd in deze overeenkomst',
      'contactpersoon `Desk` is niet eenduidig: zowel `Acme` als `Utrecht` hebben er één; schrijf `Acme.Desk`',
      'contactpersoon `Desk` is niet eenduidig: zowel `Acme` als `Utrecht` hebben er één; schrijf `Acme.Desk`',
      'verplichting `Forecast` is niet gedeclareerd in deze overeenkomst',
    ]);
  });
});
