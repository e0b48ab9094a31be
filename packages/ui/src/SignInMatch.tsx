import './sign-in-match.css';

/**
 * The "Check your email" step's number matching: the number to pick when the link is opened on
 * another device, or, once that device refused (wrong number or "I didn't ask for this"), why only
 * the code works now.
 */
export function SignInMatch({ matchNumber, refused }: { matchNumber: number; refused: boolean }) {
  if (refused) {
    return (
      <div className="sign-in-match sign-in-match--refused" role="status" data-testid="match-refused">
        <p className="sign-in-match__text">
          The sign-in was not approved on the other device. Enter the code from the email here instead, or send a new one.
        </p>
      </div>
    );
  }
  return (
    <div className="sign-in-match" data-testid="match-panel">
      <span className="sign-in-match__number" data-testid="match-number" aria-label={`Number ${matchNumber}`}>
        {matchNumber}
      </span>
      <p className="sign-in-match__text">
        Opening the link on another device? Pick <strong>{matchNumber}</strong> there, and this page signs you in by itself.
      </p>
    </div>
  );
}
