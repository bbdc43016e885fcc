/** checker-service's license view (`GET /licenses`); license ids are decimal strings. */
export interface License {
  licenseId: string;
  owner: string;
  /** The delegate (burner wallet) that counts now; null when the owner runs the license itself. */
  user: string | null;
  userExpires: string | null;
  /** The wallet whose reports count for the license now. */
  signer: string;
  /** False once the license is burnt. */
  active: boolean;
  region: string | null;
  online: boolean;
  lastPolledAt: string | null;
  /** End of the latest ban, past or running. */
  bannedUntil: string | null;
  banned: boolean;
  /** The license's reports against the majority's results; absent from a checker-service that does not count them. */
  results?: LicenseResults | null;
}

export interface LicenseResults {
  correct: number;
  incorrect: number;
  missing: number;
  incorrectLast7Days: number;
}

/**
 * The second incorrect result within 7 days bans a license for 30 days, so one incorrect result in the last 7 days
 * is the moment to warn (none: nothing to say; two or more: the ban itself shows).
 */
export function oneFromBan(results: LicenseResults): boolean {
  return results.incorrectLast7Days === 1;
}

/** staking-service's `GET /rewards`: the caller's accruals per epoch and kind, each with its sources. */
export interface Rewards {
  account: string;
  epochs: Array<{
    epoch: number;
    totalWei: string;
    kinds: Array<{ kind: string; amountWei: string; sources: Array<{ source: string; amountWei: string }> }>;
  }>;
}

export type Role = 'owner' | 'runner' | 'both';

/** How the wallet holds the license: it owns it, it is the delegate that runs it, or both (the owner runs it). */
export function roleOf(license: License, wallet: string): Role {
  const address = wallet.toLowerCase();
  const owns = license.owner.toLowerCase() === address;
  const runs = license.signer.toLowerCase() === address;
  return owns && runs ? 'both' : owns ? 'owner' : 'runner';
}

/**
 * Checker rewards per license over every epoch, in wei (BigInt, exact). The staking ledger books each license's
 * accrual to the license's owner with the license id as the source, so only the owner's own rewards show here.
 */
export function checkerRewardsByLicense(rewards: Rewards): Map<string, bigint> {
  const byLicense = new Map<string, bigint>();
  for (const epoch of rewards.epochs) {
    for (const kind of epoch.kinds) {
      if (kind.kind !== 'CHECKER') {
        continue;
      }
      for (const source of kind.sources) {
        byLicense.set(source.source, (byLicense.get(source.source) ?? 0n) + BigInt(source.amountWei));
      }
    }
  }
  return byLicense;
}

/** Licenses by id, numerically (ids are decimal strings of any length). */
export function sortLicenses(licenses: readonly License[]): License[] {
  return [...licenses].sort((a, b) => {
    const left = BigInt(a.licenseId);
    const right = BigInt(b.licenseId);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
