import { DataTable, type DataTableColumn } from '@actionconnect/ui';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { allFields, FIELD_TYPE_LABELS } from './form-editor.util';
import { DESCRIPTION_FIELD_TYPES, SUBJECT_FIELD_TYPES } from '@actionconnect/shared';
import { fillableFields, mappingIssues, type DraftMappings, type MappableField } from './form-mappings.util';
import type { FormDraft } from './form-editor.util';

interface MappingsEditorProps {
  draft: FormDraft;
  customFields: readonly MappableField[];
  onChange(mappings: DraftMappings): void;
}

const MAPPING_COLUMNS: readonly DataTableColumn[] = [
  { key: 'question', header: 'Question' },
  { key: 'type', header: 'Answer type' },
  { key: 'fills', header: 'Fills' },
];

/** Which answers become the ticket's subject, its first message and its custom field values. */
export function MappingsEditor({ draft, customFields, onChange }: MappingsEditorProps) {
  const id = useId();
  const questions = allFields(draft.definition);
  const { mappings } = draft;
  const issues = mappingIssues(draft.definition, mappings, customFields);
  const setCustomField = (question: string, fieldKey: string) => {
    const customFieldsMap = { ...mappings.customFields };
    if (fieldKey) customFieldsMap[question] = fieldKey;
    else delete customFieldsMap[question];
    onChange({ ...mappings, customFields: customFieldsMap });
  };
  return (
    <div className="fb-column">
      <section className="fb-card" aria-labelledby={`${id}-ticket`}>
        <div className="fb-card-body">
          <h2 className="fb-card-title" id={`${id}-ticket`}>
            The ticket
          </h2>
          <p className="fb-hint">
            Answers can fill the ticket&apos;s subject and first message; otherwise the form name and a summary of the answers are used.
          </p>
          <div className="fb-grid-2">
            <div className="field">
              <label className="field-label" htmlFor={`${id}-subject`}>
                Subject
              </label>
              <select
                id={`${id}-subject`}
                className="input fb-select"
                value={mappings.subject ?? ''}
                onChange={(e) => onChange({ ...mappings, subject: e.target.value || null })}
              >
                <option value="">The form&apos;s name</option>
                {questions
                  .filter((q) => SUBJECT_FIELD_TYPES.includes(q.type))
                  .map((q) => (
                    <option key={q.key} value={q.key}>
                      {q.label}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-description`}>
                First message
              </label>
              <select
                id={`${id}-description`}
                className="input fb-select"
                value={mappings.description ?? ''}
                onChange={(e) => onChange({ ...mappings, description: e.target.value || null })}
              >
                <option value="">A summary of all answers</option>
                {questions
                  .filter((q) => DESCRIPTION_FIELD_TYPES.includes(q.type))
                  .map((q) => (
                    <option key={q.key} value={q.key}>
                      {q.label}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        </div>
      </section>
      <section className="fb-card" aria-labelledby={`${id}-fields`}>
        <div className="fb-card-body">
          <h2 className="fb-card-title" id={`${id}-fields`}>
            Custom fields
          </h2>
          <p className="fb-hint">
            An answer can fill one of your <Link to="/settings/fields">custom ticket fields</Link>. Only fields of a matching type (offering
            every option of a choice question) are listed, and each field takes one question.
          </p>
        </div>
        <DataTable columns={MAPPING_COLUMNS} density="compact">
          {questions.map((q) => {
            const current = mappings.customFields[q.key] ?? '';
            const choices = fillableFields(q, mappings, customFields);
            const issue = issues.get(q.key);
            return (
              <tr key={q.key}>
                <td>{q.label}</td>
                <td>
                  <span className="fb-chip">{FIELD_TYPE_LABELS[q.type]}</span>
                </td>
                <td>
                  <select
                    className="input fb-input-small fb-select"
                    aria-label={`Custom field filled by “${q.label}”`}
                    aria-invalid={issue ? true : undefined}
                    value={current}
                    onChange={(e) => setCustomField(q.key, e.target.value)}
                  >
                    <option value="">Nothing</option>
                    {current && !choices.some((c) => c.key === current) && <option value={current}>{current} (does not fit)</option>}
                    {choices.map((c) => (
                      <option key={c.key} value={c.key}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                  {issue && <p className="field-error">{issue}</p>}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>
    </div>
  );
}
