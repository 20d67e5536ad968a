import { defineRule } from '../types';
import type * as A from '../../syntax/ast';
import { appendToBlock, quoted } from '../fixes/text';
import { appendObligation, freshObligationName } from './common';

export default defineRule({
  id: 'PL302',
  name: 'capacity-without-duty',
  family: 'balance',
  severity: 'warning',
  description: 'A service has `capacity … bought by X` but does not `depends on` an obligation of X.',
  why: 'When the customer buys the capacity, the provider must be able to hold it to buying enough; that needs a written duty.',
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
        const serviceName = svc.name ?? 'the service';
        const others = svc.dependsOn.filter((d) => d.obligation).length;
        const name = freshObligationName(a, 'CapacityForecast');
        const obligation = appendObligation(
          ctx,
          a,
          `obligation ${name} ${buyer.text} ${quoted(`Deliver a capacity forecast for ${serviceName}`)} as effort every quarter`,
        );
        const dependsOn = svc.node.body && appendToBlock(ctx.text, svc.node.body, [`depends on ${name}`]);
        const fixes =
          obligation && dependsOn
            ? [
                {
                  title: `Add obligation \`${name}\` for \`${buyer.text}\` and depend on it`,
                  edits: [dependsOn, obligation],
                },
              ]
            : undefined;
        ctx.report({
          span: buyer.span,
          message:
            `\`${serviceName}\` runs on capacity bought by \`${buyer.text}\`, but depends on no obligation of \`${buyer.text}\`` +
            (others ? ` (its ${others} \`depends on\` clause(s) name obligations of other parties)` : '') +
            `: nothing holds \`${buyer.text}\` to buying enough`,
          related: [{ file: ctx.file, span: svc.capacity!.keyword, message: 'the capacity clause' }],
          fixes,
        });
      }
    }
  },
});
