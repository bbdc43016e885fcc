import { describe, expect, it } from 'vitest';
import { toChecksumAddress, utf8Hex } from './eip55';

describe('toChecksumAddress', () => {
  it('writes the EIP-55 form of a lower-case address, as wallets return them', () => {
    expect(toChecksumAddress('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266')).toBe(
      '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    );
    // EIP-55's own examples
    expect(toChecksumAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe(
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    );
    expect(toChecksumAddress('0xDBF03B407C01E7CD3CBEA99509D93F8DDDC8C6FB')).toBe(
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    );
  });

  it('refuses what is not an address', () => {
    expect(() => toChecksumAddress('0x1234')).toThrow(/not an Ethereum address/);
  });
});

describe('utf8Hex', () => {
  it('hex-encodes UTF-8 bytes for personal_sign', () => {
    expect(utf8Hex('hi\n')).toBe('0x68690a');
  });
});
