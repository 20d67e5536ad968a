// Configuration: problems in `.pledgerc.json` (and in the editor's rule
// settings, read the same way), and the hints about suppression comments.
// "extends", "rules", severities and preset names are JSON keys and values:
// they stay as written in every language.

export default {
  // JSON syntax.
  'config.json.endOfFile': 'end of file',
  'config.json.character': '"{character}"',
  'config.json.unterminatedString': 'unterminated string',
  'config.json.invalidEscape': 'invalid escape in string',
  'config.json.controlCharacter': 'control character in string',
  'config.json.expectedPropertyName': 'expected a property name in double quotes, found {found}',
  'config.json.expectedColon': 'expected ":" after the property name, found {found}',
  'config.json.expectedCommaOrBrace': "expected \",\" or \"'}'\", found {found}",
  'config.json.expectedCommaOrBracket': 'expected "," or "]", found {found}',
  'config.json.expectedValue': 'expected a value, found {found}',
  'config.json.trailing': 'unexpected {found} after the end of the JSON value',

  // What was found instead.
  'config.type.object': 'an object',
  'config.type.array': 'an array',
  'config.type.null': 'null',
  'config.type.string': 'a string',
  'config.type.number': 'a number',
  'config.type.boolean': 'a boolean',

  // The file and its keys.
  'config.invalidJson': 'invalid JSON: {detail}',
  'config.cannotRead': 'cannot read the file',
  'config.notAnObject': 'expected an object with "extends" and "rules", found {found}',
  'config.unknownKey': 'unknown key "{key}" (expected "extends" or "rules")',
  'config.extends.badTarget': '"extends": expected "recommended", "strict" or a relative path to a {file}, found {found}',
  'config.extends.unknownPreset': '"extends": unknown preset "{target}" (expected {presets}, or a relative path such as "../{file}")',
  'config.extends.presets': '"{first}" or "{second}"',
  'config.extends.cycle': '"extends": "{target}" makes a cycle ({cycle}); ignored',
  'config.extends.notFound': '"extends": cannot find "{target}" (looked for {path})',
  'config.rules.notAnObject': '"rules": expected an object of rule ids or names, found {found}',
  'config.rules.unknownRule': '"rules": unknown rule "{rule}"',
  'config.rules.again': '"rules": "{key}" sets {ruleId} again (already set by "{earlier}"); the later setting wins',

  // One rule's setting.
  'config.rule.arrayLength': "\"{key}\": expected \"<severity>\" or [\"<severity>\", '{ options }'], found an array of {n}",
  'config.rule.expectedSeverity':
    "\"{key}\": expected a severity ({severities}) or [\"<severity>\", '{ options }'], found {found}",
  'config.rule.badSeverity': '"{key}": bad severity {found} (expected {severities})',
  'config.rule.alwaysOn': '"{key}": {ruleId} {ruleName} is always on and cannot be turned off',
  'config.rule.optionsNotAnObject': '"{key}": expected an object of options, found {found}',
  'config.rule.unknownOption': '"{key}": unknown option "{option}" ({known})',
  'config.rule.knownOptions': 'options of {ruleId} are {names}',
  'config.rule.noOptions': '{ruleId} has no options',
  'config.rule.badValue': '"{key}": bad value {value} for option "{option}": {error}',

  // Suppression comments (PL008 unused-suppression).
  'config.suppression.unused': '`pledge-{kind}` suppresses nothing here',
  'config.suppression.unusedRule': '`{rule}` in `pledge-{kind}` suppresses nothing here',
  'config.suppression.notARule': '`{rule}` in `pledge-{kind}` is not a Pledge rule',
  'config.suppression.remove': 'Remove the unused suppression',
} as const;
