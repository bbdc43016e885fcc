import { describe, expect, it } from 'vitest';
import { compareDecimal, formatAth, formatTokenExact, humanize } from './format';

describe('formatAth', () => {
  it('shows wei as ATH exactly, beyond what a double holds', () => {
    expect(formatAth('1000000000000000000000')).toBe('1,000.00 ATH');
    expect(formatAth('123456789012345678901234567')).toBe('123,456,789.01 ATH');
    expect(formatAth('1', 18)).toBe('0.000000000000000001 ATH');
    expect(formatAth('not a number')).toBe('—');
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
