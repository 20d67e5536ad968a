// Literal values of the AST (LANGUAGE.md §2), read from single tokens.
//
// Recovery may leave a token out, or put in one that is not in the text
// (Chevrotain's single-token insertion); such a token stands for nothing, so
// every helper here takes `undefined` or an inserted token and gives
// `undefined`.

import type { IToken } from 'chevrotain';
import type * as A from './ast';
import { DAYS } from './ast';

/** The token when it is really in the text (not inserted by recovery). */
export function real(t: IToken | undefined): IToken | undefined {
  return t === undefined || t.isInsertedInRecovery || Number.isNaN(t.startOffset) ? undefined : t;
}

/** Offset just past a token: the lexer records only where tokens start. */
export function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

export function tokenSpan(t: IToken): A.Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

export function name(t: IToken | undefined): A.Name | undefined {
  const r = real(t);
  return r && { kind: 'Name', text: r.image, span: tokenSpan(r) };
}

/** The text of a string literal: only `\"` and `\\` are escapes (LANGUAGE.md §2). */
export function unquote(image: string, terminated: boolean): string {
  const body = terminated ? image.slice(1, -1) : image.slice(1);
  return body.includes('\\') ? body.replace(/\\(["\\])/g, '$1') : body;
}

export function str(t: IToken | undefined): A.Str | undefined {
  const r = real(t);
  if (!r) return undefined;
  const terminated = r.tokenType.name !== 'UnterminatedString';
  return { kind: 'Str', value: unquote(r.image, terminated), terminated, span: tokenSpan(r) };
}

export function numberLit(t: IToken | undefined): A.NumberLit | undefined {
  const r = real(t);
  return r && { kind: 'Number', value: Number(r.image), text: r.image, span: tokenSpan(r) };
}

export function percent(t: IToken | undefined): A.Percent | undefined {
  const r = real(t);
  return r && { kind: 'Percent', value: Number(r.image.slice(0, -1)), text: r.image, span: tokenSpan(r) };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function date(t: IToken | undefined): A.DateLit | undefined {
  const r = real(t);
  if (!r) return undefined;
  const [y, m, d] = r.image.split('-').map(Number) as [number, number, number];
  return { kind: 'Date', text: r.image, year: y, month: m, day: d, valid: isRealDate(y, m, d), span: tokenSpan(r) };
}

export function time(t: IToken | undefined): A.TimeLit | undefined {
  const r = real(t);
  if (!r) return undefined;
  const [h, m] = r.image.split(':').map(Number) as [number, number];
  return { kind: 'Time', text: r.image, hour: h, minute: m, minutes: h * 60 + m, span: tokenSpan(r) };
}

export function day(t: IToken | undefined): A.Day | undefined {
  const r = real(t);
  if (!r) return undefined;
  const d = r.image as A.DayName;
  return { kind: 'Day', day: d, index: DAYS.indexOf(d), span: tokenSpan(r) };
}

export function word<W extends string>(t: IToken | undefined): A.Word<W> | undefined {
  const r = real(t);
  return r && { kind: 'Word', value: r.image as W, span: tokenSpan(r) };
}

export function period(t: IToken | undefined): A.Period | undefined {
  const r = real(t);
  return r && { kind: 'Period', value: r.image as A.PeriodName, span: tokenSpan(r) };
}

const UNIT_OF: Record<string, A.Unit> = {
  minute: 'minute',
  minutes: 'minute',
  min: 'minute',
  m: 'minute',
  hour: 'hour',
  hours: 'hour',
  h: 'hour',
  day: 'day',
  days: 'day',
  d: 'day',
  week: 'week',
  weeks: 'week',
  w: 'week',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
};

/** `4h`, `90min`, `1.5d`: the digits, then the unit letters. */
export function shortDuration(t: IToken | undefined): A.Duration | undefined {
  const r = real(t);
  if (!r) return undefined;
  const image = r.image;
  let split = 0;
  while (split < image.length && image.charCodeAt(split) < 97) split++;
  return {
    kind: 'Duration',
    amount: Number(image.slice(0, split)),
    unit: UNIT_OF[image.slice(split)]!,
    business: false,
    text: image,
    span: tokenSpan(r),
  };
}

/** `4 business hours`, `30 days`; `span` covers the words read. */
export function longDuration(amount: IToken | undefined, business: IToken | undefined, unit: IToken | undefined, span: A.Span): A.Duration | undefined {
  const a = real(amount);
  const u = real(unit);
  if (!a || !u) return undefined;
  const isBusiness = real(business) !== undefined;
  return {
    kind: 'Duration',
    amount: Number(a.image),
    unit: UNIT_OF[u.image]!,
    business: isBusiness,
    text: `${a.image} ${isBusiness ? 'business ' : ''}${u.image}`,
    span,
  };
}
