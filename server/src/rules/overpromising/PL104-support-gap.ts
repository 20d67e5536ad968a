import { formatGap, formatHours, formatMinutes } from '../../semantics/format';
import { defineRule, type Related } from '../types';
import { gapAvailabilityFixes, availabilityPromises, uncoveredGap } from './common';
import { t } from '../../i18n/index';
import { periodWord, vowelSound, yesNo } from '../messages';

export default defineRule({
  id: 'PL104',
  name: 'support-gap',
  family: 'over-promising',
  severity: 'warning',
  tags: ['over-promising', 'availability', 'support'],
  options: {},
  check(ctx) {
    for (const { sf, period, percent } of availabilityPromises(ctx.facts)) {
      const budget = sf.budget!;
      const gap = uncoveredGap(sf);
      if (!gap || gap.minutes <= budget.minutes) continue;
      const support = sf.svc.support;
      const related: Related[] = support
        ? [{ file: ctx.file, span: support.span, message: t('rules.PL104.supportCovers', { hours: formatHours(sf.support.weekly.coveredMinutesPerWeek()) }) }]
        : [];
      const text = formatGap(gap);
      ctx.report({
        span: percent.span,
        message: t('rules.PL104.message', {
          supported: yesNo(support),
          vowel: vowelSound(text),
          gap: text,
          budget: formatMinutes(budget.minutes),
          period: periodWord(period.value),
        }),
        related,
        fixes: gapAvailabilityFixes(sf),
      });
    }
  },
});
