/** The injected wallet (MetaMask and others), as EIP-1193 describes it. */
export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
}

/** The wallet the browser injected, if any. */
export function injectedProvider(): Eip1193Provider | null {
  const candidate = (globalThis as { ethereum?: unknown }).ethereum;
  if (candidate && typeof (candidate as Eip1193Provider).request === 'function') {
    return candidate as Eip1193Provider;
  }
  return null;
}

/** EIP-1193's "user rejected the request". */
export function isUserRejection(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 4001;
}
