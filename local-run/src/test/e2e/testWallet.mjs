// A wallet for the browser that signs in node, not in the page: the page only sees an EIP-1193
// provider, as it would see MetaMask, and the key never enters the browser.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

const encoder = new TextEncoder();

/** The lower-case address of a hex private key (keccak of the uncompressed public key, last 20 bytes). */
export function addressOf(privateKeyHex) {
  const publicKey = secp256k1.getPublicKey(hexToBytes(strip0x(privateKeyHex)), false);
  return '0x' + bytesToHex(keccak_256(publicKey.subarray(1)).subarray(12));
}

/** EIP-191 personal_sign of a 0x-hex message: 65 bytes r ‖ s ‖ v with v 27 or 28, as wallets answer. */
export function personalSign(privateKeyHex, messageHex) {
  const message = hexToBytes(strip0x(messageHex));
  const prefix = encoder.encode(`\x19Ethereum Signed Message:\n${message.length}`);
  const digest = keccak_256(concat(prefix, message));
  const recovered = secp256k1.sign(digest, hexToBytes(strip0x(privateKeyHex)), { prehash: false, format: 'recovered' });
  // noble puts the recovery bit first; Ethereum puts it last, offset by 27.
  return '0x' + bytesToHex(recovered.subarray(1)) + (27 + recovered[0]).toString(16);
}

/**
 * Gives every document of the page a `window.ethereum` holding this key's account on the given chain.
 * personal_sign calls back into node, which signs; every other method a dapp may try is refused
 * with EIP-1193's 4200 (unsupported method), so an unexpected call shows up as a failed sign-in.
 *
 * @returns the messages signed so far, decoded, for the test's summary
 */
export async function injectWallet(page, { privateKey, chainId }) {
  const address = addressOf(privateKey);
  const signed = [];
  await page.exposeFunction('__athgridTestWalletSign', (messageHex, account) => {
    if (String(account).toLowerCase() !== address) {
      throw new Error(`personal_sign for ${account}, but this wallet holds ${address}`);
    }
    signed.push(new TextDecoder().decode(hexToBytes(strip0x(messageHex))));
    return personalSign(privateKey, messageHex);
  });
  await page.addInitScript(
    ({ account, chainIdHex }) => {
      const answers = {
        eth_requestAccounts: async () => [account],
        eth_accounts: async () => [account],
        eth_chainId: async () => chainIdHex,
        personal_sign: async (params) => window.__athgridTestWalletSign(params[0], params[1]),
      };
      window.ethereum = {
        isAthgridTestWallet: true,
        async request({ method, params = [] }) {
          const answer = answers[method];
          if (!answer) {
            throw Object.assign(new Error(`The test wallet does not support ${method}`), { code: 4200 });
          }
          return answer(params);
        },
      };
    },
    { account: address, chainIdHex: '0x' + chainId.toString(16) },
  );
  return { address, signed };
}

function strip0x(hex) {
  return hex.startsWith('0x') ? hex.slice(2) : hex;
}

function concat(a, b) {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
