import { useCallback } from 'react';
import { href } from '../app/routes';
import { formatAth, formatDateTime, humanize, shortId } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { loadOverview } from './overviewData';
import { EarningsToday } from './EarningsToday';
import { countByStatus, liveContainers, openSlashes } from './summary';

/**
 * At a glance: containers by state, today's earnings, open slash proposals, stake against requirement and uptime
 * per container. The earnings are read apart from the containers, so either can fail alone.
 */
export function OverviewPage() {
  const api = useApi();
  const load = useCallback((signal: AbortSignal) => loadOverview(api, signal), [api]);
  const { data, error, loading, refresh } = usePolling(load, 'overview');

  return (
    <section aria-labelledby="overview-title">
      <PageHead id="overview-title" title="Overview" refreshing={Boolean(loading && data)} />
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="your containers" />}
      {data && data.containers.items.length === 0 && (
        <Empty>
          This wallet has no containers yet. Register one with the node agent on your GPU machine; it appears here
          within seconds.
        </Empty>
      )}
      {data && data.containers.items.length > 0 && (
        <>
          <h2 className="section-title">Containers by state</h2>
          <ul className="tiles" aria-label="Containers by state">
            {countByStatus(data.containers.items).map(({ status, count }) => (
              <li key={status} className={`tile${count === 0 ? ' tile--zero' : ''}`}>
                <span className="tile__count" data-testid={`count-${status}`}>
                  {count}
                </span>
                <span className="tile__label">{humanize(status)}</span>
              </li>
            ))}
          </ul>
          {data.containers.total > data.containers.items.length && (
            <p className="muted small">
              Showing the first {data.containers.items.length} of {data.containers.total} containers.
            </p>
          )}
        </>
      )}
      <EarningsToday />
      {data && data.containers.items.length > 0 && (
        <>
          <OpenSlashes slashes={openSlashes(data.slashes)} />

          <h2 className="section-title">Stake and uptime</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Container</th>
                  <th scope="col">State</th>
                  <th scope="col" className="num">Stake required</th>
                  <th scope="col" className="num">Bonded</th>
                  <th scope="col">Covered</th>
                  <th scope="col" className="num">Uptime, 30 days</th>
                </tr>
              </thead>
              <tbody>
                {liveContainers(data.containers.items).map((c) => {
                  const uptime = data.uptime.get(c.containerId);
                  return (
                    <tr key={c.containerId}>
                      <th scope="row">
                        <a href={href.container(c.containerId)}>
                          {c.specs.gpuCount}× {c.specs.gpuModel} <span className="muted">{shortId(c.containerId)}</span>
                        </a>
                      </th>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td className="num">{formatAth(c.stakeRequirement.amountWei)}</td>
                      <td className="num">{c.bond.state === 'NONE' ? 'none' : formatAth(c.bond.amountWei)}</td>
                      <td>{c.bond.coversRequirement ? 'yes' : <strong className="warn-text">no</strong>}</td>
                      <td className="num">
                        {uptime === undefined ? 'unavailable' : uptime === null ? '—' : `${uptime} %`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function OpenSlashes({ slashes }: { slashes: ReturnType<typeof openSlashes> }) {
  return (
    <>
      <h2 className="section-title">
        Open slash proposals <span className="pill">{slashes.length}</span>
      </h2>
      {slashes.length === 0 ? (
        <Empty>No open slash proposals against your containers.</Empty>
      ) : (
        <ul className="slash-list">
          {slashes.map((s) => (
            <li key={s.slashId}>
              <StatusBadge status={s.state} /> <strong>{humanize(s.reason)}</strong> on{' '}
              <a href={href.container(s.containerId)}>{shortId(s.containerId)}</a>: {formatAth(s.amountWei)}
              {s.state === 'PROPOSED' && <> · dispute until {formatDateTime(s.disputeWindowEnds)}</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
