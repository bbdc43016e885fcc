import { formatDateTime, formatDuration } from '../common/format';
import { Empty, PolledPart, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { containerPaths, KIND_TEXT, RECENT_CHECKS, type Verdict } from './containerWork';

/** The container's latest check verdicts, newest first, with how the checkers' reports went. */
export function RecentChecksSection({ containerId }: { containerId: string }) {
  const api = useApi();
  const path = containerPaths(containerId).verdicts;
  const verdicts = usePolling((signal) => api.get<Verdict[]>(path, signal), `verdicts:${containerId}`);

  return (
    <section className="card" aria-labelledby="checks-title">
      <h2 id="checks-title">Recent checks</h2>
      <PolledPart polled={verdicts} what="the recent checks">
        {(list) =>
          list.length === 0 ? (
            <Empty>No check of this container has reached a verdict yet.</Empty>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Reached</th>
                      <th scope="col">Check</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Window (start, length)</th>
                      <th scope="col" className="num">Correct</th>
                      <th scope="col" className="num">Incorrect</th>
                      <th scope="col" className="num">Missing</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((v) => (
                      <tr key={v.jobId}>
                        <th scope="row">{formatDateTime(v.reachedAt)}</th>
                        <td>{KIND_TEXT[v.kind] ?? v.kind}</td>
                        <td>
                          <StatusBadge status={v.outcome} />
                        </td>
                        <td>
                          {formatDateTime(v.windowStart)}, {formatDuration(v.windowStart, v.windowEnd)}
                        </td>
                        <td className="num">{v.correct}</td>
                        <td className="num">{v.incorrect}</td>
                        <td className="num">{v.missing}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="muted small">
                The latest {RECENT_CHECKS} at most. Correct, incorrect and missing count the check's seats: a report
                in the majority is correct, every report is incorrect when there is no majority, and a seat not
                answered is missing.
              </p>
            </>
          )
        }
      </PolledPart>
    </section>
  );
}
