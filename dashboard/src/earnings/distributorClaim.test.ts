import { describe, expect, it } from 'vitest';
import { CLAIM_SELECTOR, encodeClaim } from './distributorClaim';
import { ACCOUNT, proof } from './earningsFixtures';

describe('encodeClaim', () => {
  it('has the selector the compiled RewardDistributor dispatches on', () => {
    // 0x5d4df3bf is pushed (PUSH4) in contracts/target/solidity/RewardDistributor.bin's dispatcher.
    expect(CLAIM_SELECTOR).toBe('0x5d4df3bf');
  });

  it('ABI-encodes epoch, index, account, amount and the dynamic proof', () => {
    const data = encodeClaim(proof(7));
    const words = data.slice(10).match(/.{64}/g);

    expect(data.slice(0, 10)).toBe('0x5d4df3bf');
    expect(words).toEqual([
      '7'.padStart(64, '0'),
      '2'.padStart(64, '0'),
      ACCOUNT.slice(2).padStart(64, '0'),
      (1_500_000_000_000_000_000n).toString(16).padStart(64, '0'),
      'a0'.padStart(64, '0'),
      '2'.padStart(64, '0'),
      '11'.repeat(32),
      '22'.repeat(32),
    ]);
    expect(data.length).toBe(2 + 8 + 8 * 64);
  });

  it('encodes an amount beyond 2^53 exactly and refuses malformed values', () => {
    const big = encodeClaim(proof(0, { amountWei: '123456789012345678901234567', proof: [] }));
    expect(BigInt(`0x${big.slice(10 + 3 * 64, 10 + 4 * 64)}`)).toBe(123456789012345678901234567n);

    expect(() => encodeClaim(proof(0, { account: '0x1234' }))).toThrow(/not an address/);
    expect(() => encodeClaim(proof(0, { proof: ['0x12'] }))).toThrow(/32 bytes/);
  });
});
