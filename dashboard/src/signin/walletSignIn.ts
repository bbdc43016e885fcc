import type { ApiClient } from '../api/client';
import type { NonceAnswer, SessionAnswer } from '../api/types';
import { sessionOf, type Session } from '../session/session';
import { isUserRejection, type Eip1193Provider } from './eip1193';
import { toChecksumAddress, utf8Hex } from './eip55';
import { SIGN_IN_STATEMENT, siweMessage } from './siweMessage';

/** Names of the chains athgrid settles on, for messages; the gateway says which ones it accepts. */
const CHAIN_NAMES: ReadonlyMap<number, string> = new Map([
  [42161, 'Arbitrum One'],
  [421614, 'Arbitrum Sepolia'],
]);

export function chainName(chainId: number): string {
  return CHAIN_NAMES.get(chainId) ?? `chain ${chainId}`;
}

/** A sign-in that did not happen, with a sentence for the user. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

export interface SignInContext {
  provider: Eip1193Provider;
  api: ApiClient;
  /** This page's host and origin: what the gateway expects the message to name. */
  location: { host: string; origin: string };
  now?: () => Date;
}

/** Sign-In with Ethereum: nonce from the gateway, EIP-4361 message signed by the wallet, session token back. */
export async function signInWithWallet({ provider, api, location, now = () => new Date() }: SignInContext): Promise<Session> {
  const accounts = await ask<string[]>(provider, 'eth_requestAccounts');
  if (!Array.isArray(accounts) || accounts.length === 0) {
    throw new SignInError('Your wallet shared no account. Unlock it, choose an account and try again.');
  }
  const address = toChecksumAddress(accounts[0]);
  const chainId = Number.parseInt(await ask<string>(provider, 'eth_chainId'), 16);
  const { nonce, chainIds } = await api.get<NonceAnswer>('/api/identity/siwe/nonce');
  // Refused before the wallet is asked to sign: a message naming another chain would only be refused after.
  if (!chainIds.includes(chainId)) {
    const names = chainIds.map(chainName).join(' or ');
    throw new SignInError(`Your wallet is on ${chainName(chainId)}, which athgrid does not accept; switch it to ${names} and try again.`);
  }
  const message = siweMessage({
    domain: location.host,
    address,
    statement: SIGN_IN_STATEMENT,
    uri: location.origin,
    chainId,
    nonce,
    issuedAt: now(),
  });
  const signature = await ask<string>(provider, 'personal_sign', [utf8Hex(message), address]);
  return sessionOf(await api.post<SessionAnswer>('/api/identity/siwe/login', { message, signature }));
}

async function ask<T>(provider: Eip1193Provider, method: string, params?: unknown[]): Promise<T> {
  try {
    return (await provider.request(params ? { method, params } : { method })) as T;
  } catch (e) {
    if (isUserRejection(e)) {
      throw new SignInError('The request was declined in your wallet. Nothing was signed.');
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new SignInError(`Your wallet could not answer (${method}): ${detail}`);
  }
}
