import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, AttachmentPicker, FAILED_UPLOADS_MESSAGE, FileDropZone, FormAlert, Icon, useFileUploads } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { replyNotice, type TicketStatus } from './ticket-status.util';

const replyMutation = graphql(`
  mutation ReplyToRequest($number: Int!, $body: String!, $attachmentIds: [ID!]) {
    replyToTicket(number: $number, body: $body, attachmentIds: $attachmentIds) {
      ...PortalTicketDetail
    }
  }
`);

/**
 * The requester's reply box, with files (dropped, pasted or chosen); the API reopens a solved
 * request on reply, and the page shows it from the answer.
 */
export function ReplyBox({ number, status }: { number: number; status: TicketStatus }) {
  const id = useId();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  // Once no failed file is left, the warning about one goes too.
  const uploads = useFileUploads({
    onChange: ({ failed }) => !failed && setFormError((current) => (current === FAILED_UPLOADS_MESSAGE ? null : current)),
  });
  const [reply, { loading }] = useMutation(replyMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
    },
  });
  const notice = replyNotice(status);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    setFormError(null);
    if (uploads.uploading) return;
    if (uploads.failed) {
      setFormError(FAILED_UPLOADS_MESSAGE);
      return;
    }
    const attachmentIds = [...uploads.attachmentIds];
    if (body.trim() === '' && attachmentIds.length === 0) {
      setBodyError('Write your reply or attach a file first.');
      return;
    }
    setBodyError(null);
    try {
      await reply({ variables: { number, body, attachmentIds } });
      setBody('');
      uploads.clear();
      setSent(true);
    } catch (error) {
      const errors = toFormErrors(apiErrorsOf(error), ['body', 'attachmentIds']);
      setBodyError(errors.fields.body ?? null);
      setFormError(errors.fields.attachmentIds ?? errors.form);
    }
  }

  return (
    <form className="reply-box" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="reply-box">
      <label htmlFor={id} className="reply-box-label">
        Add a reply
      </label>
      {notice && (
        <p className="reply-box-notice" id={`${id}-notice`}>
          <Icon name="refresh" width={16} height={16} /> {notice}
        </p>
      )}
      <FileDropZone uploads={uploads} disabled={loading} className="reply-box-drop">
        <textarea
          id={id}
          className={bodyError ? 'input textarea textarea--invalid' : 'input textarea'}
          rows={5}
          placeholder="Write your reply…"
          value={body}
          maxLength={20_000}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={[notice ? `${id}-notice` : '', bodyError ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(event) => {
            setBody(event.target.value);
            setSent(false);
            if (bodyError) setBodyError(null);
          }}
        />
        <AttachmentPicker uploads={uploads} disabled={loading} testId="reply-attachments" />
      </FileDropZone>
      {bodyError && (
        <p className="field-error" id={`${id}-error`}>
          {bodyError}
        </p>
      )}
      <FormAlert message={formError} />
      <div className="reply-box-actions">
        <span className="reply-box-status" role="status">
          {sent && (
            <>
              <Icon name="check" width={16} height={16} /> Reply sent
            </>
          )}
        </span>
        <button type="submit" className="button button--primary" disabled={loading || uploads.uploading}>
          <Icon name="send" width={18} height={18} />
          {loading ? 'Sending…' : uploads.uploading ? 'Uploading files…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
