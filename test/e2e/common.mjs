// Helpers shared by the two launchers (launch.mjs and electron.mjs).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** node:util parseArgs, with its errors pointing at --help (thrown as `ErrorClass`). */
export function parseArgsOrExplain(config, ErrorClass = Error) {
  try {
    return parseArgs(config);
  } catch (err) {
    if (String(err.code).startsWith('ERR_PARSE_ARGS')) throw new ErrorClass(`${err.message} (see --help)`);
    throw err;
  }
}

/** A launcher's usage text: the `//` comment lines of its own source. */
export function usage(moduleUrl) {
  return readFileSync(fileURLToPath(moduleUrl), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('//'))
    .map((l) => l.replace(/^\/\/ ?/, ''))
    .join('\n');
}

/** The suite's result file, or undefined while it is missing or partly written. */
export function readResult(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
