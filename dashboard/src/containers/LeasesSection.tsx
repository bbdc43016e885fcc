import { formatAth, formatDateTime, formatTokenExact, formatUsd, shortId } from '../common/format';
import { Empty, PolledPart } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { containerPaths, gpuHours, type Lease } from './containerWork';

/** Customer work running on the container now: the scheduler's active leases. */
export function LeasesSection({ containerId }: { containerId: string }) {
  const api = useApi();
  const path = containerPaths(containerId).activeLeases;
  const leases = usePolling((signal) => api.get<Lease[]>(path, signal), `leases:${containerId}`);

  return (
    <section className="card" aria-labelledby="leases-title">
      <h2 id="leases-title">Current leases</h2>
      <PolledPart polled={leases} what="the current leases">
        {(list) =>
          list.length === 0 ? (
            <Empty>No customer work on this container right now.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Job</th>
                    <th scope="col" className="num">GPUs</th>
                    <th scope="col" className="num">Price per GPU-h</th>
                    <th scope="col">Started</th>
                    <th scope="col">Metered until</th>
                    <th scope="col" className="num">GPU-hours</th>
                    <th scope="col" className="num">Fee so far</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((l) => (
                    <tr key={l.leaseId}>
                      <th scope="row" className="mono" title={`job ${l.jobId}, lease ${l.leaseId}`}>
                        {shortId(l.jobId)}
                      </th>
                      <td className="num">{l.gpus}</td>
                      <td className="num">{formatUsd(l.priceUsdPerGpuHour)}</td>
                      <td>{formatDateTime(l.startedAt)}</td>
                      <td>{formatDateTime(l.meteredUntil)}</td>
                      <td className="num">{gpuHours(l.gpuSeconds)}</td>
                      <td className="num" title={formatTokenExact(l.providerFeeWei)}>
                        {formatAth(l.providerFeeWei)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </PolledPart>
    </section>
  );
}
