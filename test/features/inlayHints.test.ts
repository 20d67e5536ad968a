import { describe, it, expect } from 'vitest';
import { inlayHints } from '../../server/src/features/inlayHints';
import { analyzeFixture, offsetOf } from './util';

const office = analyzeFixture('office.pledge');
const text = office.text;
const end = (context: string, inner: string) => offsetOf(text, context, inner) + inner.length;

describe('inlay hints', () => {
  it('puts the downtime budget after the availability period', () => {
    const hints = inlayHints(office);
    expect(hints).toContainEqual({
      offset: end('99.9% per month', 'month'),
      label: '≈ 43.2 min/month',
      tooltip: '99.9% per month allows 43.2 min of downtime per month',
    });
    expect(hints).toContainEqual(expect.objectContaining({ offset: end('99% per week', 'week'), label: '≈ 30 min/week' }));
  });

  it('puts the nominal length after a business duration, with the worst case in the tooltip', () => {
    const hints = inlayHints(office);
    expect(hints).toContainEqual({
      offset: end('respond within 1 business day', 'day'),
      label: '= 600 min',
      tooltip: '1 business day = 600 min of support time; worst case 72 h on the clock',
    });
    expect(hints).toContainEqual(expect.objectContaining({ offset: end('2 business hours', 'hours'), label: '= 120 min' }));
  });

  it('keeps to budgets and business durations inside services', () => {
    const hints = inlayHints(office);
    // Mail's budget, Chat's budget, P1's business day, P2's business hours.
    expect(hints.map((h) => h.label)).toEqual(['≈ 43.2 min/month', '= 600 min', '= 120 min', '≈ 30 min/week']);
    expect(hints.map((h) => h.offset)).toEqual([...hints.map((h) => h.offset)].sort((a, b) => a - b));
  });

  it('gives no tooltip when the worst case equals the nominal length', () => {
    const t = 'party A\nparty B\nagreement "X" { provider A customer B service S { support 24x7 priority P1 { resolve within 2 business days } } }\n';
    const hints = inlayHints(analyzeFixture('always.pledge', t));
    expect(hints).toEqual([{ offset: offsetOf(t, '2 business days') + '2 business days'.length, label: '= 2880 min', tooltip: undefined }]);
  });

  it('returns only the hints inside the range', () => {
    const from = offsetOf(text, 'priority P1');
    const to = offsetOf(text, 'priority P2');
    expect(inlayHints(office, { start: from, end: to }).map((h) => h.label)).toEqual(['= 600 min']);
  });
});
