import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/client';
import { formatUsd, humanize } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi, useSession } from '../session/SessionContext';
import {
  demandRows,
  hint,
  lowestPrices,
  missedDemandPath,
  PERIODS,
  REASONS,
  totals,
  type Market,
  type MissedDemandReport,
  type PeriodDays,
} from './missedDemand';

export const MARKET_PATH = '/api/indexer/market';

interface DemandData {
  report: MissedDemandReport;
  /** GPU model -> lowest market price; null when the market could not be read (the report still shows). */
  lowest: Map<string, string> | null;
}

async function loadDemand(api: ApiClient, owner: string, days: PeriodDays, signal: AbortSignal): Promise<DemandData> {
  const [report, market] = await Promise.all([
    api.get<MissedDemandReport>(missedDemandPath(owner, days, new Date()), signal),
    api.get<Market>(MARKET_PATH, signal).catch((e: unknown) => {
      if (signal.aborted) {
        throw e;
      }
      return null;
    }),
  ]);
  return { report, lowest: market ? lowestPrices(market) : null };
}

/** Customer requests the wallet's containers were left out of, by GPU model and region, with what to change. */
export function MissedDemandPage() {
  const api = useApi();
  const { session } = useSession();
  const owner = session?.address ?? '';
  const [days, setDays] = useState<PeriodDays>(30);
  const load = useCallback((signal: AbortSignal) => loadDemand(api, owner, days, signal), [api, owner, days]);
  const { data, error, loading, refresh } = usePolling(load, `missed-demand:${days}`);

  const rows = data ? demandRows(data.report) : [];
  const sums = totals(rows);

  return (
    <section aria-labelledby="demand-title">
      <PageHead id="demand-title" title="Missed demand" refreshing={Boolean(loading && data)} />
      <p className="muted">
        Customer requests that went unmatched while your containers were left out, by the GPU model and region the
        customers asked for, and why (UTC days).
      </p>
      <div className="filters" role="group" aria-label="Period">
        {PERIODS.map((period) => (
          <button
            key={period}
            type="button"
            className={`button button--small${period === days ? '' : ' button--quiet'}`}
            aria-pressed={period === days}
            onClick={() => setDays(period)}
          >
            Last {period} days
          </button>
        ))}
      </div>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="missed demand" />}
      {data && rows.length === 0 && (
        <Empty>
          No missed demand from {data.report.from} to {data.report.to}: no unmatched request left your containers
          out.
        </Empty>
      )}
      {data && rows.length > 0 && (
        <>
          <p className="muted small">
            From {data.report.from} to {data.report.to}. Each count is one container of yours removed from one
            unmatched request.
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">GPU model</th>
                  <th scope="col">Region</th>
                  {REASONS.map((reason) => (
                    <th key={reason} scope="col" className="num">
                      {humanize(reason)}
                    </th>
                  ))}
                  <th scope="col" className="num">Total</th>
                  {data.lowest && <th scope="col" className="num">Market’s lowest / GPU-hour</th>}
                  <th scope="col">What to change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const lowest = data.lowest?.get(row.gpuModel);
                  return (
                    <tr key={`${row.gpuModel} ${row.region}`}>
                      <th scope="row">{row.gpuModel}</th>
                      <td>{row.region}</td>
                      {REASONS.map((reason) => (
                        <td key={reason} className="num">
                          {row.reasons[reason]}
                        </td>
                      ))}
                      <td className="num">{row.total}</td>
                      {data.lowest && (
                        <td className="num">{row.reasons.PRICE > 0 && lowest !== undefined ? formatUsd(lowest) : ''}</td>
                      )}
                      <td className="small">{hint(row, lowest)}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    Total
                  </th>
                  {REASONS.map((reason) => (
                    <td key={reason} className="num" data-testid={`total-${reason}`}>
                      {sums[reason]}
                    </td>
                  ))}
                  <td className="num" data-testid="total-all">
                    {sums.total}
                  </td>
                  {data.lowest && <td />}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          {!data.lowest && (
            <p className="muted small">The market’s lowest prices could not be read just now.</p>
          )}
        </>
      )}
    </section>
  );
}
