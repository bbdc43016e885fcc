import { describe, expect, it } from 'vitest';
import { compareDecimal, formatAth, formatBasisPoints, formatDuration, formatTokenExact, humanize } from './format';

describe('formatAth', () => {
  it('shows wei as ATH exactly, beyond what a double holds', () => {
    expect(formatAth('1000000000000000000000')).toBe('1,000.00 ATH');
    expect(formatAth('123456789012345678901234567')).toBe('123,456,789.01 ATH');
    expect(formatAth('1', 18)).toBe('0.000000000000000001 ATH');
    expect(formatAth('not a number')).toBe('—');
  });

  it('cuts decimals off rather than rounding, and names the unit given', () => {
    expect(formatAth('1999999999999999999', 2, 'vATH')).toBe('1.99 vATH');
    expect(formatAth('-2500000000000000000')).toBe('-2.50 ATH');
  });
});

describe('formatBasisPoints', () => {
  it('shows basis points as a percent with two decimals', () => {
    expect(formatBasisPoints(4285)).toBe('42.85 %');
    expect(formatBasisPoints(5)).toBe('0.05 %');
    expect(formatBasisPoints(10_000)).toBe('100.00 %');
  });
});

describe('formatTokenExact', () => {
  it('keeps every significant decimal of the 18, and at least two', () => {
    expect(formatTokenExact('333333333333333333333')).toBe('333.333333333333333333 ATH');
    expect(formatTokenExact('1000000000000000000000')).toBe('1,000.00 ATH');
    expect(formatTokenExact('1500000000000000000', 'vATH')).toBe('1.50 vATH');
    expect(formatTokenExact('1')).toBe('0.000000000000000001 ATH');
    expect(formatTokenExact('123456789012345678901234567')).toBe('123,456,789.012345678901234567 ATH');
    expect(formatTokenExact('0x')).toBe('—');
  });
});

describe('compareDecimal', () => {
  it('compares decimal text by value', () => {
    expect(compareDecimal('10.25', '2.5')).toBe(1);
    expect(compareDecimal(2.45, '2.450')).toBe(0);
    expect(compareDecimal('-1', '0.1')).toBe(-1);
  });
});

describe('humanize', () => {
  it('turns constants into words', () => {
    expect(humanize('WAITING_FOR_STAKE')).toBe('Waiting for stake');
  });
});

describe('formatDuration', () => {
  it('gives a check window its length in seconds, minutes or hours', () => {
    expect(formatDuration('2026-11-24T10:00:00Z', '2026-11-24T10:01:00Z')).toBe('60 s');
    expect(formatDuration('2026-11-24T10:00:00Z', '2026-11-24T10:05:00Z')).toBe('5 min');
    expect(formatDuration('2026-11-24T10:00:00Z', '2026-11-24T16:00:00Z')).toBe('6 h');
    expect(formatDuration('2026-11-24T10:00:00Z', 'never')).toBe('—');
  });
});
