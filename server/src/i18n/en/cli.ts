// The `pledge` command line: usage and help, `check`, `--fix`, `explain`, and
// the stylish, JSON and SARIF reports.

export default {
  // Usage and help (commander's own texts are given here too, so they follow the locale).
  'cli.program.description':
    'Check Pledge service agreements for promises that cannot be kept, missing emergency cover and one-sided terms.',
  'cli.option.version': 'output the version number',
  'cli.option.help': 'display help for command',
  'cli.command.help': 'display help for command',
  'cli.option.locale': 'language of the output; without it LC_ALL, LC_MESSAGES or LANG decides, else en',
  'cli.option.noColor': 'never colour the output',
  'cli.check.description': 'check files, directories (recursively, *.pledge) and glob patterns',
  'cli.check.paths': 'files, directories or globs',
  'cli.check.format': 'output format',
  'cli.check.maxWarnings': 'exit with 1 when there are more warnings than this',
  'cli.check.quiet': 'report errors only',
  'cli.check.root': 'workspace folder that imports must stay inside (default: the working directory)',
  'cli.check.config': 'use this configuration file instead of the nearest .pledgerc.json',
  'cli.check.fix': 'apply every automatic fix and write the files',
  'cli.check.fixDryRun': 'show what --fix would change without writing',
  'cli.explain.description': "print a rule's documentation",
  'cli.explain.rule': 'rule id (PL201) or name (missing-emergency)',
  'cli.help.usage': 'Usage:',
  'cli.help.arguments': 'Arguments:',
  'cli.help.options': 'Options:',
  'cli.help.globalOptions': 'Global Options:',
  'cli.help.commands': 'Commands:',
  'cli.help.choices': 'choices: {choices}',
  'cli.help.default': 'default: {value}',
  'cli.help.preset': 'preset: {value}',
  'cli.help.env': 'env: {name}',

  // Usage errors (one line, exit 2).
  'cli.usage.wholeNumber': 'expected a whole number of 0 or more',
  'cli.usage.badLocale': 'unknown locale "{locale}" for --locale (expected {expected})',
  'cli.usage.missingLocale': '--locale needs a value ({expected})',
  'cli.usage.unknownOption': "error: unknown option ''{option}''",
  'cli.usage.unknownCommand': "error: unknown command ''{command}''",
  'cli.usage.didYouMean': '(Did you mean {suggestion}?)',
  'cli.usage.didYouMeanOneOf': '(Did you mean one of {suggestions}?)',
  'cli.usage.missingArgument': "error: missing required argument ''{argument}''",
  'cli.usage.optionMissingArgument': "error: option ''{option}'' argument missing",
  'cli.usage.invalidOptionArgument': "error: option ''{option}'' argument ''{value}'' is invalid. {reason}",
  'cli.usage.invalidArgument': "error: command-argument value ''{value}'' is invalid for argument ''{argument}''. {reason}",
  'cli.usage.allowedChoices': 'Allowed choices are {choices}.',
  'cli.usage.tooManyArguments':
    "error: too many arguments. Expected {expected, plural, one {# argument} other {# arguments}} but got {received}.",
  'cli.usage.tooManyArgumentsFor':
    "error: too many arguments for ''{command}''. Expected {expected, plural, one {# argument} other {# arguments}} but got {received}.",

  // Files and `check`.
  'cli.files.noMatch': 'no files match the pattern "{pattern}"',
  'cli.files.missing': 'cannot read "{path}": no such file or directory',
  'cli.check.unreadable': 'cannot read "{path}"',
  'cli.check.tooManyWarnings':
    '{warnings, plural, one {# warning} other {# warnings}} found, more than the maximum of {max} (--max-warnings)',
  'cli.fix.wouldNotParse': 'not fixing {file}: the fixed text would not parse',
  'cli.fix.fixedName': '{file} (fixed)',

  // The stylish report.
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.info': 'info',
  'cli.severity.hint': 'hint',
  'cli.summary.files': '{n, plural, one {# file} other {# files}}',
  'cli.summary.clean': '✔ {files} checked, no problems',
  'cli.summary.problems': '{mark} {n, plural, one {# problem} other {# problems}} ({parts}) in {files}',
  'cli.summary.errors': '{n, plural, one {# error} other {# errors}}',
  'cli.summary.warnings': '{n, plural, one {# warning} other {# warnings}}',
  'cli.summary.infos': '{n, plural, one {# info} other {# infos}}',
  'cli.summary.hints': '{n, plural, one {# hint} other {# hints}}',

  // SARIF.
  'cli.sarif.help': '{why} See {url}',

  // `explain`.
  'cli.explain.unknownRule': 'unknown rule "{rule}"; did you mean {matches}?',
  'cli.explain.unknownRuleNoMatch': 'unknown rule "{rule}"; no rule has a similar id or name',
  'cli.explain.severity': 'Severity: {severity}',
  'cli.explain.severityAlwaysOn': 'Severity: {severity} (always on)',
  'cli.explain.family': 'Family: {family}',
  'cli.explain.why': 'Why: {why}',
  'cli.explain.options': 'Options:',
  'cli.explain.option': '{name} ({type}, default {value}): {description}',
  'cli.explain.documentation': 'Documentation: {url}',
  'cli.family.structure': 'structure',
  'cli.family.over-promising': 'over-promising',
  'cli.family.emergencies': 'emergencies',
  'cli.family.balance': 'balance',
} as const;
