import { useState } from 'react';
import { useSession } from '../session/SessionContext';
import { injectedProvider } from './eip1193';
import { signInWithWallet } from './walletSignIn';

/** The screen before anything else: sign in with the browser wallet, or learn how to get one. */
export function SignInPage() {
  const { api, notice, signedIn } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const provider = injectedProvider();

  async function signIn() {
    if (!provider) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(await signInWithWallet({ provider, api, location: window.location }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <p className="eyebrow">Provider dashboard</p>
      <h1 className="sign-in__title">athgrid</h1>
      <p className="sign-in__lead">
        Your containers, their uptime and stake, and any slash proposals against them, for the wallet that
        registered them.
      </p>
      {notice && (
        <p className="notice notice--warn" role="status">
          {notice}
        </p>
      )}
      {provider ? (
        <>
          <button type="button" className="button" onClick={signIn} disabled={busy}>
            {busy ? 'Waiting for your wallet…' : 'Sign in with your wallet'}
          </button>
          <p className="muted small">
            Your wallet asks you to sign a message (Sign-In with Ethereum). Signing costs nothing and sends no
            transaction.
          </p>
        </>
      ) : (
        <div className="notice" role="note">
          <h2>No wallet found in this browser</h2>
          <p>
            Signing in needs a browser wallet such as{' '}
            <a href="https://metamask.io/download/" target="_blank" rel="noreferrer">
              MetaMask
            </a>
            . Install it, import or create the wallet that owns your containers, then reload this page.
          </p>
        </div>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
