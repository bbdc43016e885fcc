import { useState } from 'react';
import { shortHex } from './slashRules';

/** A long hex value shown shortened, with a button that copies the whole of it. */
export function CopyText({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // Some browsers refuse the clipboard outside secure contexts; the full value stays in the title.
      setCopied('failed');
    }
  };
  return (
    <span className="copy-text">
      <code title={value}>{shortHex(value)}</code>{' '}
      <button type="button" className="button button--small button--quiet" onClick={copy} aria-label={`Copy ${label}`}>
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
    </span>
  );
}
