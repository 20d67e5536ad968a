import { defineRule, type Fix, type Related } from '../types';
import { quoted } from '../fixes/text';
import { closestImport, namesLeftUnchecked } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL007',
  name: 'unresolved-import',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    const unchecked = namesLeftUnchecked(ctx.model);
    const first = unchecked[0];
    const related: Related[] = first
      ? [{ file: ctx.file, span: first.span, message: t('rules.PL007.unchecked', { name: first.name, others: unchecked.length - 1 }) }]
      : [];
    let files: readonly string[] | undefined;
    for (const p of ctx.model.importProblems) {
      const value = p.node.path?.value;
      files ??= ctx.model.listFiles?.() ?? [];
      const suggestion = value !== undefined ? closestImport(ctx.file, value, files) : undefined;
      const fixes: Fix[] = suggestion
        ? [{ title: t('rules.PL007.fix.didYouMean', { path: suggestion }), edits: [{ span: p.span, newText: quoted(suggestion) }] }]
        : [];
      ctx.report({ span: p.span, message: p.message, related, fixes });
    }
  },
});
