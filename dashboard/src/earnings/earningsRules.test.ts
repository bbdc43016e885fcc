import { describe, expect, it } from 'vitest';
import { chartBars, epochAt, payoutEpochs, sumWei, totalEarnedWei, vestedPercent } from './earningsRules';
import { claims, currentEpoch, rewards } from './earningsFixtures';

describe('totals', () => {
  it('adds wei exactly, beyond 2^53', () => {
    expect(sumWei(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(totalEarnedWei(rewards)).toBe('13510798882111489500000003');
  });
});

describe('chartBars', () => {
  it('draws epochs oldest first, stacked by kind in a fixed order, as shares of the tallest', () => {
    const bars = chartBars(rewards);

    expect(bars.map((b) => b.epoch)).toEqual([8, 9]);
    expect(bars[0].segments).toEqual([
      { kind: 'PROOF_OF_DELIVERY', amountWei: '4503599627370496500000001', offset: 0, share: 0.5 },
    ]);
    expect(bars[1].segments.map((s) => s.kind)).toEqual(['PROOF_OF_CAPACITY', 'CHECKER']);
    expect(bars[1].segments[0]).toMatchObject({ offset: 0, share: 0.999999 });
    expect(bars[1].segments[1]).toMatchObject({ amountWei: '2', offset: 0.999999, share: 0 });
  });

  it('has no bar without rewards', () => {
    expect(chartBars({ account: 'a', epochs: [] })).toEqual([]);
  });
});

describe('claims and epochs', () => {
  it('tells the vested share of a claim in whole percent', () => {
    expect(vestedPercent(claims[0])).toBe(25);
    expect(vestedPercent({ ...claims[0], payableWei: '3', vestedWei: '2' })).toBe(66);
  });

  it('numbers instants by the current epoch bounds', () => {
    expect(epochAt('2026-03-12T00:01:00Z', currentEpoch)).toBe(10);
    expect(epochAt('2026-03-12T00:00:59Z', currentEpoch)).toBe(9);
    expect(epochAt('2026-02-26T10:00:00Z', currentEpoch)).toBe(8);
  });

  it('asks for the closed epochs from the first releasing claim on, newest first', () => {
    expect(payoutEpochs(claims, currentEpoch)).toEqual([9, 8]);
    expect(payoutEpochs([{ ...claims[0], releasedWei: '0' }], currentEpoch)).toEqual([]);
    expect(payoutEpochs([{ ...claims[0], vestsFrom: '2026-01-01T00:01:00Z' }], currentEpoch)).toHaveLength(10);
  });
});
