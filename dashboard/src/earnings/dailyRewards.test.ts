import { describe, expect, it } from 'vitest';
import { dailyBars, dailyRewardsPath, dailyTotalWei, dayAfter, windowLength } from './dailyRewards';
import { dailyRewards } from './earningsFixtures';

describe('dailyRewards', () => {
  it('asks for the last 30 days by default', () => {
    expect(dailyRewardsPath()).toBe('/api/staking/rewards/daily?days=30');
    expect(dailyRewardsPath(7)).toBe('/api/staking/rewards/daily?days=7');
  });

  it('places each day with rewards at its day of the window, oldest first, stacked by kind', () => {
    const bars = dailyBars({ ...dailyRewards, days: [...dailyRewards.days].reverse() });

    expect(windowLength(dailyRewards)).toBe(30);
    expect(bars.map((b) => [b.day, b.slot])).toEqual([
      ['2026-02-11', 0],
      ['2026-03-05', 22],
      ['2026-03-11', 28],
    ]);
    expect(bars[1].segments).toEqual([
      { kind: 'PROOF_OF_DELIVERY', amountWei: '4503599627370496500000001', offset: 0, share: 0.5 },
    ]);
    expect(bars[2].segments.map((s) => s.kind)).toEqual(['PROOF_OF_CAPACITY', 'CHECKER']);
    expect(bars[2].segments[1]).toMatchObject({ amountWei: '2', offset: 0.999999, share: 0 });
  });

  it('counts days across month ends and sums the window exactly', () => {
    expect(dayAfter('2026-02-11', 17)).toBe('2026-02-28');
    expect(dayAfter('2026-02-11', 18)).toBe('2026-03-01');
    expect(windowLength({ ...dailyRewards, from: '2026-03-12', to: '2026-03-12' })).toBe(1);
    expect(dailyTotalWei(dailyRewards)).toBe('13510798882111489500000748');
    expect(dailyTotalWei({ ...dailyRewards, days: [] })).toBe('0');
  });
});
