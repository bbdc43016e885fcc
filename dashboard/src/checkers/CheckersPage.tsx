import { useCallback } from 'react';
import type { ApiClient } from '../api/client';
import { formatAth, formatDateTime, shortAddress } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi, useSession } from '../session/SessionContext';
import { checkerRewardsByLicense, oneFromBan, roleOf, sortLicenses, type License, type Rewards } from './licenses';

export const LICENSES_PATH = '/api/checker/licenses';
export const REWARDS_PATH = '/api/staking/rewards';

interface CheckersData {
  licenses: License[];
  /** License id -> checker rewards in wei; null when the staking API could not be read (the licenses still show). */
  rewards: Map<string, bigint> | null;
}

async function loadCheckers(api: ApiClient, signal: AbortSignal): Promise<CheckersData> {
  const [licenses, rewards] = await Promise.all([
    api.get<License[]>(LICENSES_PATH, signal),
    api.get<Rewards>(REWARDS_PATH, signal).catch((e: unknown) => {
      if (signal.aborted) {
        throw e;
      }
      return null;
    }),
  ]);
  return { licenses: sortLicenses(licenses), rewards: rewards ? checkerRewardsByLicense(rewards) : null };
}

const ROLE_TEXT = { owner: 'you own it', runner: 'you run it', both: 'you own and run it' } as const;

/** The checker licenses the wallet owns or runs: delegation, online state, ban, results and rewards. */
export function CheckersPage() {
  const api = useApi();
  const { session } = useSession();
  const wallet = session?.address ?? '';
  const load = useCallback((signal: AbortSignal) => loadCheckers(api, signal), [api]);
  const { data, error, loading, refresh } = usePolling(load, 'checkers');

  return (
    <section aria-labelledby="checkers-title">
      <PageHead id="checkers-title" title="Checkers" refreshing={Boolean(loading && data)} />
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="your checker licenses" />}
      {data && data.licenses.length === 0 && (
        <Empty>
          This wallet neither owns nor runs a checker license. A license’s owner can delegate it to a burner wallet
          that runs the node agent in checker mode.
        </Empty>
      )}
      {data && data.licenses.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">License</th>
                  <th scope="col">Delegation</th>
                  <th scope="col">Signer now</th>
                  <th scope="col">State</th>
                  <th scope="col">Results</th>
                  <th scope="col" className="num">Incorrect, 7 days</th>
                  <th scope="col">Region</th>
                  <th scope="col">Last poll</th>
                  <th scope="col">Ban</th>
                  <th scope="col" className="num">Rewards, all epochs</th>
                </tr>
              </thead>
              <tbody>
                {data.licenses.map((license) => (
                  <LicenseRow key={license.licenseId} license={license} wallet={wallet} rewards={data.rewards} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">
            Results count the license's reports against the majority's result of each check (missing: a seat it
            held and did not answer). A second incorrect result within 7 days bans the license for 30 days. Rewards
            are the checker rewards the staking ledger booked to this wallet per license; they go to whoever owned
            the license when they accrued.
            {!data.rewards && ' The rewards could not be read just now.'}
          </p>
        </>
      )}
    </section>
  );
}

function LicenseRow({ license, wallet, rewards }: { license: License; wallet: string; rewards: Map<string, bigint> | null }) {
  const role = roleOf(license, wallet);
  const earned = rewards?.get(license.licenseId);
  return (
    <tr>
      <th scope="row">
        #{license.licenseId} <span className="muted small">{ROLE_TEXT[role]}</span>
      </th>
      <td>
        {license.user ? (
          <>
            <span title={license.owner}>{shortAddress(license.owner)}</span> →{' '}
            <span title={license.user}>{shortAddress(license.user)}</span>
            <br />
            <span className="muted small">until {formatDateTime(license.userExpires)}</span>
          </>
        ) : (
          <>
            <span title={license.owner}>{shortAddress(license.owner)}</span>{' '}
            <span className="muted small">runs it, no delegate</span>
          </>
        )}
      </td>
      <td title={license.signer}>{shortAddress(license.signer)}</td>
      <td>
        {!license.active ? (
          <span className="badge badge--retired">burnt</span>
        ) : license.online ? (
          <span className="badge badge--serving">online</span>
        ) : (
          <span className="badge badge--offline">offline</span>
        )}
      </td>
      <LicenseResultsCells license={license} />
      <td>{license.region ?? '—'}</td>
      <td>{formatDateTime(license.lastPolledAt)}</td>
      <td data-testid={`ban-${license.licenseId}`}>
        {license.banned ? (
          <>
            <span className="badge badge--halted">banned</span>{' '}
            <span className="small">until {formatDateTime(license.bannedUntil)}</span>
          </>
        ) : license.bannedUntil ? (
          <span className="muted small">none (last ban ended {formatDateTime(license.bannedUntil)})</span>
        ) : (
          'none'
        )}
      </td>
      <td className="num">
        {rewards === null
          ? 'unavailable'
          : earned !== undefined
            ? formatAth(earned.toString())
            : role === 'runner'
              ? 'paid to the owner'
              : formatAth('0')}
      </td>
    </tr>
  );
}

/** Correct, incorrect and missing results, and the incorrect ones of the last 7 days, warning one short of a ban. */
function LicenseResultsCells({ license }: { license: License }) {
  const results = license.results;
  if (!results) {
    return (
      <>
        <td className="muted" data-testid={`results-${license.licenseId}`}>
          not counted
        </td>
        <td className="num muted" data-testid={`incorrect7d-${license.licenseId}`}>
          —
        </td>
      </>
    );
  }
  return (
    <>
      <td data-testid={`results-${license.licenseId}`}>
        {results.correct} correct · {results.incorrect} incorrect · {results.missing} missing
      </td>
      <td className="num" data-testid={`incorrect7d-${license.licenseId}`}>
        {oneFromBan(results) ? (
          <span className="warn-text" title="One more incorrect result within 7 days bans the license for 30 days">
            <strong>1</strong> <span className="small">· one more: 30-day ban</span>
          </span>
        ) : (
          results.incorrectLast7Days
        )}
      </td>
    </>
  );
}
