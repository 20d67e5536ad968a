// Types the holiday library does not resolve through its package exports:
// the rule parser (its instances have the API of date-holidays' own class, the
// same class given the data by the caller) and the data module.
declare module 'date-holidays-parser' {
  import type Holidays from 'date-holidays';

  const HolidaysParser: new (data: object) => Holidays;
  export default HolidaysParser;
}

// The library's data (every country's rules and the holiday names), untyped.
declare module 'date-holidays/data' {
  export const data: object;
}
