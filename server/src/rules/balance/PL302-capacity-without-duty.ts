import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { appendToBlock, quoted } from '../fixes/text';
import { appendObligation, freshObligationName } from './common';
import { t } from '../../i18n/index';

export default defineRule({
  id: 'PL302',
  name: 'capacity-without-duty',
  family: 'balance',
  severity: 'warning',
  tags: ['balance', 'capacity', 'obligations'],
  options: {},
  check(ctx) {
    for (const a of ctx.model.agreements) {
      for (const svc of a.services) {
        const buyer = svc.capacity?.buyer;
        if (!buyer) continue;
        const dutyOfBuyer = svc.dependsOn.some((d) => {
          const target = d.obligation && ctx.facts.targetAt(d.obligation.span);
          return target?.kind === 'obligation' && (target.node as A.Obligation).party?.text === buyer.text;
        });
        if (dutyOfBuyer) continue;
        const serviceName = svc.name ?? t('rules.common.theService');
        const others = svc.dependsOn.filter((d) => d.obligation).length;
        const name = freshObligationName(a, 'CapacityForecast');
        const obligation = appendObligation(
          ctx,
          a,
          `obligation ${name} ${buyer.text} ${quoted(t('rules.PL302.forecast', { service: serviceName }))} as effort every quarter`,
        );
        const dependsOn = svc.node.body && appendToBlock(ctx.text, svc.node.body, [`depends on ${name}`]);
        const fixes =
          obligation && dependsOn
            ? [
                {
                  title: t('rules.PL302.fix.addObligation', { name, buyer: buyer.text }),
                  edits: [dependsOn, obligation],
                },
              ]
            : undefined;
        ctx.report({
          span: buyer.span,
          message: t('rules.PL302.message', { service: serviceName, buyer: buyer.text, others }),
          related: [{ file: ctx.file, span: svc.capacity!.keyword, message: t('rules.PL302.capacityClause') }],
          fixes,
        });
      }
    }
  },
});
