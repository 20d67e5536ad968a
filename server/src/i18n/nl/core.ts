import type en from '../en/core';

export default {
  'core.unit.min': '{n} min',
  'core.unit.h': '{n} u',
  'core.unit.d': '{n} d',
  'core.day.short.0': 'ma',
  'core.day.short.1': 'di',
  'core.day.short.2': 'wo',
  'core.day.short.3': 'do',
  'core.day.short.4': 'vr',
  'core.day.short.5': 'za',
  'core.day.short.6': 'zo',
  'core.wholeWeek': 'de hele week',
} satisfies Record<keyof typeof en, string>;
