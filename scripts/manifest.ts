// `npm run manifest`: writes the parts of the extension manifest that come
// from the rule registry, so the Settings UI can edit `pledge.rules`:
// one property per configurable rule (a severity drop-down) in package.json,
// and each rule's description in package.nls.json and package.nls.<lang>.json.
// test/client/manifest.test.ts fails when the committed files are not current.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifestParts, NLS_LOCALES } from '../test/client/manifest';

const root = path.resolve(__dirname, '..');
const parts = manifestParts();

const pkgFile = path.join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
pkg.contributes.configuration.properties['pledge.rules'] = parts.rulesSetting;
writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');

for (const locale of NLS_LOCALES) {
  const file = path.join(root, locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`);
  const nls = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const key of Object.keys(nls)) if (key.startsWith('config.rules.')) delete nls[key];
  Object.assign(nls, parts.nls[locale]);
  writeFileSync(file, JSON.stringify(nls, null, 2) + '\n');
}
console.log(`pledge.rules: ${Object.keys(parts.rulesSetting.properties).length} rules written to package.json and ${NLS_LOCALES.length} package.nls files`);
