import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { EpochProof } from './stakingTypes';

const SIGNATURE = 'claim(uint256,uint256,address,uint256,bytes32[])';

/** The function selector: the first 4 bytes of keccak-256 of the signature (0x5d4df3bf). */
export const CLAIM_SELECTOR = `0x${bytesToHex(keccak_256(utf8ToBytes(SIGNATURE))).slice(0, 8)}`;

function word(value: bigint): string {
  if (value < 0n || value >= 1n << 256n) {
    throw new Error(`${value} does not fit a uint256`);
  }
  return value.toString(16).padStart(64, '0');
}

function addressWord(address: string): string {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) {
    throw new Error(`${address} is not an address`);
  }
  return address.slice(2).toLowerCase().padStart(64, '0');
}

function bytes32Word(hash: string): string {
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash)) {
    throw new Error(`${hash} is not 32 bytes of hex`);
  }
  return hash.slice(2).toLowerCase();
}

/**
 * The calldata of {@code RewardDistributor.claim(epoch, index, account, amount, proof)}, ABI-encoded: four static
 * words, the offset of the dynamic proof (5 words = 0xa0), then its length and its elements.
 */
export function encodeClaim(proof: EpochProof): string {
  const head = [
    word(BigInt(proof.epoch)),
    word(BigInt(proof.index)),
    addressWord(proof.account),
    word(BigInt(proof.amountWei)),
    word(5n * 32n),
  ];
  const tail = [word(BigInt(proof.proof.length)), ...proof.proof.map(bytes32Word)];
  return CLAIM_SELECTOR + head.join('') + tail.join('');
}

export interface Distributor {
  address: string;
  chainId: number;
}

/**
 * The RewardDistributor this build sends claims to when staking-service does not name one (`GET
 * /api/staking/contracts`): given at build time (`VITE_REWARD_DISTRIBUTOR`, `VITE_REWARD_CHAIN_ID`); without
 * either, the page offers no button and shows the proof for sending by other means.
 */
export function configuredDistributor(): Distributor | null {
  const address = String(import.meta.env.VITE_REWARD_DISTRIBUTOR ?? '').trim();
  const chainId = Number(String(import.meta.env.VITE_REWARD_CHAIN_ID ?? '').trim());
  if (!/^0x[0-9a-fA-F]{40}$/.test(address) || !Number.isSafeInteger(chainId) || chainId <= 0) {
    return null;
  }
  return { address, chainId };
}
