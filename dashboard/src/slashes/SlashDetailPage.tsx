import { useCallback, useEffect, useState } from 'react';
import { href } from '../app/routes';
import { formatDateTime, formatTokenExact, humanize } from '../common/format';
import { ErrorNotice, Loading, StatusBadge } from '../common/States';
import { usePolling } from '../common/usePolling';
import { useApi } from '../session/SessionContext';
import { DisputeForm } from './DisputeForm';
import { EvidenceSection } from './EvidenceSection';
import { disputable, timeLeft } from './slashRules';
import { slashPath, type SlashDetail } from './slashTypes';
import { useNow } from './useNow';

/** One slash: why and how much, the dispute window counting down, the dispute form, and the signed evidence. */
export function SlashDetailPage({ slashId }: { slashId: string }) {
  const api = useApi();
  const load = useCallback((signal: AbortSignal) => api.get<SlashDetail>(slashPath(slashId), signal), [api, slashId]);
  const { data, error, loading, refresh } = usePolling(load, `slash:${slashId}`);
  // The dispute's answer is the slash as it now stands; it is shown until the next poll brings the same.
  const [answered, setAnswered] = useState<SlashDetail | null>(null);
  useEffect(() => setAnswered(null), [data]);
  const slash = answered ?? data;
  const now = useNow();

  return (
    <section aria-labelledby="slash-title">
      <p className="small">
        <a href={href.slashes}>← All slashes</a>
      </p>
      <div className="page-head">
        <h1 id="slash-title">
          {slash ? `${humanize(slash.reason)} slash` : 'Slash'} {slash && <StatusBadge status={slash.state} />}
        </h1>
        {loading && data && <span className="muted small" role="status">Refreshing…</span>}
      </div>
      <p className="muted small mono">{slashId}</p>
      {error && <ErrorNotice error={error} onRetry={refresh} />}
      {!slash && loading && <Loading what="the slash" />}
      {slash && (
        <div className="detail">
          <article className="card">
            <dl className="facts">
              <dt>Amount</dt>
              <dd data-testid="slash-amount">{formatTokenExact(slash.amountWei)}</dd>
              <dt>Container</dt>
              <dd>
                <a href={href.container(slash.containerId)} className="mono">
                  {slash.containerId}
                </a>
              </dd>
              <dt>State</dt>
              <dd data-testid="slash-state">{humanize(slash.state)}</dd>
              <dt>Proposed</dt>
              <dd>{formatDateTime(slash.proposedAt)}</dd>
              {slash.affectedFrom && (
                <>
                  <dt>Fault</dt>
                  <dd>
                    {formatDateTime(slash.affectedFrom)} – {formatDateTime(slash.affectedTo)}
                  </dd>
                </>
              )}
              <dt>Dispute deadline</dt>
              <dd>
                {formatDateTime(slash.disputeWindowEnds)}
                {slash.state === 'PROPOSED' && (
                  <>
                    {' '}
                    <strong data-testid="countdown">({timeLeft(slash.disputeWindowEnds, now)})</strong>
                  </>
                )}
              </dd>
              {slash.executedAt && (
                <>
                  <dt>Executed</dt>
                  <dd>{formatDateTime(slash.executedAt)}</dd>
                </>
              )}
            </dl>
          </article>

          {slash.dispute && (
            <article className="card">
              <h2>Your dispute</h2>
              <p className="small muted">Sent {formatDateTime(slash.dispute.at)}</p>
              <blockquote className="statement">{slash.dispute.statement}</blockquote>
              <p>
                {slash.dispute.resolution
                  ? `${humanize(slash.dispute.resolution)} by an operator on ${formatDateTime(slash.dispute.resolvedAt)}.`
                  : 'Waiting for an operator to uphold or reject it.'}
              </p>
            </article>
          )}

          {disputable(slash, now) && (
            <article className="card">
              <h2>Dispute</h2>
              <DisputeForm
                api={api}
                slashId={slash.slashId}
                onDisputed={(view) => {
                  setAnswered(view);
                  refresh();
                }}
              />
            </article>
          )}

          <EvidenceSection evidence={slash.evidence} evidenceHash={slash.evidenceHash} />
        </div>
      )}
    </section>
  );
}
