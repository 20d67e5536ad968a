// Which language `pledge` speaks: `--locale <en|nl>` anywhere before `--`,
// else LC_ALL, LC_MESSAGES or LANG, else English. It is decided before the
// command line is parsed, so usage and help texts are in that language too.

import { LOCALES, localeFromEnv, translate, type Locale } from '../i18n/index';

export type LocaleChoice = { locale: Locale } | { error: string };

const OPTION = '--locale';

/**
 * The locale the arguments (without `node` and the script) and the
 * environment ask for, or a one-line usage error (worded in the
 * environment's language) when `--locale` is given without a known value.
 * The last `--locale` wins, as with any option given twice.
 */
export function chooseLocale(args: readonly string[], env: Record<string, string | undefined>): LocaleChoice {
  const fallback = localeFromEnv(env);
  const expected = LOCALES.join(', ');
  let chosen: string | undefined;
  let missing = false;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    if (arg === '--') break;
    if (arg === OPTION) {
      const value = args[k + 1];
      if (value === undefined || value.startsWith('-')) {
        missing = true;
        chosen = undefined;
      } else {
        missing = false;
        chosen = value;
        k++;
      }
    } else if (arg.startsWith(`${OPTION}=`)) {
      missing = false;
      chosen = arg.slice(OPTION.length + 1);
    }
  }
  if (missing) return { error: translate(fallback, 'cli.usage.missingLocale', { expected }) };
  if (chosen === undefined) return { locale: fallback };
  if (!(LOCALES as readonly string[]).includes(chosen)) {
    return { error: translate(fallback, 'cli.usage.badLocale', { locale: chosen, expected }) };
  }
  return { locale: chosen as Locale };
}
