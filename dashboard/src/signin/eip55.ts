import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** The EIP-55 mixed-case form of an address; the gateway refuses sign-in messages without it. */
export function toChecksumAddress(address: string): string {
  if (!ADDRESS.test(address)) {
    throw new Error(`not an Ethereum address: ${address}`);
  }
  const lower = address.slice(2).toLowerCase();
  const hash = bytesToHex(keccak_256(utf8ToBytes(lower)));
  let out = '0x';
  for (let i = 0; i < lower.length; i++) {
    out += parseInt(hash[i], 16) >= 8 ? lower[i].toUpperCase() : lower[i];
  }
  return out;
}

/** UTF-8 text as the 0x-hex that personal_sign takes. */
export function utf8Hex(text: string): string {
  return `0x${bytesToHex(utf8ToBytes(text))}`;
}
