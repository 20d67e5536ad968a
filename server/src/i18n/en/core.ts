// Words shared by every area: units, days, the parts of a week.

export default {
  'core.unit.min': '{n} min',
  'core.unit.h': '{n} h',
  'core.unit.d': '{n} d',
  'core.day.short.0': 'Mon',
  'core.day.short.1': 'Tue',
  'core.day.short.2': 'Wed',
  'core.day.short.3': 'Thu',
  'core.day.short.4': 'Fri',
  'core.day.short.5': 'Sat',
  'core.day.short.6': 'Sun',
  'core.wholeWeek': 'the whole week',
} as const;
