import { injectedProvider, isUserRejection } from '../signin/eip1193';
import { encodeClaim, type Distributor } from './distributorClaim';
import type { EpochProof } from './stakingTypes';

export type ClaimSent = { ok: true; txHash: string } | { ok: false; message: string };

/**
 * Asks the injected wallet to send the claim: its account pays the gas, the distributor pays {@code proof.account}.
 * The wallet must be on the distributor's chain, or the transaction would go to an address that holds nothing.
 */
export async function sendClaim(proof: EpochProof, distributor: Distributor): Promise<ClaimSent> {
  const wallet = injectedProvider();
  if (!wallet) {
    return { ok: false, message: 'No browser wallet found: install one (e.g. MetaMask) to claim on chain.' };
  }
  try {
    const accounts = (await wallet.request({ method: 'eth_requestAccounts' })) as string[];
    const chainId = Number(BigInt((await wallet.request({ method: 'eth_chainId' })) as string));
    if (chainId !== distributor.chainId) {
      return {
        ok: false,
        message: `Your wallet is on chain ${chainId}; switch it to chain ${distributor.chainId}, where the reward distributor is.`,
      };
    }
    const txHash = (await wallet.request({
      method: 'eth_sendTransaction',
      params: [{ from: accounts[0], to: distributor.address, data: encodeClaim(proof) }],
    })) as string;
    return { ok: true, txHash };
  } catch (e) {
    if (isUserRejection(e)) {
      return { ok: false, message: 'You declined the transaction in your wallet.' };
    }
    const message = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
    return { ok: false, message: `The wallet could not send the claim: ${message}` };
  }
}
