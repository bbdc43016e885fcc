import { useId, useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { statementError, STATEMENT_MAX } from './slashRules';
import { slashPath, type SlashDetail } from './slashTypes';

/**
 * The owner's objection to a proposed slash: a statement of 1-2000 characters, checked here before it is sent;
 * a refusal by checker-service (the window closed meanwhile, already disputed) is shown as it explains it.
 */
export function DisputeForm({
  api,
  slashId,
  onDisputed,
}: {
  api: ApiClient;
  slashId: string;
  onDisputed: (slash: SlashDetail) => void;
}) {
  const [statement, setStatement] = useState('');
  const [touched, setTouched] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const problem = touched ? statementError(statement) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (statementError(statement) !== null) {
      return;
    }
    setSending(true);
    setRefusal(null);
    try {
      onDisputed(await api.post<SlashDetail>(`${slashPath(slashId)}/dispute`, { statement }));
    } catch (e) {
      setRefusal(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="dispute-form" onSubmit={submit} noValidate aria-label="Dispute this slash">
      <label htmlFor={fieldId} className="field">
        Why is this slash wrong?
      </label>
      <textarea
        id={fieldId}
        rows={5}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
        onBlur={() => setTouched(true)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
      />
      <p id={hintId} className="muted small">
        {statement.length.toLocaleString('en-US')} / {STATEMENT_MAX.toLocaleString('en-US')} characters. An operator
        reads it together with the evidence below.
      </p>
      {problem && (
        <p id={errorId} className="warn-text small">
          {problem}
        </p>
      )}
      {refusal && (
        <div className="notice notice--error" role="alert">
          <p>The dispute was refused: {refusal}</p>
        </div>
      )}
      <button type="submit" className="button" disabled={sending}>
        {sending ? 'Sending…' : 'Dispute'}
      </button>
    </form>
  );
}
