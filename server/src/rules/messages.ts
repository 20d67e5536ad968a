// Pieces of rule messages shared by several rules: the words for periods,
// roles and unnamed things, and how an availability promise reads. Every text
// comes from the `rules` area of the message catalogues.

import type * as A from '../syntax/ast';
import { t } from '../i18n/index';
import { formatMinutes } from '../semantics/format';

/** "month", Dutch "maand": a period as a word in the current locale. */
export function periodWord(period: A.PeriodName | undefined): string {
  return period ? t('rules.period', { period }) : '?';
}

/**
 * `yes` when the first number in `text`, read aloud in English, starts with a
 * vowel sound (8, 11, 18, 80 …: "an 86 h gap"); `no` otherwise. Messages that
 * put an article before a number take it as their `vowel` parameter, and each
 * language words its own article.
 */
export function vowelSound(text: string): 'yes' | 'no' {
  const number = /\d[\d.,]*/.exec(text)?.[0] ?? '';
  return /^(8|1[18](?!\d))/.test(number) ? 'yes' : 'no';
}

/** A duration as written with its nominal minutes: "4 hours (240 min)" (Dutch quotes the written text). */
export function describeDuration(d: A.Duration, minutes: number): string {
  return t('rules.common.durationAsWritten', { text: d.text, minutes: formatMinutes(minutes) });
}

/** "the provider `Acme`", Dutch "leverancier `Acme`". */
export function roleText(role: 'provider' | 'customer', name: string): string {
  return t('rules.common.role', { role, name });
}

/** `yes` or `no`, for the `select` of a message. */
export function yesNo(value: unknown): 'yes' | 'no' {
  return value ? 'yes' : 'no';
}
