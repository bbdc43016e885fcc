import { useCallback, useState } from 'react';
import type { ContainerPage } from '../api/types';
import { CONTAINER_STATUSES } from '../api/types';
import { href } from '../app/routes';
import { formatDateTime, formatUsd, humanize, shortId } from '../common/format';
import { Empty, ErrorNotice, Loading, PageHead, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { CONTAINERS_PATH } from '../overview/overviewData';
import { useApi } from '../session/SessionContext';
import {
  distinct,
  filterContainers,
  NO_FILTERS,
  sortContainers,
  type Filters,
  type SortDirection,
  type SortKey,
} from './containerTable';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'status', label: 'State' },
  { key: 'gpuModel', label: 'GPUs' },
  { key: 'region', label: 'Region' },
  { key: 'price', label: 'Price / GPU-hour', numeric: true },
];

/** The wallet's containers as a table to sort by a column and narrow by state, GPU model and region. */
export function ContainersPage() {
  const api = useApi();
  const load = useCallback((signal: AbortSignal) => api.get<ContainerPage>(CONTAINERS_PATH, signal), [api]);
  const { data, error, loading, refresh } = usePolling(load, 'containers');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'status', direction: 'asc' });

  const all = data?.items ?? [];
  const rows = sortContainers(filterContainers(all, filters), sort.key, sort.direction);

  function sortBy(key: SortKey) {
    setSort((current) =>
      current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' },
    );
  }

  return (
    <section aria-labelledby="containers-title">
      <PageHead id="containers-title" title="Containers" refreshing={Boolean(loading && data)} />
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!data && loading && <Loading what="your containers" />}
      {data && all.length === 0 && <Empty>This wallet has no containers yet.</Empty>}
      {data && all.length > 0 && (
        <>
          <form className="filters" aria-label="Filter containers" onSubmit={(e) => e.preventDefault()}>
            <FilterSelect
              label="State"
              value={filters.status}
              options={CONTAINER_STATUSES.filter((s) => all.some((c) => c.status === s))}
              show={humanize}
              onChange={(status) => setFilters({ ...filters, status })}
            />
            <FilterSelect
              label="GPU model"
              value={filters.gpuModel}
              options={distinct(all, (c) => c.specs.gpuModel)}
              onChange={(gpuModel) => setFilters({ ...filters, gpuModel })}
            />
            <FilterSelect
              label="Region"
              value={filters.region}
              options={distinct(all, (c) => c.region)}
              onChange={(region) => setFilters({ ...filters, region })}
            />
            {(filters.status || filters.gpuModel || filters.region) && (
              <button type="button" className="button button--quiet" onClick={() => setFilters(NO_FILTERS)}>
                Clear filters
              </button>
            )}
          </form>
          <p className="muted small" aria-live="polite">
            {rows.length} of {all.length} containers
          </p>
          {rows.length === 0 ? (
            <Empty>No container matches these filters.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Container</th>
                    {COLUMNS.map((column) => (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.numeric ? 'num' : undefined}
                        aria-sort={sort.key === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                      >
                        <button type="button" className="sort" onClick={() => sortBy(column.key)}>
                          {column.label}
                          <span aria-hidden="true">
                            {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                          </span>
                        </button>
                      </th>
                    ))}
                    <th scope="col">Last heartbeat</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((c) => (
                    <tr key={c.containerId}>
                      <th scope="row">
                        <a href={href.container(c.containerId)}>{shortId(c.containerId)}</a>
                      </th>
                      <td>
                        <StatusBadge status={c.status} />
                      </td>
                      <td>
                        {c.specs.gpuCount}× {c.specs.gpuModel}
                      </td>
                      <td>{c.region}</td>
                      <td className="num">{formatUsd(c.priceUsdPerGpuHour)}</td>
                      <td>{formatDateTime(c.lastHeartbeatAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function FilterSelect({
  label,
  value,
  options,
  show = (v) => v,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly string[];
  show?: (value: string) => string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {show(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
