import { describe, expect, it } from 'vitest';
import { feeDay, feesAnswer, provisionalAnswer } from './providerFixtures';
import { utcDay, utcDayBefore } from '../common/format';
import { accrualsOfContainer, feesOfContainer, feesOnDay, provisionalOf, sumNetWei } from './providerEarnings';
import type { Rewards } from './stakingTypes';

const A = 'AAAAAAAA-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';

describe('UTC days', () => {
  it('takes the UTC day, not the local one, and counts back whole days', () => {
    const now = new Date('2026-03-01T23:30:00Z');
    expect(utcDay(now)).toBe('2026-03-01');
    expect(utcDayBefore(now, 29)).toBe('2026-01-31');
    expect(utcDay(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
  });
});

describe('provider fees', () => {
  const fees = feesAnswer([
    feeDay('2026-03-01', A.toLowerCase(), '9007199254740993'),
    feeDay('2026-03-01', B, '1'),
    feeDay('2026-02-27', A.toLowerCase(), '-2', { feesWei: '0', refundsWei: '2' }),
    feeDay('2026-02-28', A.toLowerCase(), '5'),
  ]).body;

  it('sums net fees exactly, refunds included, beyond 2^53', () => {
    expect(sumNetWei(feesOnDay(fees, '2026-03-01'))).toBe('9007199254740994');
    expect(sumNetWei([])).toBe('0');
  });

  it("takes one container's days, newest first, whatever the id's casing", () => {
    expect(feesOfContainer(fees, A).map((r) => r.day)).toEqual(['2026-03-01', '2026-02-28', '2026-02-27']);
    expect(sumNetWei(feesOfContainer(fees, A))).toBe('9007199254740996');
  });
});

describe('accrualsOfContainer', () => {
  it("adds the container's capacity and delivery sources over the epochs, ignoring other kinds and containers", () => {
    const rewards: Rewards = {
      account: '0x1',
      epochs: [
        {
          epoch: 3,
          totalWei: '0',
          kinds: [
            { kind: 'PROOF_OF_CAPACITY', amountWei: '0', sources: [{ source: A.toLowerCase(), amountWei: '9007199254740993' }, { source: B, amountWei: '7' }] },
            { kind: 'PROVIDER_FEE', amountWei: '0', sources: [{ source: A.toLowerCase(), amountWei: '100' }] },
          ],
        },
        { epoch: 2, totalWei: '0', kinds: [{ kind: 'PROOF_OF_DELIVERY', amountWei: '0', sources: [{ source: A.toLowerCase(), amountWei: '3' }] }] },
        { epoch: 1, totalWei: '0', kinds: [{ kind: 'STAKER', amountWei: '0', sources: [{ source: A.toLowerCase(), amountWei: '4' }] }] },
      ],
    };
    expect(accrualsOfContainer(rewards, A)).toEqual({ capacityWei: '9007199254740993', deliveryWei: '3', epochs: 2 });
    expect(accrualsOfContainer({ account: '0x1', epochs: [] }, A)).toEqual({ capacityWei: '0', deliveryWei: '0', epochs: 0 });
  });
});

describe('provisionalOf', () => {
  it("finds the container's share of the open epoch, or none", () => {
    const share = { containerId: A.toLowerCase(), capacityUnits: 5, deliveryUnits: 1, capacityWei: '10', deliveryWei: '2' };
    const provisional = provisionalAnswer([share]).body;
    expect(provisionalOf(provisional, A)).toBe(share);
    expect(provisionalOf(provisional, B)).toEqual({ containerId: B, capacityUnits: 0, deliveryUnits: 0, capacityWei: '0', deliveryWei: '0' });
  });
});
