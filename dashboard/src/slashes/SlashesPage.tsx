import { useCallback } from 'react';
import { href } from '../app/routes';
import { formatDateTime, formatTokenExact, humanize, shortId } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { timeLeft } from './slashRules';
import { SLASHES_PATH, type SlashDetail } from './slashTypes';
import { useNow } from './useNow';

/** Every slash proposal against the wallet's containers, newest first, with the time left to dispute. */
export function SlashesPage() {
  const api = useApi();
  const load = useCallback((signal: AbortSignal) => api.get<SlashDetail[]>(SLASHES_PATH, signal), [api]);
  const { data, error, loading, refresh } = usePolling(load, 'slashes');
  const now = useNow();

  return (
    <section aria-labelledby="slashes-title">
      <PageHead id="slashes-title" title="Slashes" refreshing={Boolean(loading && data)} />
      <p className="muted small">
        A slash takes stake for an outage or for hardware that is not what was registered. You may dispute a
        proposal until its window closes; an operator then upholds or rejects it.
      </p>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="your slashes" />}
      {data && data.length === 0 && <Empty>No slash was ever proposed against your containers.</Empty>}
      {data && data.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Proposed</th>
                <th scope="col">Reason</th>
                <th scope="col">Container</th>
                <th scope="col" className="num">Amount</th>
                <th scope="col">State</th>
                <th scope="col">Dispute window</th>
              </tr>
            </thead>
            <tbody>
              {data.map((s) => (
                <tr key={s.slashId}>
                  <th scope="row">
                    <a href={href.slash(s.slashId)}>{formatDateTime(s.proposedAt)}</a>
                  </th>
                  <td>{humanize(s.reason)}</td>
                  <td>
                    <a href={href.container(s.containerId)} className="mono">
                      {shortId(s.containerId)}
                    </a>
                  </td>
                  <td className="num">{formatTokenExact(s.amountWei)}</td>
                  <td>
                    <StatusBadge status={s.state} />
                  </td>
                  <td>{s.state === 'PROPOSED' ? timeLeft(s.disputeWindowEnds, now) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
