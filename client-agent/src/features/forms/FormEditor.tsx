import { useMutation } from '@apollo/client/react';
import { validateFormDefinition, toFormErrors } from '@actionconnect/shared';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useBlocker } from 'react-router-dom';
import { graphql } from '../../gql';
import type { AdminIntakeFormFieldsFragment } from '../../gql/graphql';
import { apiErrorsOf } from '@actionconnect/ui';
import type { RepairNote } from './form-conditions.util';
import { placeProblems, readDefinition, sameDraft, settle, type EditResult, type FieldAddress, type FormDraft } from './form-editor.util';
import { mappingIssues, readMappings, type MappableField } from './form-mappings.util';
import { FormPreview } from './FormPreview';
import { FormStatusBadges } from './FormStatusBadges';
import { MappingsEditor } from './MappingsEditor';
import { QuestionsEditor } from './QuestionsEditor';
import { VersionHistory } from './VersionHistory';

const updateIntakeFormDraftMutation = graphql(`
  mutation UpdateIntakeFormDraft($formId: ID!, $input: UpdateIntakeFormDraftInput!) {
    updateIntakeFormDraft(formId: $formId, input: $input) {
      ...AdminIntakeFormFields
    }
  }
`);

const publishIntakeFormMutation = graphql(`
  mutation PublishIntakeForm($formId: ID!) {
    publishIntakeForm(formId: $formId) {
      created
      version
      form {
        ...AdminIntakeFormFields
      }
    }
  }
`);

const setIntakeFormActiveMutation = graphql(`
  mutation SetIntakeFormActive($formId: ID!, $active: Boolean!) {
    setIntakeFormActive(formId: $formId, active: $active) {
      id
      isActive
    }
  }
`);

type Tab = 'questions' | 'mapping' | 'versions';
type Message = { kind: 'success' | 'error'; text: string; list?: string[] };

function draftOf(form: AdminIntakeFormFieldsFragment): FormDraft {
  return {
    name: form.name,
    description: form.description,
    definition: readDefinition(form.draftDefinition),
    mappings: readMappings(form.draftMappings),
  };
}

/** Why a save refused: the server's message and, for definitions and mappings, each problem with its path. */
function failure(error: unknown): Message {
  const errors = apiErrorsOf(error);
  const problems = errors.flatMap((e) =>
    Array.isArray(e.extensions?.problems) ? (e.extensions.problems as { path: string; message: string }[]) : [],
  );
  if (problems.length)
    return { kind: 'error', text: 'The server refused the draft:', list: problems.map((p) => `${p.path}: ${p.message}`) };
  return { kind: 'error', text: toFormErrors(errors, []).form ?? errors[0]?.message ?? 'Saving failed.' };
}

/** The builder: questions and conditions, mappings and versions on the left, the live preview on the right. */
export function FormEditor({ form, customFields }: { form: AdminIntakeFormFieldsFragment; customFields: readonly MappableField[] }) {
  const id = useId();
  const [draft, setDraft] = useState<FormDraft>(() => draftOf(form));
  const [saved, setSaved] = useState<FormDraft>(() => draftOf(form));
  const [selected, setSelected] = useState<FieldAddress | null>(null);
  const [tab, setTab] = useState<Tab>('questions');
  const [notes, setNotes] = useState<RepairNote[]>([]);
  // The draft before an edit that had to drop rules or mappings, so the admin can take it back.
  const [undo, setUndo] = useState<FormDraft | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [saveDraft, saving] = useMutation(updateIntakeFormDraftMutation);
  const [publish, publishing] = useMutation(publishIntakeFormMutation);
  const [setActive, switching] = useMutation(setIntakeFormActiveMutation);

  const dirty = !sameDraft(draft, saved);
  const checked = useMemo(() => validateFormDefinition(draft.definition), [draft.definition]);
  const problems = useMemo(() => placeProblems(checked.ok ? [] : checked.errors), [checked]);
  const issues = mappingIssues(draft.definition, draft.mappings, customFields);
  const blocked = !draft.name.trim()
    ? 'Give the form a name.'
    : !checked.ok
      ? `Fix ${checked.errors.length} problem${checked.errors.length === 1 ? '' : 's'} first.`
      : issues.size
        ? 'Fix the custom field mappings first.'
        : null;
  const busy = saving.loading || publishing.loading;

  useUnsavedChangesGuard(dirty);

  function apply(result: EditResult) {
    setUndo(result.notes.length ? draft : null);
    setDraft(result.draft);
    setNotes(result.notes);
    if (result.address) setSelected(result.address);
    setMessage(null);
  }

  async function save(): Promise<boolean> {
    const sent = draft;
    try {
      const result = await saveDraft({
        variables: {
          formId: form.id,
          input: { name: sent.name, description: sent.description, definition: sent.definition, mappings: sent.mappings },
        },
      });
      const stored = result.data?.updateIntakeFormDraft;
      if (!stored) return false;
      const next = draftOf(stored);
      setSaved(next);
      setDraft((current) => (current === sent ? next : current));
      return true;
    } catch (error) {
      setMessage(failure(error));
      return false;
    }
  }

  async function saveAndPublish() {
    if (dirty && !(await save())) return;
    try {
      const result = await publish({ variables: { formId: form.id } });
      const outcome = result.data?.publishIntakeForm;
      if (!outcome) return;
      setMessage({
        kind: 'success',
        text: outcome.created
          ? `Published version ${outcome.version}. New requests use it; earlier tickets keep the version they were sent with.`
          : `Nothing new to publish: the draft is the same as version ${outcome.version}.`,
      });
    } catch (error) {
      setMessage(failure(error));
    }
  }

  const previewed = previewId ? form.versions.find((v) => v.id === previewId) : undefined;
  const previewDefinition = previewed ? readDefinition(previewed.definition) : checked.ok ? checked.form : draft.definition;

  return (
    <div className="page fb-page">
      <header className="fb-page-header">
        <div>
          <Link className="fb-back" to="/forms">
            ← Forms
          </Link>
          <div className="fb-title-row">
            <h1 className="page-title">{draft.name.trim() || 'Untitled form'}</h1>
            <FormStatusBadges form={{ ...form, hasUnpublishedChanges: form.hasUnpublishedChanges || dirty }} />
          </div>
        </div>
        <div className="fb-actions">
          <span className="fb-save-state" aria-live="polite">
            {saving.loading ? 'Saving…' : dirty ? 'Unsaved changes' : 'Draft saved'}
          </span>
          {form.publishedVersion > 0 && (
            <button
              type="button"
              className="button button--secondary"
              disabled={switching.loading}
              onClick={() =>
                void setActive({ variables: { formId: form.id, active: !form.isActive } }).catch((e: unknown) => setMessage(failure(e)))
              }
            >
              {form.isActive ? 'Switch off' : 'Switch on'}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={!dirty || Boolean(blocked) || busy}
            onClick={() => void save()}
          >
            Save draft
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={Boolean(blocked) || busy || (!dirty && !form.hasUnpublishedChanges)}
            title={
              blocked ?? (!dirty && !form.hasUnpublishedChanges ? `Version ${form.publishedVersion} already holds this draft.` : undefined)
            }
            onClick={() => void saveAndPublish()}
          >
            {publishing.loading ? 'Publishing…' : 'Publish'}
          </button>
        </div>
      </header>

      {message && (
        <div
          className={`fb-notice fb-notice--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="builder-message"
        >
          <div>
            {message.text}
            {message.list && (
              <ul>
                {message.list.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="link-button" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <div className="fb-notice" role="status">
          <div>
            To keep the form consistent, the editor removed:
            <ul>
              {notes.map((n, i) => (
                <li key={i}>
                  {n.where}: {n.why}
                </li>
              ))}
            </ul>
          </div>
          <span className="fb-actions">
            {undo && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setDraft(undo);
                  setUndo(null);
                  setNotes([]);
                }}
              >
                Undo
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setNotes([]);
                setUndo(null);
              }}
            >
              Dismiss
            </button>
          </span>
        </div>
      )}
      {blocked && !checked.ok && (
        <p className="fb-notice fb-notice--error" role="status">
          {checked.errors.length} problem{checked.errors.length === 1 ? '' : 's'} to fix before saving: open the questions marked “Needs
          attention”.
          {problems.form.length > 0 && ` ${problems.form.join(' ')}`}
        </p>
      )}

      <div className="fb-tabs" role="tablist" aria-label="Form builder">
        {(
          [
            ['questions', 'Questions', null],
            ['mapping', 'Ticket mapping', issues.size || null],
            ['versions', 'Versions', form.versions.length],
          ] as const
        ).map(([key, label, count]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            aria-selected={tab === key}
            aria-controls={`${id}-panel`}
            className="fb-tab"
            onClick={() => setTab(key)}
          >
            {label}
            {count !== null && <span className="fb-tab-count">{count}</span>}
          </button>
        ))}
      </div>

      <div className="fb-layout">
        <div className="fb-column" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`}>
          {tab === 'questions' && (
            <>
              <DetailsCard draft={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
              <QuestionsEditor draft={draft} problems={problems} selected={selected} onSelect={setSelected} onApply={apply} />
            </>
          )}
          {tab === 'mapping' && (
            <MappingsEditor draft={draft} customFields={customFields} onChange={(mappings) => setDraft({ ...draft, mappings })} />
          )}
          {tab === 'versions' && (
            <VersionHistory
              versions={form.versions}
              publishedVersion={form.publishedVersion}
              previewedId={previewId}
              onPreview={setPreviewId}
              onCopyToDraft={(versionId) => {
                const version = form.versions.find((v) => v.id === versionId);
                if (!version) return;
                apply(settle({ ...draft, definition: readDefinition(version.definition), mappings: readMappings(version.mappings) }));
                setSelected(null);
                setPreviewId(null);
                setMessage({ kind: 'success', text: `The draft now holds version ${version.version}. Save or publish to keep it.` });
              }}
            />
          )}
        </div>
        <div className="fb-sticky">
          <FormPreview
            key={previewId ?? 'draft'}
            title={previewed ? `Version ${previewed.version}` : 'Draft'}
            formName={draft.name}
            description={draft.description}
            definition={previewDefinition}
            mappings={previewed ? readMappings(previewed.mappings) : draft.mappings}
            customFields={customFields}
            blockedReason={!previewed && !checked.ok ? 'Fix the problems to try the server’s checks.' : null}
            onBackToDraft={previewed ? () => setPreviewId(null) : undefined}
          />
        </div>
      </div>
    </div>
  );
}

function DetailsCard({ draft, onChange }: { draft: FormDraft; onChange(patch: Partial<FormDraft>): void }) {
  const id = useId();
  return (
    <section className="fb-card" aria-label="Form details">
      <div className="fb-card-body">
        <div className="fb-grid-2">
          <div className={draft.name.trim() ? 'field' : 'field field--invalid'}>
            <label className="field-label" htmlFor={`${id}-name`}>
              Form name
            </label>
            <input
              id={`${id}-name`}
              className="input"
              value={draft.name}
              maxLength={120}
              onChange={(e) => onChange({ name: e.target.value })}
            />
            {!draft.name.trim() && <p className="field-error">Give the form a name.</p>}
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-description`}>
              Description
            </label>
            <input
              id={`${id}-description`}
              className="input"
              value={draft.description}
              maxLength={1000}
              placeholder="Shown above the form in the portal"
              onChange={(e) => onChange({ description: e.target.value })}
            />
          </div>
        </div>
      </div>
    </section>
  );
}

/** Asks before leaving the editor (in the app or the browser) with unsaved changes. */
function useUnsavedChangesGuard(dirty: boolean) {
  const blocker = useBlocker(dirty);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm('Leave the form builder? Your unsaved changes will be lost.')) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
