import { Spinner } from '@actionconnect/ui';

/** Shown while the browser solves the portal's proof-of-work challenge (the portal is busy). */
export function BrowserCheck() {
  return (
    <div className="auth-browser-check">
      <Spinner label="Checking your browser…" />
      <p aria-hidden="true">Checking your browser… This takes a few seconds when many people are signing in.</p>
    </div>
  );
}
