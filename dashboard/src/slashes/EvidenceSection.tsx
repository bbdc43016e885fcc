import { formatDateTime, humanize, shortAddress, unixSecondsIso } from '../common/format';
import { CopyText } from './CopyText';
import { readableReports, resultPairs } from './slashRules';
import type { Evidence } from './slashTypes';

/** The evidence: each failed verdict, the result its majority signed, and every checker's signed report. */
export function EvidenceSection({ evidence, evidenceHash }: { evidence: Evidence | null; evidenceHash: string }) {
  return (
    <article className="card">
      <h2>Evidence</h2>
      <p className="small">
        Evidence hash <CopyText value={evidenceHash} label="evidence hash" /> (keccak-256 of the canonical evidence,
        the value given to the bond contract)
      </p>
      {!evidence || evidence.verdicts.length === 0 ? (
        <p className="state state--empty">No verdict is attached.</p>
      ) : (
        evidence.verdicts.map((verdict) => (
          <section key={verdict.jobId} className="verdict" aria-label={`Verdict of job ${verdict.jobId}`}>
            <h3>
              {humanize(verdict.kind)} check {humanize(verdict.outcome).toLowerCase()},{' '}
              <time dateTime={verdict.windowStart}>{formatDateTime(verdict.windowStart)}</time> –{' '}
              <time dateTime={verdict.windowEnd}>{formatDateTime(verdict.windowEnd)}</time>
            </h3>
            <p className="small">
              {verdict.reports.length} of {verdict.seatsWanted} checkers reported. Majority result:{' '}
              {verdict.majorityResult ? (
                resultPairs(verdict.majorityResult)
                  .filter(([name]) => name !== 'kind')
                  .map(([name, value]) => `${name} ${value}`)
                  .join(', ')
              ) : (
                <em>none</em>
              )}
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Checker</th>
                    <th scope="col">Result</th>
                    <th scope="col">Signed at</th>
                    <th scope="col">Signature</th>
                  </tr>
                </thead>
                <tbody>
                  {readableReports(verdict).map((report) => (
                    <tr key={`${report.licenseId}-${report.signature}`}>
                      <th scope="row">
                        License {report.licenseId}{' '}
                        <span className="muted mono" title={report.signer}>
                          {shortAddress(report.signer)}
                        </span>
                      </th>
                      <td>
                        {report.agreesWithMajority ? (
                          <>the majority's ({humanize(verdict.outcome).toLowerCase()})</>
                        ) : (
                          <strong className="warn-text">a different result</strong>
                        )}{' '}
                        <span className="muted mono" title={report.resultHash}>
                          {report.resultHash.slice(0, 10)}
                        </span>
                      </td>
                      <td>
                        <time dateTime={unixSecondsIso(report.submittedAt)}>
                          {formatDateTime(unixSecondsIso(report.submittedAt))}
                        </time>
                      </td>
                      <td>
                        <CopyText value={report.signature} label={`signature of license ${report.licenseId}`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))
      )}
    </article>
  );
}
