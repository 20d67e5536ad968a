import { defineRule } from '../types';
import { declareMissingFix } from '../fixes/declare';
import { explainedByBrokenImport } from './common';
import type { Reference } from '../../semantics/model';
import type { Fix } from '../types';
import { t } from '../../i18n/index';

/** `Party.Name` for each party that has the contact an ambiguous reference names. */
function qualifyFixes(r: Reference): Fix[] {
  const parties = [...new Set((r.candidates ?? []).map((c) => c.party?.name).filter((p): p is string => !!p))];
  return parties.map((party) => {
    const qualified = `${party}.${r.name}`;
    return { title: t('rules.PL002.fix.qualify', { qualified }), edits: [{ span: r.span, newText: qualified }] };
  });
}

export default defineRule({
  id: 'PL002',
  name: 'unresolved-reference',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const r of ctx.model.references) {
      if (r.target || !r.problem) continue;
      // A name the unresolved import may declare: PL007 reports the import once
      // and counts these names; reporting each of them would bury that one cause.
      if (explainedByBrokenImport(ctx.model, r)) continue;
      // An ambiguous contact exists twice over: declaring it again changes
      // nothing, naming its party does (one fix per party that has it).
      if (r.candidates?.length) {
        ctx.report({ span: r.span, message: r.problem, fixes: qualifyFixes(r) });
        continue;
      }
      const fix = declareMissingFix(ctx, r);
      ctx.report({ span: r.span, message: r.problem, fixes: fix ? [fix] : [] });
    }
  },
});
