import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { apiErrorsOf, FormAlert, Icon } from '@actionconnect/ui';
import { updateTicketMutation } from './TicketProperties';
import { editorValueOf, fieldChanges, knownFieldType, type CustomFieldDef, type EditorValue } from './custom-field-edit.util';
import { displayFieldValue } from './ticket-labels.util';

interface CustomFieldsPanelProps {
  number: number;
  readOnly: boolean;
  definitions: readonly (CustomFieldDef & { id: string; visibleToContact: boolean })[];
  values: readonly { key: string; value?: unknown }[];
}

/** Every custom field of the workspace, editable by its type; one save sends only what changed. */
export function CustomFieldsPanel({ number, readOnly, definitions, values }: CustomFieldsPanelProps) {
  const stored = useMemo(() => new Map(values.map((v) => [v.key, v.value ?? null])), [values]);
  const [edits, setEdits] = useState<Record<string, EditorValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(updateTicketMutation);
  const { changes } = fieldChanges(definitions, stored, edits);
  const dirty = Object.keys(edits).length > 0 && (changes.length > 0 || Object.keys(errors).length > 0);

  if (definitions.length === 0) return null;

  function edit(key: string, value: EditorValue) {
    setEdits((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _dropped, ...rest }) => rest);
    setSaved(false);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const result = fieldChanges(definitions, stored, edits);
    if (Object.keys(result.problems).length > 0) {
      setErrors(result.problems);
      return;
    }
    if (result.changes.length === 0) {
      setEdits({});
      return;
    }
    try {
      await update({ variables: { number, input: { customFields: result.changes } } });
      setEdits({});
      setErrors({});
      setSaved(true);
    } catch (e) {
      const byField: Record<string, string> = {};
      let form: string | null = null;
      for (const error of apiErrorsOf(e)) {
        const fields = error.extensions?.fields;
        if (Array.isArray(fields)) {
          for (const entry of fields as { field?: unknown; message?: unknown }[]) {
            if (typeof entry.field === 'string' && typeof entry.message === 'string') byField[entry.field] ??= entry.message;
          }
        } else {
          form ??= error.message || 'Saving failed. Try again.';
        }
      }
      setErrors(byField);
      setFormError(form);
    }
  }

  return (
    <form
      className="side-card"
      aria-labelledby="fields-title"
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      data-testid="custom-fields"
    >
      <h2 className="side-card-title" id="fields-title">
        Fields
      </h2>
      {definitions.map((field) => {
        const value = field.key in edits ? edits[field.key] : editorValueOf(field.type, stored.get(field.key));
        return (
          <FieldEditor
            key={field.id}
            field={field}
            value={value}
            storedValue={stored.get(field.key)}
            error={errors[field.key]}
            readOnly={readOnly}
            onChange={(next) => edit(field.key, next)}
          />
        );
      })}
      <FormAlert message={formError} />
      {!readOnly && (
        <div className="side-card-actions">
          <span className="property-state property-state--saved" role="status">
            {saved && !dirty ? 'Fields saved' : ''}
          </span>
          {dirty && (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setEdits({});
                setErrors({});
              }}
            >
              Discard
            </button>
          )}
          <button type="submit" className="button button--primary button--small" disabled={!dirty || loading}>
            {loading ? 'Saving…' : 'Save fields'}
          </button>
        </div>
      )}
    </form>
  );
}

interface FieldEditorProps {
  field: CustomFieldDef & { visibleToContact: boolean };
  value: EditorValue;
  storedValue: unknown;
  error: string | undefined;
  readOnly: boolean;
  onChange(value: EditorValue): void;
}

function FieldEditor({ field, value, storedValue, error, readOnly, onChange }: FieldEditorProps) {
  const id = `custom-field-${field.key}`;
  const type = knownFieldType(field.type);
  const visibility = (
    <span
      className={field.visibleToContact ? 'field-visibility' : 'field-visibility field-visibility--internal'}
      title={field.visibleToContact ? 'The requester sees this field in the portal' : 'Only agents see this field'}
    >
      <Icon name={field.visibleToContact ? 'user' : 'lock'} width={11} height={11} />
      {field.visibleToContact ? 'Shown to requester' : 'Internal'}
    </span>
  );
  const describedBy = error ? `${id}-error` : undefined;
  const common = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, disabled: readOnly } as const;

  let control;
  if (!type) {
    control = <p className="property-readonly">{displayFieldValue(field, storedValue)}</p>;
  } else if (type === 'checkbox') {
    control = (
      <label className="property-check">
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...common} />
        Yes
      </label>
    );
  } else if (type === 'multiple_choice') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    control = (
      <div className="property-checks" role="group" aria-labelledby={`${id}-label`}>
        {field.options.map((option) => (
          <label key={option.value} className="property-check">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(option.value);
                else next.delete(option.value);
                onChange(field.options.map((o) => o.value).filter((v) => next.has(v)));
              }}
              {...common}
            />
            {option.label}
          </label>
        ))}
      </div>
    );
  } else if (type === 'single_choice') {
    control = (
      <select
        id={id}
        className="select-input property-select"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        {...common}
      >
        <option value="">—</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (type === 'long_text') {
    control = (
      <textarea
        id={id}
        className="property-input"
        rows={3}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        {...common}
      />
    );
  } else {
    control = (
      <input
        id={id}
        className="property-input"
        type={type === 'date' ? 'date' : type === 'email' ? 'email' : 'text'}
        inputMode={type === 'number' ? 'decimal' : undefined}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
        {...common}
      />
    );
  }

  return (
    <div className={error ? 'property property--invalid' : 'property'}>
      {type === 'multiple_choice' ? (
        <span className="property-label" id={`${id}-label`}>
          {field.label} {visibility}
        </span>
      ) : (
        <label htmlFor={id} className="property-label">
          {field.label} {visibility}
        </label>
      )}
      {control}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
