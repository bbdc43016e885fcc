import { describe, expect, it } from 'vitest';
import { checkerRewardsByLicense, oneFromBan, roleOf, sortLicenses, type License } from './licenses';

const OWNER = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';
const BURNER = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8';

function license(overrides: Partial<License>): License {
  return {
    licenseId: '1',
    owner: OWNER,
    user: null,
    userExpires: null,
    signer: OWNER,
    active: true,
    region: 'eu-west',
    online: true,
    lastPolledAt: null,
    bannedUntil: null,
    banned: false,
    ...overrides,
  };
}

describe('licenses', () => {
  it('tells whether the wallet owns, runs or owns and runs a license, whatever the casing', () => {
    const delegated = license({ user: BURNER, signer: BURNER });
    expect(roleOf(delegated, OWNER.toUpperCase().replace('0X', '0x'))).toBe('owner');
    expect(roleOf(delegated, BURNER)).toBe('runner');
    expect(roleOf(license({}), OWNER)).toBe('both');
  });

  it('sums checker rewards per license over every epoch, exactly, ignoring other kinds', () => {
    const rewards = checkerRewardsByLicense({
      account: OWNER,
      epochs: [
        {
          epoch: 2,
          totalWei: '0',
          kinds: [
            { kind: 'CHECKER', amountWei: '0', sources: [{ source: '7', amountWei: '2876712328767123287671233' }] },
            { kind: 'STAKER_AI', amountWei: '5', sources: [{ source: '7', amountWei: '5' }] },
          ],
        },
        { epoch: 1, totalWei: '0', kinds: [{ kind: 'CHECKER', amountWei: '0', sources: [{ source: '7', amountWei: '1' }] }] },
      ],
    });
    expect(rewards.get('7')).toBe(2876712328767123287671234n);
    expect(rewards.size).toBe(1);
  });

  it('warns one incorrect result short of a ban, and only then', () => {
    const results = (incorrectLast7Days: number) => ({ correct: 5, incorrect: 3, missing: 0, incorrectLast7Days });
    expect(oneFromBan(results(0))).toBe(false);
    expect(oneFromBan(results(1))).toBe(true);
    expect(oneFromBan(results(2))).toBe(false);
  });

  it('orders licenses by id as numbers', () => {
    const ids = sortLicenses([license({ licenseId: '10' }), license({ licenseId: '9' }), license({ licenseId: '100' })]);
    expect(ids.map((l) => l.licenseId)).toEqual(['9', '10', '100']);
  });
});
