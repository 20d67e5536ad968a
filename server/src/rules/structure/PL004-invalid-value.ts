import type * as A from '../../syntax/ast';
import { forEachDescendant } from '../../syntax/walk';
import { defineRule, type RuleContext } from '../types';
import { t as tr } from '../../i18n/index';

/** Clauses whose duration is a limit, so zero makes no sense. */
const LIMITS = new Set(['Respond', 'Resolve', 'EmergencyRespond', 'Claim', 'Within', 'MaxDowntime']);

const zones = new Map<string, boolean>();

/** Whether the platform knows the IANA zone (remembered: building a formatter to find out is slow). */
function validZone(zone: string): boolean {
  let valid = zones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    zones.set(zone, valid);
  }
  return valid;
}

function checkTime(ctx: RuleContext, t: A.TimeLit | undefined, isEnd: boolean): boolean {
  if (!t) return false;
  const ok = (t.hour < 24 && t.minute < 60) || (isEnd && t.hour === 24 && t.minute === 0);
  if (!ok) {
    ctx.report({
      span: t.span,
      message:
        t.hour === 24 && t.minute === 0 ? tr('rules.PL004.startAt24') : tr('rules.PL004.notTime', { time: t.text }),
    });
  }
  return ok;
}

export default defineRule({
  id: 'PL004',
  name: 'invalid-value',
  family: 'structure',
  severity: 'error',
  tags: ['structure'],
  options: {},
  alwaysOn: true,
  check(ctx) {
    forEachDescendant(ctx.parsed.file, (n) => {
      switch (n.kind) {
        case 'Percent': {
          const p = n as unknown as A.Percent;
          if (p.value <= 0 || p.value > 100) {
            ctx.report({ span: p.span, message: tr('rules.PL004.percent', { percent: p.text }) });
          }
          break;
        }
        case 'Date': {
          const d = n as unknown as A.DateLit;
          if (!d.valid) ctx.report({ span: d.span, message: tr('rules.PL004.date', { date: d.text }) });
          break;
        }
        case 'Window': {
          const w = n as unknown as A.Window;
          const startOk = checkTime(ctx, w.start, false);
          const endOk = checkTime(ctx, w.end, true);
          if (startOk && endOk && w.start && w.end && w.end.minutes <= w.start.minutes) {
            ctx.report({
              span: w.end.span,
              message: tr('rules.PL004.window', { end: w.end.text, start: w.start.text }),
            });
          }
          break;
        }
        case 'Level': {
          const l = n as unknown as A.Level;
          if (l.number && (l.number.value < 1 || !Number.isInteger(l.number.value))) {
            ctx.report({ span: l.number.span, message: tr('rules.PL004.level', { level: l.number.text }) });
          }
          break;
        }
        case 'Calendar': {
          const c = n as unknown as A.Calendar;
          if (c.timezone && c.timezone.terminated && !validZone(c.timezone.value)) {
            ctx.report({ span: c.timezone.span, message: tr('rules.PL004.timezone', { zone: c.timezone.value }) });
          }
          break;
        }
        default:
          if (LIMITS.has(n.kind)) {
            const d = (n as { duration?: A.Duration }).duration;
            if (d && d.amount === 0) {
              ctx.report({ span: d.span, message: tr('rules.PL004.zeroLimit', { duration: d.text }) });
            }
          }
      }
    });
  },
});
