import { toFormErrors } from '@actionconnect/shared';
import { useState, type FormEvent } from 'react';
import { apiErrorsOf } from './api-errors';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';
import './cc-editor.css';

/** A person copied on a request. */
export interface CcView {
  id: string;
  name: string | null;
  email: string;
}

/** Props of the CC list; `onAdd` and `onRemove` run the app's own mutations and throw what Apollo threw. */
export interface CcEditorProps {
  ccs: readonly CcView[];
  /** Hint under the address box (who may be added). */
  hint?: string;
  /** Omit to show the list without the add form. */
  onAdd?: (email: string) => Promise<unknown>;
  onRemove?: (cc: CcView) => Promise<unknown>;
  /** Whether this viewer may remove this CC (default: any). */
  canRemove?: (cc: CcView) => boolean;
}

/** The people copied on a request, with an address box to add one and a button to remove each; the same in both apps. */
export function CcEditor({ ccs, hint, onAdd, onRemove, canRemove = () => true }: CcEditorProps) {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setFieldError(null);
    setFormError(null);
    try {
      await work();
      return true;
    } catch (error) {
      const errors = toFormErrors(apiErrorsOf(error), ['email']);
      setFieldError(errors.fields.email ?? null);
      setFormError(errors.form);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!onAdd) return;
    if (email.trim() === '') {
      setFieldError('Enter an email address.');
      return;
    }
    if (await run(() => onAdd(email.trim()))) setEmail('');
  }

  return (
    <div className="cc-editor" data-testid="cc-editor">
      {ccs.length === 0 ? (
        <p className="cc-empty">No one is copied on this request.</p>
      ) : (
        <ul className="cc-list" data-testid="cc-list">
          {ccs.map((cc) => (
            <li key={cc.id} className="cc-item">
              <span className="cc-name">
                {cc.name ? `${cc.name} ` : ''}
                <span className="cc-email">{cc.email}</span>
              </span>
              {onRemove && canRemove(cc) && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={busy}
                  aria-label={`Remove ${cc.email}`}
                  onClick={() => void run(() => onRemove(cc))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <form className="cc-add" onSubmit={(event) => void handleAdd(event)} noValidate>
          <TextField
            label="Add someone by email"
            type="email"
            name="cc-email"
            autoComplete="off"
            hint={hint}
            value={email}
            error={fieldError}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="button button--small" disabled={busy}>
            {busy ? 'Adding…' : 'Add'}
          </button>
        </form>
      )}
      <FormAlert message={formError} />
    </div>
  );
}
