import type * as A from '../../syntax/ast';
import { descendants } from '../../syntax/walk';
import { defineRule, type RuleContext } from '../types';

/** Clauses whose duration is a limit, so zero makes no sense. */
const LIMITS = new Set(['Respond', 'Resolve', 'EmergencyRespond', 'Claim', 'Within', 'MaxDowntime']);

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkTime(ctx: RuleContext, t: A.TimeLit | undefined, isEnd: boolean): boolean {
  if (!t) return false;
  const ok = (t.hour < 24 && t.minute < 60) || (isEnd && t.hour === 24 && t.minute === 0);
  if (!ok) {
    ctx.report({
      span: t.span,
      message:
        t.hour === 24 && t.minute === 0
          ? '`24:00` can only end a window; a window starts at `00:00` to `23:59`'
          : `\`${t.text}\` is not a time of day: use \`00:00\` to \`23:59\` (and \`24:00\` to end a window)`,
    });
  }
  return ok;
}

export default defineRule({
  id: 'PL004',
  name: 'invalid-value',
  family: 'structure',
  severity: 'error',
  description:
    'A percentage outside 0–100, an impossible date or time, a window that ends before it starts, a zero limit, or a level below 1.',
  why: 'A value that cannot exist makes the clause around it meaningless.',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    for (const n of descendants(ctx.parsed.file)) {
      switch (n.kind) {
        case 'Percent': {
          const p = n as unknown as A.Percent;
          if (p.value <= 0 || p.value > 100) {
            ctx.report({ span: p.span, message: `${p.text} is not a valid percentage: it must be above 0% and at most 100%` });
          }
          break;
        }
        case 'Date': {
          const d = n as unknown as A.DateLit;
          if (!d.valid) ctx.report({ span: d.span, message: `${d.text} is not a date on the calendar` });
          break;
        }
        case 'Window': {
          const w = n as unknown as A.Window;
          const startOk = checkTime(ctx, w.start, false);
          const endOk = checkTime(ctx, w.end, true);
          if (startOk && endOk && w.start && w.end && w.end.minutes <= w.start.minutes) {
            ctx.report({
              span: w.end.span,
              message: `the window ends at ${w.end.text}, which is not after its start ${w.start.text}; a window cannot cross midnight: split it in two (e.g. \`22:00-24:00\` and \`00:00-06:00\`)`,
            });
          }
          break;
        }
        case 'Level': {
          const l = n as unknown as A.Level;
          if (l.number && (l.number.value < 1 || !Number.isInteger(l.number.value))) {
            ctx.report({ span: l.number.span, message: `level ${l.number.text} is not valid: levels are numbered 1, 2, 3 …` });
          }
          break;
        }
        case 'Calendar': {
          const c = n as unknown as A.Calendar;
          if (c.timezone && c.timezone.terminated && !validZone(c.timezone.value)) {
            ctx.report({ span: c.timezone.span, message: `"${c.timezone.value}" is not a known time zone (use a name such as "Europe/Amsterdam")` });
          }
          break;
        }
        default:
          if (LIMITS.has(n.kind)) {
            const d = (n as { duration?: A.Duration }).duration;
            if (d && d.amount === 0) {
              ctx.report({ span: d.span, message: `a limit of ${d.text} can never be met: give a duration above zero` });
            }
          }
      }
    }
  },
});
