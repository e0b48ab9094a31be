import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, AttachmentPicker, FAILED_UPLOADS_MESSAGE, FileDropZone, FormAlert, Icon, useFileUploads } from '@actionconnect/ui';
import { toFormErrors, type MacroContext } from '@actionconnect/shared';
import { MacroPicker, macroActionSummary, type PickedMacro } from '../macros';

const addMessageMutation = graphql(`
  mutation AddTicketMessage($number: Int!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {
    addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $attachmentIds) {
      ...AgentTicketDetail
    }
  }
`);

const applyMacroMutation = graphql(`
  mutation ApplyMacro($number: Int!, $macroId: ID!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {
    applyMacro(number: $number, macroId: $macroId, kind: $kind, body: $body, attachmentIds: $attachmentIds) {
      ...AgentTicketDetail
    }
  }
`);

type Mode = 'PUBLIC_REPLY' | 'INTERNAL_NOTE';

/**
 * Writes a public reply (emailed to the requester) or an internal note (seen by agents only), with
 * files dropped, pasted or chosen; the files go with whichever kind is sent.
 */
export function TicketComposer({
  number,
  requesterName,
  macroContext,
}: {
  number: number;
  requesterName: string;
  macroContext: MacroContext;
}) {
  const id = useId();
  const [mode, setMode] = useState<Mode>('PUBLIC_REPLY');
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<Mode | null>(null);
  // Once no failed file is left, the warning about one goes too.
  const uploads = useFileUploads({
    onChange: ({ failed }) => !failed && setFormError((current) => (current === FAILED_UPLOADS_MESSAGE ? null : current)),
  });
  const [addMessage, { loading: adding }] = useMutation(addMessageMutation, { refetchQueries: ['TicketQueueCounts'] });
  // A canned reply picked into the composer: its actions apply when the (possibly edited) reply is sent.
  const [macro, setMacro] = useState<PickedMacro | null>(null);
  const [applyMacro, { loading: applying }] = useMutation(applyMacroMutation, { refetchQueries: ['TicketQueueCounts'] });
  const loading = adding || applying;
  const note = mode === 'INTERNAL_NOTE';

  async function send() {
    setFormError(null);
    setSent(null);
    if (loading || uploads.uploading) return;
    if (uploads.failed) {
      setFormError(FAILED_UPLOADS_MESSAGE);
      return;
    }
    const attachmentIds = [...uploads.attachmentIds];
    if (body.trim() === '' && attachmentIds.length === 0 && !macro) {
      setBodyError(note ? 'Write the note or attach a file first.' : 'Write the reply or attach a file first.');
      return;
    }
    setBodyError(null);
    try {
      if (macro) await applyMacro({ variables: { number, macroId: macro.id, kind: mode, body, attachmentIds } });
      else await addMessage({ variables: { number, kind: mode, body, attachmentIds } });
      setMacro(null);
      setBody('');
      uploads.clear();
      setSent(mode);
    } catch (error) {
      const errors = toFormErrors(apiErrorsOf(error), ['body', 'attachmentIds']);
      setBodyError(errors.fields.body ?? null);
      setFormError(errors.fields.attachmentIds ?? errors.form);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send();
  }

  // A radio group: the arrow keys move between the two kinds, and focus follows.
  function handleTabKeys(event: KeyboardEvent<HTMLDivElement>) {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) return;
    event.preventDefault();
    const next: Mode = mode === 'PUBLIC_REPLY' ? 'INTERNAL_NOTE' : 'PUBLIC_REPLY';
    setMode(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-mode="${next}"]`)?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void send();
    }
  }

  return (
    <form className={note ? 'composer composer--note' : 'composer'} onSubmit={handleSubmit} noValidate data-testid="ticket-composer">
      <div className="composer-tabs" role="radiogroup" aria-label="Message type" onKeyDown={handleTabKeys}>
        <ModeTab mode="PUBLIC_REPLY" current={mode} onSelect={setMode} icon="send" label="Public reply" />
        <ModeTab mode="INTERNAL_NOTE" current={mode} onSelect={setMode} icon="lock" label="Internal note" />
      </div>
      <label htmlFor={id} className="visually-hidden">
        {note ? 'Internal note' : `Reply to ${requesterName}`}
      </label>
      <p className="composer-hint" id={`${id}-hint`}>
        {note ? (
          <>
            <Icon name="lock" width={14} height={14} /> Only agents see internal notes. They are never emailed.
          </>
        ) : (
          <>
            <Icon name="mail" width={14} height={14} /> {requesterName} gets this reply by email and sees it in the portal.
          </>
        )}
      </p>
      <MacroPicker
        context={macroContext}
        onPick={(picked, text) => {
          setMacro(picked);
          setBody(text);
          setSent(null);
          setBodyError(null);
        }}
      />
      {macro && (
        <p className="macro-applied" data-testid="macro-applied">
          <span>
            Canned reply <strong>{macro.name}</strong>
            {macroActionSummary(macro.actions) ? `: when sent, it will also ${macroActionSummary(macro.actions)}.` : '.'}
          </span>
          <button type="button" className="link-button" onClick={() => setMacro(null)}>
            Don't apply its actions
          </button>
        </p>
      )}
      <FileDropZone uploads={uploads} disabled={loading} className="composer-drop">
        <textarea
          id={id}
          className="composer-input"
          rows={5}
          value={body}
          maxLength={20_000}
          placeholder={note ? 'Add a note for your team…' : `Reply to ${requesterName}…`}
          aria-describedby={[`${id}-hint`, bodyError ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={bodyError ? true : undefined}
          onChange={(event) => {
            setBody(event.target.value);
            setSent(null);
            if (bodyError) setBodyError(null);
          }}
          onKeyDown={handleKeyDown}
        />
        <AttachmentPicker uploads={uploads} disabled={loading} testId="composer-attachments" />
      </FileDropZone>
      {bodyError && (
        <p className="field-error" id={`${id}-error`}>
          {bodyError}
        </p>
      )}
      <FormAlert message={formError} />
      <div className="composer-actions">
        <span className="composer-status" role="status">
          {sent === 'PUBLIC_REPLY' && 'Reply sent to the requester.'}
          {sent === 'INTERNAL_NOTE' && 'Note added.'}
          {!sent && <span className="muted">Ctrl + Enter to send</span>}
        </span>
        <button type="submit" className={note ? 'button button--note' : 'button button--primary'} disabled={loading || uploads.uploading}>
          <Icon name={note ? 'note' : 'send'} width={16} height={16} />
          {loading ? 'Sending…' : uploads.uploading ? 'Uploading files…' : note ? 'Add note' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}

function ModeTab(props: { mode: Mode; current: Mode; onSelect(mode: Mode): void; icon: 'send' | 'lock'; label: string }) {
  const selected = props.mode === props.current;
  return (
    <button
      type="button"
      role="radio"
      aria-checked={selected}
      tabIndex={selected ? 0 : -1}
      data-mode={props.mode}
      className={selected ? `composer-tab composer-tab--active composer-tab--${props.mode.toLowerCase()}` : 'composer-tab'}
      onClick={() => props.onSelect(props.mode)}
    >
      <Icon name={props.icon} width={15} height={15} />
      {props.label}
    </button>
  );
}
