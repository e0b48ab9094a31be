import { computeVisibility, evaluateSubmission, type AnswerValue, type Answers, type FormDefinition } from '@actionconnect/shared';
import { useMutation } from '@apollo/client/react';
import { Fragment, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ConfirmEmailPanel } from '../sign-in';
import { useLocation } from 'react-router-dom';
import { usePortal } from '../../app/portal-context';
import { graphql } from '../../gql';
import type { PortalIntakeFormsQuery } from '../../gql/graphql';
import { apiErrorsOf, AttachmentPicker, FAILED_UPLOADS_MESSAGE, FileDropZone, FormAlert, Icon, useFileUploads } from '@actionconnect/ui';
import { ArticleSuggestions, useSuggestionSession } from '../knowledge-base';
import { signInPathFor, useSession } from '../session';
import { AttachGate, AttachLocked } from './attach-gate';
import { IntakeField, fieldInputId } from './IntakeField';
import type { FileFieldState } from './IntakeFileField';
import { RequestSubmitted, type SubmittedTicket } from './RequestSubmitted';
import { clearDrafts, loadDraft, saveDraft, type DraftScope, type DraftStorage } from './request-draft.util';
import {
  errorsByField,
  fieldKeysOf,
  submitFailure,
  suggestionFields,
  tooManyFilesMessage,
  withoutFileAnswers,
  type FieldErrors,
} from './request-form.util';

/** A form as `intakeForms` lists it. */
export type IntakeFormData = PortalIntakeFormsQuery['intakeForms'][number];

const submitRequestMutation = graphql(`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      id
      number
      subject
      status
    }
  }
`);

/**
 * One intake form, filled in: shows only the questions the answers so far make relevant, judges
 * the answers with the same engine the server uses, keeps a draft in sessionStorage, and submits
 * against the exact version it was opened with.
 */
export function RequestForm({ form, definition }: { form: IntakeFormData; definition: FormDefinition }) {
  const portal = usePortal();
  const location = useLocation();
  // A visitor (where the portal asks for the email at the end) fills the form first, then confirms
  // their email in place: to send it, or earlier to attach files (uploads need a session).
  const visitor = useSession().status !== 'contact';
  const [confirming, setConfirming] = useState<'submit' | 'attach' | null>(null);
  const scope = useMemo<DraftScope>(
    () => ({ organization: portal.slug, formId: form.id, versionId: form.versionId }),
    [portal.slug, form.id, form.versionId],
  );
  const [restored] = useState(() => {
    const storage = sessionStore();
    return storage ? loadDraft(storage, scope) : null;
  });
  // Files do not survive a reload (only their ids would): a restored draft starts their questions empty.
  const [answers, setAnswers] = useState<Answers>(() => (restored ? withoutFileAnswers(definition, restored.answers) : {}));
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set(restored ? Object.keys(restored.answers) : []));
  // The questions on screen at the last submit attempt: their errors show from then on, while a
  // question revealed afterwards waits until the contact has been through it.
  const [attempted, setAttempted] = useState<ReadonlySet<string> | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<SubmittedTicket | null>(null);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Pressing "Submit" blurs the field being typed in; if that blur revealed an error, the button
  // would move before the click lands. While it is pressed, blurs wait for the submit instead.
  const pressingSubmit = useRef(false);
  const [submitRequest, { loading }] = useMutation(submitRequestMutation);
  // Files on the description (the request's first message), and the uploads of any file questions.
  const descriptionFiles = useFileUploads({ onChange: () => setFormError(null) });
  const [fileFields, setFileFields] = useState<Readonly<Record<string, FileFieldState>>>({});
  const fileStates = [descriptionFiles, ...Object.values(fileFields)];
  const uploading = fileStates.some((state) => state.uploading);
  const suggestionSession = useSuggestionSession();
  const sources = useMemo(() => suggestionFields(definition), [definition]);

  const visibility = useMemo(() => computeVisibility(definition, answers), [definition, answers]);
  const evaluation = useMemo(() => evaluateSubmission(definition, answers), [definition, answers]);
  const clientErrors = useMemo(() => (evaluation.ok ? {} : errorsByField(evaluation.errors)), [evaluation]);

  useEffect(() => {
    if (submitted) return;
    const storage = sessionStore();
    if (storage) saveDraft(storage, scope, answers);
  }, [answers, scope, submitted]);

  const shownErrors: FieldErrors = {};
  for (const key of fieldKeysOf(definition)) {
    if (!visibility.fields.has(key)) continue;
    const message = serverErrors[key] ?? (attempted?.has(key) || touched.has(key) ? clientErrors[key] : undefined);
    if (message) shownErrors[key] = message;
  }
  const summary = attempted ? Object.entries(shownErrors) : [];

  function change(key: string, value: AnswerValue | null) {
    setAnswers((current) => ({ ...current, [key]: value }));
    setServerErrors(({ [key]: _dropped, ...rest }) => rest);
    setFormError(null);
  }

  function fileField(key: string, state: FileFieldState | null) {
    setFileFields(({ [key]: _dropped, ...rest }) => (state ? { ...rest, [key]: state } : rest));
    const ids = state?.attachmentIds ?? [];
    const value = ids.length > 0 ? [...ids] : null;
    setAnswers((current) => (sameIds(current[key], value) ? current : { ...current, [key]: value }));
    if (state && !state.uploading) setServerErrors(({ [key]: _dropped, ...rest }) => rest);
    setFormError(null);
  }

  function blur(key: string) {
    if (pressingSubmit.current) return;
    setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pressingSubmit.current = false;
    setAttempted(visibility.fields);
    setFormError(null);
    if (uploading) return;
    const fileProblem = fileStates.some((state) => state.failed)
      ? FAILED_UPLOADS_MESSAGE
      : tooManyFilesMessage(fileStates.reduce((sum, state) => sum + state.attachmentIds.length, 0));
    if (fileProblem) {
      setFormError(fileProblem);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (!evaluation.ok) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    if (visitor) {
      setConfirming('submit');
      return;
    }
    await send();
  }

  /** Sends the answers as the signed-in contact. */
  async function send() {
    if (!evaluation.ok) return;
    try {
      const { data } = await submitRequest({
        variables: {
          input: { formVersionId: form.versionId, answers: evaluation.answers, attachmentIds: [...descriptionFiles.attachmentIds] },
        },
        // The list of requests changed: read it again next time it is shown.
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
          cache.gc();
        },
      });
      if (!data) return;
      const storage = sessionStore();
      if (storage) clearDrafts(storage, scope);
      void suggestionSession.markSubmitted();
      setSubmitted(data.submitRequest);
      window.scrollTo({ top: 0 });
    } catch (error) {
      const failure = submitFailure(apiErrorsOf(error), visibility.fields);
      if (failure.signInAgain) {
        // The draft is already saved; sign-in brings the contact back to this form with it. A full
        // load, so the page forgets the session that ended.
        window.location.assign(signInPathFor(location));
        return;
      }
      setServerErrors(failure.fields);
      setFormError(failure.form);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  // Signed in from the panel: the request goes the moment the email is confirmed, with the answers
  // as they are on screen; after "attach", the pickers simply open.
  function confirmed() {
    const reason = confirming;
    setConfirming(null);
    if (reason === 'submit') void send();
  }

  function startOver() {
    const storage = sessionStore();
    if (storage) clearDrafts(storage, scope);
    setAnswers({});
    setTouched(new Set());
    setAttempted(null);
    setServerErrors({});
    setShowRestored(false);
  }

  function intakeField(field: FormDefinition['sections'][number]['fields'][number]) {
    return (
      <IntakeField
        field={field}
        value={answers[field.key]}
        error={shownErrors[field.key]}
        onChange={(value) => change(field.key, value)}
        onBlur={() => blur(field.key)}
        onUploads={(state) => fileField(field.key, state)}
      />
    );
  }

  if (submitted) return <RequestSubmitted ticket={submitted} />;

  // Suggestions sit right under the subject, in view while it is typed (issue 16.5: under the
  // description they were a screen below it); with no subject on screen, under the description.
  const anchor = [sources.subject, sources.description].find((key) => key !== null && visibility.fields.has(key)) ?? null;
  const text = (key: string | null) =>
    key !== null && visibility.fields.has(key) && typeof answers[key] === 'string' ? (answers[key] as string) : '';
  const suggestions = (
    <ArticleSuggestions subject={text(sources.subject)} description={text(sources.description)} session={suggestionSession} />
  );
  // Files go with the description, under it; with no description on screen, at the end of the form.
  const descriptionKey = sources.description !== null && visibility.fields.has(sources.description) ? sources.description : null;
  const descriptionPicker = visitor ? (
    <AttachLocked onUnlock={() => setConfirming('attach')} />
  ) : (
    <AttachmentPicker uploads={descriptionFiles} disabled={loading} testId="request-attachments" />
  );

  return (
    <AttachGate value={visitor ? () => setConfirming('attach') : null}>
      <form className="request-form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={form.name}>
        {showRestored && (
          <div className="notice" role="status">
            <Icon name="refresh" width={18} height={18} />
            <p>
              {restored?.fromOtherVersion
                ? 'We kept the answers you started earlier. This form changed since, so check them before sending.'
                : 'We kept the answers you started earlier.'}
            </p>
            <button type="button" className="link-button" onClick={startOver}>
              Start over
            </button>
          </div>
        )}

        <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
          <FormAlert message={formError} />
          {summary.length > 0 && (
            <div className="error-summary" role="alert">
              <p className="error-summary-title">
                {summary.length === 1 ? 'One answer needs your attention' : `${summary.length} answers need your attention`}
              </p>
              <ul>
                {summary.map(([key, message]) => (
                  <li key={key}>
                    <a href={`#${fieldInputId(key)}`}>
                      <strong>{labelOf(definition, key)}</strong> — {message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>

        {definition.sections.map((section) => {
          const fields = section.fields.filter((field) => visibility.fields.has(field.key));
          if (!visibility.sections.has(section.key) || fields.length === 0) return null;
          return (
            <section key={section.key} className="form-section" aria-labelledby={`section-${section.key}`}>
              <header className="form-section-header">
                <h2 id={`section-${section.key}`} className="form-section-title">
                  {section.title}
                </h2>
                {section.description && <p className="form-section-description">{section.description}</p>}
              </header>
              <div className="form-section-fields">
                {fields.map((field) => (
                  <Fragment key={field.key}>
                    {field.key === descriptionKey ? (
                      <FileDropZone uploads={descriptionFiles} disabled={loading} className="description-drop">
                        {intakeField(field)}
                        {descriptionPicker}
                      </FileDropZone>
                    ) : (
                      intakeField(field)
                    )}
                    {field.key === anchor && suggestions}
                  </Fragment>
                ))}
              </div>
            </section>
          );
        })}

        {anchor === null && suggestions}

        {descriptionKey === null && (
          <FileDropZone uploads={descriptionFiles} disabled={loading} className="form-section request-files">
            <h2 className="form-section-title">Files</h2>
            {descriptionPicker}
          </FileDropZone>
        )}

        {confirming === null && (
          <div className="form-actions">
            <p className="form-actions-note">
              <Icon name="mail" width={16} height={16} />{' '}
              {visitor
                ? "You'll confirm your email next. We'll reply by email and here in the portal."
                : "We'll reply by email and here in the portal."}
            </p>
            <button
              type="submit"
              className="button button--primary"
              disabled={loading || uploading}
              data-testid="submit-request"
              onPointerDown={() => (pressingSubmit.current = true)}
              onPointerLeave={() => (pressingSubmit.current = false)}
            >
              {loading ? 'Sending…' : uploading ? 'Uploading files…' : 'Submit request'}
            </button>
          </div>
        )}
      </form>
      {/* Outside the request's <form>: forms cannot nest, and its own submit is the sign-in's. */}
      {confirming !== null && (
        <ConfirmEmailPanel
          reason={confirming}
          onConfirmed={confirmed}
          returnTo={location.pathname}
          displayName={portal.branding.displayName}
          onCancel={() => setConfirming(null)}
        />
      )}
    </AttachGate>
  );
}

function sameIds(a: unknown, b: readonly string[] | null): boolean {
  return JSON.stringify(Array.isArray(a) ? a : null) === JSON.stringify(b);
}

function labelOf(definition: FormDefinition, key: string): string {
  for (const section of definition.sections) {
    const field = section.fields.find((f) => f.key === key);
    if (field) return field.label;
  }
  return key;
}

// Storage can be switched off (privacy settings); the form then simply keeps no draft.
function sessionStore(): DraftStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
