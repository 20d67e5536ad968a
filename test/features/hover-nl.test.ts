// Hovers in Dutch: one golden of each kind (availability with its downtime
// budget, durations nominal and worst case, a calendar with cover and the
// longest gap over the holidays, keyword explanations, declaration summaries,
// findings). The goldens under test/golden/hover/nl/ are reviewed Dutch text.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hover } from '../../server/src/features/hover';
import { withLocale } from '../../server/src/i18n';
import { analyzeFile, REPO } from '../harness/analyze';
import { expectGolden } from '../harness/golden';
import { offsetOf } from './util';

const FIXTURE = path.join(REPO, 'test/features/hover-nl.pledge');
const GOLDEN = path.join(REPO, 'test/golden/hover/nl');
const text = fs.readFileSync(FIXTURE, 'utf8');
const analysis = withLocale('nl', () => analyzeFile(FIXTURE));

/** The Dutch hover markdown at `inner` inside `context`. */
function dutchHover(context: string, inner?: string): string {
  const h = withLocale('nl', () => hover(analysis, offsetOf(text, context, inner)));
  if (!h) throw new Error(`no hover at \`${inner ?? context}\` in \`${context}\``);
  return h.markdown + '\n';
}

describe('hover in Dutch', () => {
  it.each([
    ['availability-budget', 'availability 99.95% per month', '99.95%'],
    ['availability-during-support', '99% per week during support', '99%'],
    ['duration-business-day', 'respond within 1 business day', '1 business day'],
    ['duration-business-hours', '2 business hours', '2 business hours'],
    ['duration-plain', 'resolve within 4 hours', '4 hours'],
    ['schedule', 'calendar Kantoor Mon-Fri 08:00-18:00', '08:00'],
    ['calendar', 'calendar Kantoor', 'Kantoor'],
    ['keyword-effort', 'as effort', 'effort'],
    ['keyword-clock-diagnosis', 'clock from diagnosis', 'from'],
    ['party', 'party Acme', 'Acme'],
    ['service', 'service Werkplek', 'Werkplek'],
    ['priority', 'priority P1', 'P1'],
    ['obligation', 'obligation Toegang', 'Toegang'],
    ['kpi', 'kpi Oplossnelheid', 'Oplossnelheid'],
    ['contact', 'contact Desk', 'Desk'],
    ['findings', 'clock from diagnosis', 'diagnosis'],
  ])('%s', (name, context, inner) => {
    expectGolden(path.join(GOLDEN, `${name}.md`), dutchHover(context, inner));
  });

  it('leaves the English hover as it was', () => {
    const h = hover(analysis, offsetOf(text, 'availability 99.95% per month', '99.95%'))!;
    expect(h.markdown).toContain('**Availability 99.95% per month**');
    expect(h.markdown).toContain('**21.6 min**');
  });
});
