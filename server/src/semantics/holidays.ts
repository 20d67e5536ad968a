// Public holidays of a calendar's `holidays "CC"` (LANGUAGE.md §5), from the
// date-holidays library (its rule parser, with the data of holidayData.ts).
//
// Holidays are whole local days: a holiday the library marks as lasting
// several days yields one entry per day; a half-day public holiday (such as an
// afternoon off) counts as the whole day.

import type Holidays from 'date-holidays';
import HolidaysParser from 'date-holidays-parser';
import { getLocale } from '../i18n';
import { countryCodes, dataFor } from './holidayData';

/** One public holiday: its local date and its name (English where the library has one). */
export interface Holiday {
  /** 'YYYY-MM-DD'. */
  date: string;
  name: string;
}

interface Region {
  country: string;
  state?: string;
}

const DAY_MS = 86_400_000;

let countries: Set<string> | undefined;
const instances = new Map<string, Holidays>();
const byYear = new Map<string, Holiday[]>();

/** 'nl' → NL; 'DE-BY' → DE, state BY. */
function parseRegion(code: string): Region {
  const [country, state] = code.trim().toUpperCase().split('-', 2);
  return state ? { country, state } : { country };
}

function regionKey(r: Region): string {
  return r.state ? `${r.country}-${r.state}` : r.country;
}

function known(r: Region): boolean {
  countries ??= new Set(countryCodes());
  if (!r.country || !countries.has(r.country)) return false;
  if (!r.state) return true;
  return r.state in (new HolidaysParser(dataFor(r.country)!).getStates(r.country) ?? {});
}

/**
 * True when the holiday library knows the country code (ISO 3166-1, any case),
 * or the `COUNTRY-STATE` form such as 'DE-BY'.
 */
export function isKnownCountry(country: string): boolean {
  return known(parseRegion(country));
}

/** Holiday names in the current locale, else in English, else in the country's own language. */
function instanceFor(r: Region): Holidays {
  const locale = getLocale();
  const key = `${regionKey(r)}|${locale}`;
  let h = instances.get(key);
  if (!h) {
    h = new HolidaysParser(dataFor(r.country)!);
    const options = { types: ['public'] as Array<'public'>, languages: locale === 'en' ? ['en'] : [locale, 'en'] };
    if (r.state) h.init(r.country, r.state, options);
    else h.init(r.country, options);
    // Holidays are whole local days, read from their dates; without a time
    // zone the library does not convert each one through moment-timezone
    // (the first conversion alone costs a cold CLI start ~13 ms).
    h.setTimezone(undefined as unknown as string);
    instances.set(key, h);
  }
  return h;
}

/** The consecutive 'YYYY-MM-DD' dates starting at `first`, `count` of them. */
function consecutiveDates(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, k) => new Date(start + k * DAY_MS).toISOString().slice(0, 10));
}

function holidaysOfYear(r: Region, year: number): Holiday[] {
  const key = `${regionKey(r)}|${year}|${getLocale()}`;
  let list = byYear.get(key);
  if (!list) {
    list = instanceFor(r)
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .flatMap((h) => {
        const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
        return consecutiveDates(h.date.slice(0, 10), days).map((date) => ({ date, name: h.name }));
      });
    byYear.set(key, list);
  }
  return list;
}

/**
 * Public holidays (library type 'public' only) of a country ('NL') or a state
 * ('DE-BY') in the years `fromYear`…`toYear` inclusive, sorted by date. A day
 * with two holidays appears twice; a holiday that spills over a year boundary
 * appears once, with only its dates inside the years. Undefined when the
 * library does not know the code. Results are cached per region and year.
 */
export function publicHolidays(country: string, fromYear: number, toYear: number): Holiday[] | undefined {
  const r = parseRegion(country);
  if (!known(r)) return undefined;
  const seen = new Set<string>();
  const out: Holiday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const h of holidaysOfYear(r, year)) {
      const key = `${h.date}|${h.name}`;
      const y = Number(h.date.slice(0, 4));
      if (seen.has(key) || y < fromYear || y > toYear) continue;
      seen.add(key);
      out.push({ ...h });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const setMemo = new Map<string, { holidays: ReadonlySet<string>; holidayNames: ReadonlyMap<string, string> } | undefined>();

/**
 * `publicHolidays` as a set of dates and a map of their names, shared by every
 * calendar that names the same country and years (in the current locale:
 * the names are worded). Undefined for an unknown code.
 */
export function holidaySets(
  country: string,
  fromYear: number,
  toYear: number,
): { holidays: ReadonlySet<string>; holidayNames: ReadonlyMap<string, string> } | undefined {
  const key = `${country}|${fromYear}|${toYear}|${getLocale()}`;
  if (!setMemo.has(key)) {
    const list = publicHolidays(country, fromYear, toYear);
    setMemo.set(key, list && { holidays: new Set(list.map((h) => h.date)), holidayNames: new Map(list.map((h) => [h.date, h.name])) });
  }
  return setMemo.get(key);
}
