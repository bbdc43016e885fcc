import { formatDateTime } from '../common/format';
import { Empty, PolledPart } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { containerPaths, QOS_HISTORY_DAYS, type Qos, type QosHistory } from './containerWork';
import { QosChart } from './QosChart';

/** The container's QoS score now and per day over the last 30; each read on its own. */
export function QosSection({ containerId }: { containerId: string }) {
  const api = useApi();
  const paths = containerPaths(containerId);
  const current = usePolling((signal) => api.get<Qos>(paths.qos, signal), `qos:${containerId}`);
  const history = usePolling((signal) => api.get<QosHistory>(paths.qosHistory, signal), `qos-history:${containerId}`);

  return (
    <section className="card" aria-labelledby="qos-title">
      <h2 id="qos-title">QoS</h2>
      <PolledPart polled={current} what="the QoS score">
        {(qos) =>
          qos.score === null ? (
            <Empty>
              No QoS sample yet: the score starts with the first liveness or QoE check that reaches a majority.
            </Empty>
          ) : (
            <p>
              <span className="amount" data-testid="qos-score">
                {qos.score}
              </span>{' '}
              <span className="muted">/ 100</span>{' '}
              <span className="muted small">
                from {qos.samples} sample{qos.samples === 1 ? '' : 's'}, updated {formatDateTime(qos.updatedAt)}
              </span>
            </p>
          )
        }
      </PolledPart>
      <PolledPart polled={history} what="the QoS history">
        {(h) => <QosChart points={h.points} days={QOS_HISTORY_DAYS} />}
      </PolledPart>
    </section>
  );
}
