// The data behind `holidays "CC"`: the holiday library's rules per country,
// with the countries a country's rules borrow days from, and the shared
// holiday names. Here it comes from the library's own data; the CLI's bundles
// read the same data split into one file per country
// (scripts/shims/holiday-data.cjs, written by scripts/build.mjs), so that a
// check reads only the countries it names.

import { data } from 'date-holidays/data';

/** What the holiday library's parser reads. */
export interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

const all = data as unknown as HolidayData;

/** The country codes the library knows. */
export function countryCodes(): string[] {
  return Object.keys(all.holidays);
}

/** The countries whose days a country's rules borrow (`_days`), itself first. */
export function countryClosure(source: HolidayData, country: string): string[] {
  const out: string[] = [];
  const pending = [country];
  while (pending.length) {
    const cc = pending.shift()!;
    if (out.includes(cc) || !(cc in source.holidays)) continue;
    out.push(cc);
    const visit = (o: unknown): void => {
      if (!o || typeof o !== 'object') return;
      for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
        if (k === '_days') pending.push(String(Array.isArray(v) ? v[0] : v));
        else visit(v);
      }
    };
    visit(source.holidays[cc]);
  }
  return out;
}

/** The data for one country (with the countries it borrows from), or undefined for an unknown code. */
export function dataFor(country: string): HolidayData | undefined {
  if (!(country in all.holidays)) return undefined;
  const holidays: Record<string, unknown> = {};
  for (const cc of countryClosure(all, country)) holidays[cc] = all.holidays[cc];
  return { version: all.version, license: all.license, holidays, names: all.names };
}
