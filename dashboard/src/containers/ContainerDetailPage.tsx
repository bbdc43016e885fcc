import { useCallback } from 'react';
import type { Container, MonthUptime, StatusChange } from '../api/types';
import { href } from '../app/routes';
import { formatAth, formatDateTime, formatUsd, humanize } from '../common/format';
import { Empty, ErrorNotice, Loading, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { ContainerEarningsSection } from './ContainerEarningsSection';
import { LeasesSection } from './LeasesSection';
import { QosSection } from './QosSection';
import { RecentChecksSection } from './RecentChecksSection';
import { UptimeChart } from './UptimeChart';

interface Detail {
  container: Container;
  history: StatusChange[];
  uptime: MonthUptime;
}

/**
 * One container: specs, stake and bond, this month's uptime per day (the registry, read together), then QoS,
 * current leases, recent checks and earnings (each read on its own, so one failing leaves the rest), and the state
 * history.
 */
export function ContainerDetailPage({ containerId }: { containerId: string }) {
  const api = useApi();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Detail> => {
      const base = `/api/registry/containers/${encodeURIComponent(containerId)}`;
      const [container, history, uptime] = await Promise.all([
        api.get<Container>(base, signal),
        api.get<StatusChange[]>(`${base}/history`, signal),
        api.get<MonthUptime>(`${base}/uptime`, signal),
      ]);
      return { container, history, uptime };
    },
    [api, containerId],
  );
  const { data, error, loading, refresh } = usePolling(load, `container:${containerId}`);

  return (
    <section aria-labelledby="container-title">
      <p className="small">
        <a href={href.containers}>← All containers</a>
      </p>
      <div className="page-head">
        <h1 id="container-title">
          {data ? `${data.container.specs.gpuCount}× ${data.container.specs.gpuModel}` : 'Container'}{' '}
          {data && <StatusBadge status={data.container.status} />}
        </h1>
        {loading && data && <span className="muted small" role="status">Refreshing…</span>}
      </div>
      <p className="muted small mono">{containerId}</p>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="the container" />}
      <div className="detail">
        {data && <RegistryFacts detail={data} />}
        <QosSection containerId={containerId} />
        <LeasesSection containerId={containerId} />
        <RecentChecksSection containerId={containerId} />
        <ContainerEarningsSection containerId={containerId} />
        {data && <StateHistory history={data.history} />}
      </div>
    </section>
  );
}

/** What the registry says: specs, stake and bond, this month's uptime. */
function RegistryFacts({ detail: { container: c, uptime } }: { detail: Detail }) {
  return (
    <>
      <div className="cards">
        <article className="card">
          <h2>Specs</h2>
          <dl className="facts">
            <dt>GPUs</dt>
            <dd>
              {c.specs.gpuCount}× {c.specs.gpuModel}, {c.specs.vramGbPerGpu} GB each
            </dd>
            <dt>CPU / RAM</dt>
            <dd>
              {c.specs.cpuCores} cores, {c.specs.ramGb} GB
            </dd>
            <dt>Disk</dt>
            <dd>{c.specs.diskGb} GB</dd>
            <dt>Bandwidth</dt>
            <dd>{c.specs.bandwidthMbps} Mbit/s</dd>
            <dt>Services</dt>
            <dd>{c.specs.services.length ? c.specs.services.join(', ') : 'none'}</dd>
            <dt>Region</dt>
            <dd>{c.region}</dd>
            <dt>Price</dt>
            <dd>{formatUsd(c.priceUsdPerGpuHour)} per GPU-hour</dd>
            <dt>Last heartbeat</dt>
            <dd>{formatDateTime(c.lastHeartbeatAt)}</dd>
            <dt>Registered</dt>
            <dd>{formatDateTime(c.registeredAt)}</dd>
          </dl>
        </article>
        <article className="card">
          <h2>Stake</h2>
          <dl className="facts">
            <dt>Required ({c.stakeRequirement.month})</dt>
            <dd>{formatAth(c.stakeRequirement.amountWei)}</dd>
            <dt>Bond</dt>
            <dd>
              {c.bond.state === 'NONE' ? 'none posted' : `${formatAth(c.bond.amountWei)} (${humanize(c.bond.state)})`}
            </dd>
            <dt>Covers the requirement</dt>
            <dd>{c.bond.coversRequirement ? 'yes' : <strong className="warn-text">no</strong>}</dd>
            {c.bond.unbondingEnd && (
              <>
                <dt>Unbonding ends</dt>
                <dd>{formatDateTime(c.bond.unbondingEnd)}</dd>
              </>
            )}
          </dl>
        </article>
      </div>

      <article className="card">
        <h2>
          Uptime in {uptime.month}: {String(uptime.uptimePercent)} %{' '}
          <span className={uptime.monthlySloMet ? 'pill' : 'pill pill--warn'}>
            {uptime.monthlySloMet ? 'target met' : 'below target'}
          </span>
        </h2>
        <UptimeChart days={uptime.days} month={uptime.month} />
      </article>
    </>
  );
}

function StateHistory({ history }: { history: StatusChange[] }) {
  return (
    <article className="card">
      <h2>State history</h2>
      {history.length === 0 ? (
        <Empty>No state change recorded.</Empty>
      ) : (
        <ol className="timeline">
          {[...history].reverse().map((change) => (
            <li key={`${change.changedAt}-${change.status}-${change.reason}`}>
              <time dateTime={change.changedAt}>{formatDateTime(change.changedAt)}</time>{' '}
              {change.previousStatus && (
                <>
                  <StatusBadge status={change.previousStatus} /> →{' '}
                </>
              )}
              <StatusBadge status={change.status} /> <span className="muted">{humanize(change.reason)}</span>
              {change.note && <span className="timeline__note">{change.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
