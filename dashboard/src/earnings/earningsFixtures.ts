import { OWNER } from '../testing/fakes';
import type { Balance, Claim, CurrentEpoch, DailyRewards, EpochProof, Rewards } from './stakingTypes';

export const ACCOUNT = OWNER.toLowerCase();

export const balance: Balance = {
  account: ACCOUNT,
  vestingWei: '700000000000000000001',
  availableWei: '45123456789012345678',
  claimingWei: '30000000000000000000',
  paidWei: '2500000000000000000',
  awaitingSettlementWei: '0',
  claimableOnChainWei: '1500000000000000000',
  claimedOnChainWei: '1000000000000000000',
  vestingByOrigin: { PROOF_OF_CAPACITY: '700000000000000000001' },
  availableByOrigin: { PROOF_OF_CAPACITY: '45123456789012345678' },
};

/** Newest first, as the API answers; epoch 9's total is beyond what a double holds exactly. */
export const rewards: Rewards = {
  account: ACCOUNT,
  epochs: [
    {
      epoch: 9,
      totalWei: '9007199254740993000000002',
      kinds: [
        { kind: 'CHECKER', amountWei: '2', sources: [{ source: '11', amountWei: '2' }] },
        { kind: 'PROOF_OF_CAPACITY', amountWei: '9007199254740993000000000', sources: [] },
      ],
    },
    {
      epoch: 8,
      totalWei: '4503599627370496500000001',
      kinds: [{ kind: 'PROOF_OF_DELIVERY', amountWei: '4503599627370496500000001', sources: [] }],
    },
  ],
};

/**
 * The last 30 UTC days up to 2026-03-12 (epoch 10's first day): three with rewards, the first, 2026-03-05 and
 * yesterday; yesterday's total is beyond what a double holds exactly, 2026-03-05's half of it.
 */
export const dailyRewards: DailyRewards = {
  account: ACCOUNT,
  from: '2026-02-11',
  to: '2026-03-12',
  days: [
    { day: '2026-02-11', totalWei: '745', kinds: [{ kind: 'PROVIDER_FEE', amountWei: '745' }] },
    { day: '2026-03-05', totalWei: '4503599627370496500000001', kinds: [{ kind: 'PROOF_OF_DELIVERY', amountWei: '4503599627370496500000001' }] },
    {
      day: '2026-03-11',
      totalWei: '9007199254740993000000002',
      kinds: [
        { kind: 'CHECKER', amountWei: '2' },
        { kind: 'PROOF_OF_CAPACITY', amountWei: '9007199254740993000000000' },
      ],
    },
  ],
};

export const claims: Claim[] = [
  {
    claimId: 'c1',
    account: ACCOUNT,
    option: 'QUICK_30_DAYS',
    amountWei: '40000000000000000000',
    payableWei: '10000000000000000000',
    returnedWei: '30000000000000000000',
    vestedWei: '2500000000000000000',
    releasedWei: '2500000000000000000',
    createdAt: '2026-02-26T10:00:00Z',
    vestsFrom: '2026-02-26T10:00:00Z',
    vestsUntil: '2026-03-28T10:00:00Z',
  },
];

/** Epoch 10 runs from Thursday 2026-03-12 00:01 UTC (genesis 2026-01-01, weekly); 9 closed last. */
export const currentEpoch: CurrentEpoch = {
  epoch: 10,
  startsAt: '2026-03-12T00:01:00Z',
  endsAt: '2026-03-18T23:59:00Z',
  nextStartsAt: '2026-03-19T00:01:00Z',
  closesAt: '2026-03-19T00:11:00Z',
  started: true,
  lastClosedEpoch: 9,
};

export function proof(epoch: number, overrides: Partial<EpochProof> = {}): EpochProof {
  return {
    epoch,
    index: 2,
    account: ACCOUNT,
    amountWei: '1500000000000000000',
    proof: [`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`],
    root: `0x${'a7'.repeat(32)}`,
    status: 'SETTLED',
    claimable: true,
    ...overrides,
  };
}
