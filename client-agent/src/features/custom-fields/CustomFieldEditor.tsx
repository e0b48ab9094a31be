import { useMutation } from '@apollo/client/react';
import { CUSTOM_FIELD_TYPES, type FieldType, toFormErrors } from '@actionconnect/shared';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, TextField } from '@actionconnect/ui';
import { OptionsEditor } from '../forms';
import {
  CUSTOM_FIELD_TYPE_LABELS,
  customFieldProblems,
  emptyCustomField,
  hasOptions,
  withType,
  type CustomFieldDraft,
  type CustomFieldInput,
} from './custom-field-form.util';

const createCustomFieldMutation = graphql(`
  mutation CreateCustomField($input: CreateCustomFieldInput!) {
    createCustomField(input: $input) {
      ...CustomFieldAdminFields
    }
  }
`);

const saveCustomFieldMutation = graphql(`
  mutation SaveCustomField($id: ID!, $input: UpdateCustomFieldInput!) {
    updateCustomField(id: $id, input: $input) {
      ...CustomFieldAdminFields
    }
  }
`);

interface CustomFieldEditorProps {
  /** The field being edited; absent for a new one. */
  field?: { id: string };
  initial?: CustomFieldDraft;
  /** Keys already used (archived fields included), for new fields. */
  takenKeys: ReadonlySet<string>;
  onDone(): void;
}

const INPUTS: CustomFieldInput[] = ['key', 'label', 'type', 'options'];

/** Creates a field, or edits one: key and type are fixed once created, since tickets and forms rely on them. */
export function CustomFieldEditor({ field, initial, takenKeys, onDone }: CustomFieldEditorProps) {
  const id = useId();
  const isNew = !field;
  const [draft, setDraft] = useState<CustomFieldDraft>(initial ?? emptyCustomField());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<CustomFieldInput, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refetchQueries = ['AdminCustomFields'];
  const [create, creating] = useMutation(createCustomFieldMutation, { refetchQueries });
  const [save, saving] = useMutation(saveCustomFieldMutation, { refetchQueries });
  const problems = customFieldProblems(draft, takenKeys, isNew);
  const shown = submitted ? { ...problems, ...serverErrors } : serverErrors;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFormError(null);
    if (Object.keys(problems).length) return;
    try {
      if (field) {
        await save({
          variables: {
            id: field.id,
            input: { label: draft.label, options: hasOptions(draft.type) ? draft.options : null, visibleToContact: draft.visibleToContact },
          },
        });
      } else {
        await create({
          variables: {
            input: {
              key: draft.key || null,
              label: draft.label,
              type: draft.type,
              options: draft.options,
              visibleToContact: draft.visibleToContact,
            },
          },
        });
      }
      onDone();
    } catch (error) {
      const errors = toFormErrors(apiErrorsOf(error), INPUTS);
      setServerErrors(errors.fields);
      setFormError(errors.form);
    }
  }

  return (
    <form
      className="cf-editor"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={isNew ? 'New custom field' : `Edit ${initial?.label ?? 'field'}`}
    >
      <h2 className="cf-subtitle">{isNew ? 'New custom field' : `Edit “${initial?.label}”`}</h2>
      <div className="cf-grid">
        <TextField
          label="Label"
          value={draft.label}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, label: e.target.value })}
          error={shown.label}
          autoFocus
        />
        <div className={shown.type ? 'field field--invalid' : 'field'}>
          <label className="field-label" htmlFor={`${id}-type`}>
            Type
          </label>
          <select
            id={`${id}-type`}
            className="input"
            value={draft.type}
            disabled={!isNew}
            onChange={(e) => setDraft(withType(draft, e.target.value as FieldType))}
          >
            {CUSTOM_FIELD_TYPES.map((t) => (
              <option key={t} value={t}>
                {CUSTOM_FIELD_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          {!isNew && <p className="field-hint">The type cannot change once tickets may hold values.</p>}
        </div>
        <TextField
          label="Key"
          hint={isNew ? 'Optional: made from the label if left empty. It cannot change later.' : 'Used by form mappings; it cannot change.'}
          className="cf-key-input"
          value={draft.key}
          disabled={!isNew}
          maxLength={64}
          placeholder="order_number"
          onChange={(e) => setDraft({ ...draft, key: e.target.value.trim() })}
          error={shown.key}
        />
      </div>
      {hasOptions(draft.type) && (
        <div className={shown.options ? 'field field--invalid' : 'field'}>
          <OptionsEditor
            options={draft.options}
            onChange={(options) => setDraft({ ...draft, options })}
            onRenameValue={(index, value) =>
              setDraft({ ...draft, options: draft.options.map((o, i) => (i === index ? { ...o, value } : o)) })
            }
          />
          {shown.options && <p className="field-error">{shown.options}</p>}
          {!isNew && (
            <p className="field-hint">Options that a form fills this field with cannot be removed until the form stops using them.</p>
          )}
        </div>
      )}
      <label className="cf-switch">
        <input
          type="checkbox"
          role="switch"
          checked={draft.visibleToContact}
          onChange={(e) => setDraft({ ...draft, visibleToContact: e.target.checked })}
        />
        <span>Customers see this field on their requests in the portal</span>
      </label>
      <FormAlert message={formError} />
      <div className="cf-actions">
        <button type="submit" className="button button--primary" disabled={creating.loading || saving.loading}>
          {isNew ? 'Create field' : 'Save field'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
