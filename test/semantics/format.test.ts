import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatHours,
  formatMinutes,
  formatNumber,
  formatPercent,
} from '../../server/src/semantics/format';

describe('formatNumber', () => {
  it.each<[number, number | undefined, string]>([
    [0, undefined, '0'],
    [240, undefined, '240'],
    [43.2, undefined, '43.2'],
    [43.19999999999754, undefined, '43.2'],
    [1.005, undefined, '1.01'],
    [2.5, 0, '3'],
    [12.3456, 3, '12.346'],
    [9999, undefined, '9999'],
    [10000, undefined, '10,000'],
    [10080, undefined, '10,080'],
    [12857.142857, 0, '12,857'],
    [12857.142857, undefined, '12,857.14'],
    [1234567, undefined, '1,234,567'],
    [-3.5, undefined, '-3.5'],
    [-0.001, undefined, '0'],
    [Infinity, undefined, '∞'],
    [-Infinity, undefined, '-∞'],
  ])('%f (max %s decimals) → %s', (n, decimals, expected) => {
    expect(formatNumber(n, decimals)).toBe(expected);
  });
});

describe('formatMinutes', () => {
  it.each<[number, string]>([
    [43.2, '43.2 min'],
    [240, '240 min'],
    [0.5, '0.5 min'],
    [0.25, '0.25 min'],
    [64.285714, '64.3 min'],
    [262.8, '262.8 min'],
    [12857.142857, '12,857.1 min'],
  ])('%f → %s', (min, expected) => {
    expect(formatMinutes(min)).toBe(expected);
  });
});

describe('formatHours', () => {
  it.each<[number, string]>([
    [3720, '62 h'],
    [5160, '86 h'],
    [90, '1.5 h'],
    [100, '1.7 h'],
    [43.2, '0.72 h'],
    [4320, '72 h'],
  ])('%f min → %s', (min, expected) => {
    expect(formatHours(min)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [0, '0 min'],
    [15, '15 min'],
    [43.2, '43.2 min'],
    [60, '1 h'],
    [240, '4 h'],
    [270, '4 h 30 min'],
    [259.2, '4 h 19.2 min'],
    [1440, '1 d'],
    [1470, '1 d 30 min'],
    [3720, '2 d 14 h'],
    [4320, '3 d'],
    [10080, '7 d'],
    [-90, '-1 h 30 min'],
    [Infinity, '∞'],
  ])('%f min → %s', (min, expected) => {
    expect(formatDuration(min)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number, string]>([
    [99.9, '99.9%'],
    [99.95, '99.95%'],
    [99.999, '99.999%'],
    [100, '100%'],
    [5, '5%'],
    [100 - 0.05, '99.95%'],
  ])('%f → %s', (p, expected) => {
    expect(formatPercent(p)).toBe(expected);
  });
});
