import { defineRule } from '../types';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL003',
  name: 'duplicate-name',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const d of ctx.model.duplicates) {
      ctx.report({
        span: d.span,
        message: d.message,
        related: d.first ? [{ file: d.first.file, span: d.first.span, message: t('rules.PL003.firstDeclared') }] : [],
      });
    }
  },
});
