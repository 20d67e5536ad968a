// `pledge` in English and Dutch: `--locale`, else LC_ALL / LC_MESSAGES / LANG,
// else English. The reports keep their structure and rule ids in every
// language; only texts change. The end-to-end part runs the built CLI
// (`npm run build` first, as `npm run test:unit` does).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CheckOptions } from '../../server/src/cli/check';
import { renderMarkdown, runExplain } from '../../server/src/cli/explain';
import { chooseLocale } from '../../server/src/cli/locale';
import { localizeCommanderError } from '../../server/src/cli/usage';
import { withLocale, type Locale } from '../../server/src/i18n';
import { findRule } from '../../server/src/rules/registry';
import { expectGolden } from '../harness/golden';

const REPO = path.resolve(__dirname, '../..');
const DOCS = path.join(__dirname, 'fixtures/docs');
const GOLDEN = path.join(__dirname, 'golden');

/** The built CLI with a clean locale environment plus `env`. */
function pledge(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'].includes(k)));
  return spawnSync(process.execPath, [path.join(REPO, 'server/bin/pledge.js'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...clean, NO_COLOR: '1', ...env },
  });
}

const base: CheckOptions = { format: 'json', quiet: false, color: false, version: '0.1.0' };
const check = (locale: Locale, options: Partial<CheckOptions>) => withLocale(locale, () => runCheck(['samples'], REPO, { ...base, ...options }));

/** The report with every text blanked (the rule page links go to the reader's language too): what must not change with the language. */
function blankTexts(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => blankTexts(v, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankTexts(v, k)]));
  return typeof value === 'string' && (key === 'message' || key === 'text' || key === 'helpUri') ? '…' : value;
}

describe('choosing the locale', () => {
  it.each([
    [[], {}, 'en'],
    [[], { LANG: 'nl_NL.UTF-8' }, 'nl'],
    [[], { LC_ALL: 'nl_BE.UTF-8', LANG: 'en_GB.UTF-8' }, 'nl'],
    [[], { LC_MESSAGES: 'nl_NL', LANG: 'en_US' }, 'nl'],
    [[], { LANG: 'fr_FR.UTF-8' }, 'en'],
    [['check', '--locale', 'nl', 'samples'], {}, 'nl'],
    [['--locale=nl', 'check'], {}, 'nl'],
    [['check', '--locale', 'en'], { LANG: 'nl_NL.UTF-8' }, 'en'],
    [['check', '--locale', 'nl', '--locale', 'en'], {}, 'en'],
    [['check', '--', '--locale', 'nl'], {}, 'en'],
  ])('%j with %j → %s', (args, env, expected) => {
    expect(chooseLocale(args, env)).toEqual({ locale: expected });
  });

  it('an unknown or missing --locale is an error worded in the language of the environment', () => {
    expect(chooseLocale(['--locale', 'fr'], {})).toEqual({ error: 'unknown locale "fr" for --locale (expected en, nl)' });
    expect(chooseLocale(['--locale', 'NL_nl'], { LANG: 'nl_NL.UTF-8' })).toEqual({
      error: 'onbekende taal "NL_nl" bij --locale (verwacht en, nl)',
    });
    expect(chooseLocale(['check', '--locale'], {})).toEqual({ error: '--locale needs a value (en, nl)' });
    expect(chooseLocale(['check', '--locale', '--quiet'], {})).toEqual({ error: '--locale needs a value (en, nl)' });
  });
});

describe('check in Dutch and English', () => {
  it('the stylish summary and severities follow the locale, with plurals', () => {
    const en = check('en', { format: 'stylish' }).stdout;
    const nl = check('nl', { format: 'stylish' }).stdout;
    expect(en).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ infos\) in 6 files\n$/m);
    expect(nl).toMatch(/^✖ \d+ problemen \(\d+ fouten, \d+ waarschuwingen, \d+ info\) in 6 bestanden\n$/m);
    expect(en).toMatch(/^ {2}\d+:\d+ +warning +/m);
    expect(nl).toMatch(/^ {2}\d+:\d+ +waarschuwing +/m);
    expect(nl).not.toMatch(/ (error|warning) {2}/);
    // The file headers are the same paths.
    const headers = (s: string) => s.split('\n').filter((l) => l.startsWith('samples/'));
    expect(headers(nl)).toEqual(headers(en));
    expect(headers(nl).length).toBeGreaterThan(0);
  });

  it('a clean run and singular counts', () => {
    const one = (locale: Locale) =>
      withLocale(locale, () => runCheck(['test/fixtures/config/project/stale.pledge'], REPO, { ...base, format: 'stylish', rules: [] }).stdout.trim().split('\n').pop());
    expect(one('en')).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos) in 1 file');
    expect(one('nl')).toBe('✖ 1 probleem (1 fout, 0 waarschuwingen, 0 info) in 1 bestand');
    const clean = (locale: Locale) => withLocale(locale, () => runCheck(['test/fixtures/cli/tree/clean.pledge'], REPO, { ...base, format: 'stylish' }).stdout);
    expect(clean('en')).toBe('✔ 1 file checked, no problems\n');
    expect(clean('nl')).toBe('✔ 1 bestand gecontroleerd, geen problemen\n');
  });

  it('an unused suppression is reported in Dutch, with a Dutch fix title', () => {
    const run = (locale: Locale) => withLocale(locale, () => runCheck(['test/fixtures/config/project/stale.pledge'], REPO, { ...base, format: 'sarif' }));
    const result = (locale: Locale) => JSON.parse(run(locale).stdout).runs[0].results[0];
    expect(result('en').message.text).toBe('`PL006` in `pledge-disable-next-line` suppresses nothing here');
    expect(result('nl').message.text).toBe('`PL006` in `pledge-disable-next-line` onderdrukt hier niets');
    expect(result('nl').fixes[0].description.text).toBe('Verwijder de ongebruikte onderdrukking');
  });

  it('JSON keeps its structure and rule ids; only the messages change', () => {
    const en = JSON.parse(check('en', { format: 'json' }).stdout);
    const nl = JSON.parse(check('nl', { format: 'json' }).stdout);
    expect(blankTexts(nl)).toEqual(blankTexts(en));
    const ids = (r: Array<{ messages: Array<{ ruleId: string }> }>) => r.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids(nl)).toEqual(ids(en));
    expect(ids(en).length).toBeGreaterThan(10);
  });

  it('SARIF keeps its structure and rule ids; messages and rule descriptions follow the locale', () => {
    const en = JSON.parse(check('en', { format: 'sarif' }).stdout);
    const nl = JSON.parse(check('nl', { format: 'sarif' }).stdout);
    expect(blankTexts(nl)).toEqual(blankTexts(en));
    const driver = (log: any) => log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'PL201');
    expect(driver(en).helpUri).toMatch(/\/docs\/rules\/PL201\.md$/);
    expect(driver(nl).helpUri).toMatch(/\/docs\/rules\/nl\/PL201\.md$/);
    const rule = findRule('PL201')!;
    for (const [log, locale] of [
      [en, 'en'],
      [nl, 'nl'],
    ] as const) {
      const d = driver(log);
      withLocale(locale, () => {
        expect(d.shortDescription.text).toBe(rule.description);
        expect(d.fullDescription.text).toBe(`${rule.description} ${rule.why}`);
      });
    }
    expect(driver(en).help.text).toMatch(/ See https:\/\//);
    expect(driver(nl).help.text).toMatch(/ Zie https:\/\//);
  });

  it('--max-warnings and unreadable paths are reported in the locale', () => {
    const over = (locale: Locale) => withLocale(locale, () => runCheck(['samples/no-emergency.pledge'], REPO, { ...base, maxWarnings: 0 }).stderr);
    expect(over('en')).toMatch(/^pledge: \d+ warnings found, more than the maximum of 0 \(--max-warnings\)\n$/);
    expect(over('nl')).toMatch(/^pledge: \d+ waarschuwingen gevonden, meer dan het maximum van 0 \(--max-warnings\)\n$/);
    const missing = withLocale('nl', () => runCheck(['no/such.pledge'], REPO, base));
    expect(missing).toEqual({ stdout: '', stderr: 'pledge: kan "no/such.pledge" niet lezen: bestand of map bestaat niet\n', exitCode: 2 });
    const glob = withLocale('nl', () => runCheck(['nothing/**/*.pledge'], REPO, base));
    expect(glob.stderr).toBe('pledge: geen bestanden gevonden voor het patroon "nothing/**/*.pledge"\n');
  });
});

describe('explain in Dutch and English', () => {
  it('prints the Dutch page when there is one, else the English page', () => {
    expect(withLocale('nl', () => runExplain('PL003', { color: false, docsDir: DOCS })).stdout).toBe(
      ['PL003 duplicate-name', '', 'Een naam is twee keer gedeclareerd in hetzelfde bereik.', ''].join('\n'),
    );
    expect(withLocale('en', () => runExplain('PL003', { color: false, docsDir: DOCS })).stdout).toBe(
      ['PL003 duplicate-name', '', 'A name is declared twice in one scope.', ''].join('\n'),
    );
    expect(withLocale('nl', () => runExplain('PL004', { color: false, docsDir: DOCS })).stdout).toBe(
      ['PL004 invalid-value', '', 'Only in English.', ''].join('\n'),
    );
  });

  it('without a page, prints what the registry knows, in the locale', () => {
    const rule = findRule('PL008')!;
    const nl = withLocale('nl', () => ({ out: runExplain('PL008', { color: false, docsDir: DOCS }).stdout, description: rule.description }));
    expect(nl.out).toContain('Ernst: hint');
    expect(nl.out).toContain('Familie: structuur');
    expect(nl.out).toContain(nl.description);
    expect(nl.out).toMatch(/^Documentatie: https:\/\//m);
    const en = withLocale('en', () => runExplain('PL008', { color: false, docsDir: DOCS }).stdout);
    expect(en).toContain(`Severity: ${rule.severity}`);
    expect(en).toContain('Family: structure');
  });

  it('an unknown rule is reported in Dutch', () => {
    const out = withLocale('nl', () => runExplain('duplicat-name', { color: false, docsDir: DOCS }));
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toMatch(/^pledge: onbekende regel "duplicat-name"; bedoelde u duplicate-name\b.*\?\n$/);
  });
});

describe("commander's errors", () => {
  // Commander's wording (commander 14), which must come out unchanged in English.
  const messages = [
    "error: unknown option '--bogus'",
    "error: unknown option '--quite'\n(Did you mean --quiet?)",
    "error: unknown command 'chek'\n(Did you mean check?)",
    "error: unknown command 'x'\n(Did you mean one of check, explain?)",
    "error: missing required argument 'rule'",
    "error: option '--config <file>' argument missing",
    "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif.",
    "error: option '--max-warnings <n>' argument 'x' is invalid. expected a whole number of 0 or more",
    "error: command-argument value 'x' is invalid for argument 'rule'. Allowed choices are a, b.",
    "error: too many arguments for 'explain'. Expected 1 argument but got 2.",
    "error: too many arguments. Expected 0 arguments but got 3.",
    'error: something commander says that Pledge does not know',
  ];

  it('English keeps their wording exactly', () => {
    withLocale('en', () => {
      for (const m of messages) expect(localizeCommanderError(m)).toBe(m);
    });
  });

  it('Dutch rewords every one Pledge knows', () => {
    const nl = withLocale('nl', () => messages.map(localizeCommanderError));
    expect(nl).toEqual([
      "fout: onbekende optie '--bogus'",
      "fout: onbekende optie '--quite'\n(Bedoelde u --quiet?)",
      "fout: onbekende opdracht 'chek'\n(Bedoelde u check?)",
      "fout: onbekende opdracht 'x'\n(Bedoelde u een van check, explain?)",
      "fout: verplicht argument 'rule' ontbreekt",
      "fout: optie '--config <file>' mist een waarde",
      "fout: waarde 'xml' van optie '-f, --format <format>' is ongeldig. Toegestaan zijn stylish, json, sarif.",
      "fout: waarde 'x' van optie '--max-warnings <n>' is ongeldig. expected a whole number of 0 or more",
      "fout: waarde 'x' van argument 'rule' is ongeldig. Toegestaan zijn a, b.",
      "fout: te veel argumenten voor 'explain'. Verwacht 1 argument, maar kreeg er 2.",
      'fout: te veel argumenten. Verwacht 0 argumenten, maar kreeg er 3.',
      'error: something commander says that Pledge does not know',
    ]);
  });
});

describe('the built CLI', () => {
  const dutchSummary = /^✖ \d+ problemen \(\d+ fouten, \d+ waarschuwingen, \d+ info\) in 6 bestanden$/m;

  it('check --locale nl samples/ speaks Dutch; so does LANG=nl_NL.UTF-8; --locale en overrides LANG', () => {
    const nl = pledge(['check', '--locale', 'nl', 'samples/']);
    expect(nl.status).toBe(1);
    expect(nl.stdout).toMatch(dutchSummary);
    expect(nl.stdout).toMatch(/^ {2}\d+:\d+ +waarschuwing +/m);
    const env = pledge(['check', 'samples/'], { LANG: 'nl_NL.UTF-8' });
    expect(env.stdout).toBe(nl.stdout);
    const before = pledge(['--locale', 'nl', 'check', 'samples/']);
    expect(before.stdout).toBe(nl.stdout);
    const en = pledge(['check', '--locale', 'en', 'samples/'], { LANG: 'nl_NL.UTF-8' });
    expect(en.stdout).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ infos\) in 6 files$/m);
    expect(pledge(['check', 'samples/']).stdout).toBe(en.stdout);
  }, 60_000);

  it('every rule message of the samples is in Dutch with --locale nl', () => {
    const messages = (locale: Locale) =>
      (JSON.parse(pledge(['check', '--format', 'json', '--locale', locale, 'samples/']).stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).flatMap(
        (f) => f.messages,
      );
    const en = messages('en');
    const nl = messages('nl');
    expect(nl.map((m) => m.ruleId)).toEqual(en.map((m) => m.ruleId));
    const untranslated = nl.filter((m, i) => m.message === en[i]!.message).map((m) => `${m.ruleId}: ${m.message}`);
    expect(untranslated).toEqual([]);
    // PL201 on no-emergency.pledge names the gap with Dutch days and units.
    expect(nl.find((m) => m.ruleId === 'PL201')!.message).toMatch(/86 u .*vr /);
  }, 60_000);

  it('an invalid --locale is a usage error: exit 2, one line', () => {
    for (const args of [
      ['check', '--locale', 'fr', 'samples/'],
      ['--locale=de', 'explain', 'PL201'],
      ['check', 'samples/', '--locale'],
    ]) {
      const r = pledge(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(/^pledge: .*--locale/);
    }
  }, 60_000);

  it('explain PL201 --locale nl prints the Dutch rule page (the English one while there is none)', () => {
    const r = pledge(['explain', 'PL201', '--locale', 'nl']);
    expect(r.status).toBe(0);
    const dutch = path.join(REPO, 'docs/rules/nl/PL201.md');
    const page = fs.existsSync(dutch) ? dutch : path.join(REPO, 'docs/rules/PL201.md');
    expect(r.stdout).toBe(renderMarkdown(fs.readFileSync(page, 'utf8'), false));
    expect(pledge(['explain', 'PL201']).stdout).toBe(renderMarkdown(fs.readFileSync(path.join(REPO, 'docs/rules/PL201.md'), 'utf8'), false));
  }, 60_000);

  it('usage errors and help are in Dutch', () => {
    const bad = pledge(['check', '--format', 'xml', '--locale', 'nl']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^fout: waarde 'xml' van optie '-f, --format <format>' is ongeldig\. Toegestaan zijn stylish, json, sarif\.\n/);
    expect(bad.stderr).toContain('Gebruik: pledge check');
    const number = pledge(['check', '--max-warnings', 'veel'], { LANG: 'nl_NL.UTF-8' });
    expect(number.status).toBe(2);
    expect(number.stderr).toMatch(/^fout: waarde 'veel' van optie '--max-warnings <n>' is ongeldig\. verwacht een geheel getal van 0 of meer\n/);
    const unknown = pledge(['--locale', 'nl', 'chek']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^fout: onbekende opdracht 'chek'\n\(Bedoelde u check\?\)\n/);
    const help = pledge(['check', '--help', '--locale', 'nl']);
    expect(help.status).toBe(0);
    expectGolden(path.join(GOLDEN, 'check-help.nl.txt'), help.stdout);
    expectGolden(path.join(GOLDEN, 'check-help.en.txt'), pledge(['check', '--help']).stdout);
  }, 60_000);
});
