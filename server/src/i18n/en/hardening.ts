// Texts of the safeguards: rules that fail, files that cannot be read or written, paths that leave the workspace.

export default {
  'hardening.internalError': 'internal error in rule {ruleId}: {message}; its findings for this file are missing',
  'hardening.internalErrorStderr': 'pledge: internal error in rule {ruleId} on {file}: {message}',
  'hardening.sarifNotification': 'rule {ruleId} failed on {file}: {message}',
  'hardening.config.extendsOutside': '"extends": "{target}" lies outside the workspace folder; a configuration may only extend files inside it',
  'hardening.config.extendedNotJson': 'not a configuration file: it is not valid JSON',
  'hardening.files.notRegular': 'cannot read "{path}": it is not a regular file (a device, a pipe or a socket)',
  'hardening.files.tooLarge': 'cannot read "{path}": it is larger than {limit, number} MB, the most Pledge reads for one agreement',
  'hardening.fix.outside': 'not fixing {file}: it is a link to a file outside the checked folder',
  'hardening.fix.readOnly': 'cannot write the fixes to {file}: the file is read-only',
  'hardening.fix.unwritable': 'cannot write the fixes to {file}: {reason}',
} as const;
