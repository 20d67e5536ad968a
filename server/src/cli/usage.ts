// Commander's own texts in the current locale: the help headings, the
// "(choices: …, default: …)" notes, and the usage errors. Commander words
// these in English inside the library; the help is reworded through its
// `configureHelp` hooks, the errors by recognising commander's (pinned)
// wording in `configureOutput`. A message not recognised is shown as it is.

import type { Argument, HelpConfiguration, Option, OutputConfiguration } from 'commander';
import { t, type MessageKey } from '../i18n/index';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.usage',
  'Arguments:': 'cli.help.arguments',
  'Options:': 'cli.help.options',
  'Global Options:': 'cli.help.globalOptions',
  'Commands:': 'cli.help.commands',
};

/** "(choices: …, default: …)" after a description, as commander writes it, in the current locale. */
function withExtraInfo(description: string, extra: string[]): string {
  if (extra.length === 0) return description;
  const note = `(${extra.join(', ')})`;
  return description ? `${description} ${note}` : note;
}

function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(t('cli.help.choices', { choices: option.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  if (option.defaultValue !== undefined) {
    const show = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (show) extra.push(t('cli.help.default', { value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
  }
  if (option.presetArg !== undefined && option.optional) extra.push(t('cli.help.preset', { value: JSON.stringify(option.presetArg) }));
  if (option.envVar !== undefined) extra.push(t('cli.help.env', { name: option.envVar }));
  return withExtraInfo(option.description, extra);
}

function argumentDescription(argument: Argument): string {
  const extra: string[] = [];
  if (argument.argChoices) extra.push(t('cli.help.choices', { choices: argument.argChoices.map((c) => JSON.stringify(c)).join(', ') }));
  if (argument.defaultValue !== undefined) {
    extra.push(t('cli.help.default', { value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
  }
  return withExtraInfo(argument.description, extra);
}

/** Help in the current locale; `showGlobalOptions` lists `--locale` in every command's help. */
export function helpConfiguration(): HelpConfiguration {
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => {
      const key = TITLES[title];
      return key ? t(key) : title;
    },
    optionDescription,
    argumentDescription,
  };
}

/** The reason after "is invalid.": commander's list of choices, or the text of our own argument parsers. */
function reason(text: string): string {
  const choices = /^Allowed choices are (.*)\.$/s.exec(text);
  return choices ? t('cli.usage.allowedChoices', { choices: choices[1]! }) : text;
}

function suggestion(text: string | undefined): string {
  if (!text) return '';
  const m = /^\n\(Did you mean (one of )?(.*)\?\)$/s.exec(text);
  if (!m) return text;
  return '\n' + (m[1] ? t('cli.usage.didYouMeanOneOf', { suggestions: m[2]! }) : t('cli.usage.didYouMean', { suggestion: m[2]! }));
}

/** Commander's error message (without the final newline) in the current locale; unknown wording is kept. */
export function localizeCommanderError(message: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '(.*?)'(\n\(Did you mean .*\))?$/s.exec(message))) {
    return t('cli.usage.unknownOption', { option: m[1]! }) + suggestion(m[2]);
  }
  if ((m = /^error: unknown command '(.*?)'(\n\(Did you mean .*\))?$/s.exec(message))) {
    return t('cli.usage.unknownCommand', { command: m[1]! }) + suggestion(m[2]);
  }
  if ((m = /^error: missing required argument '(.*)'$/s.exec(message))) {
    return t('cli.usage.missingArgument', { argument: m[1]! });
  }
  if ((m = /^error: option '(.*)' argument missing$/s.exec(message))) {
    return t('cli.usage.optionMissingArgument', { option: m[1]! });
  }
  if ((m = /^error: option '(.*?)' argument '(.*)' is invalid\. (.*)$/s.exec(message))) {
    return t('cli.usage.invalidOptionArgument', { option: m[1]!, value: m[2]!, reason: reason(m[3]!) });
  }
  if ((m = /^error: command-argument value '(.*)' is invalid for argument '(.*?)'\. (.*)$/s.exec(message))) {
    return t('cli.usage.invalidArgument', { value: m[1]!, argument: m[2]!, reason: reason(m[3]!) });
  }
  if ((m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(message))) {
    const params = { expected: Number(m[2]), received: Number(m[3]) };
    return m[1] === undefined ? t('cli.usage.tooManyArguments', params) : t('cli.usage.tooManyArgumentsFor', { ...params, command: m[1] });
  }
  return message;
}

/** Errors in the current locale, written where commander would write them. */
export function outputConfiguration(): OutputConfiguration {
  return {
    outputError: (str: string, write: (s: string) => void) => {
      const body = str.endsWith('\n') ? str.slice(0, -1) : str;
      write(`${localizeCommanderError(body)}${str.endsWith('\n') ? '\n' : ''}`);
    },
  };
}
