import { FIELD_TYPES, FORM_LIMITS, type FieldType, type FormField, type FormSection } from '@actionconnect/shared';
import { useId, useState, type ReactNode } from 'react';
import { ConditionEditor } from './ConditionEditor';
import { conditionSummary, ruleTargets } from './form-conditions.util';
import {
  addField,
  addressKey,
  addSection,
  allFields,
  canMoveField,
  FIELD_TYPE_LABELS,
  moveField,
  moveSection,
  removeField,
  removeSection,
  renameFieldKey,
  renameOptionValue,
  replaceField,
  replaceSection,
  takenKeys,
  type EditResult,
  type FieldAddress,
  type FormDraft,
  type PlacedProblems,
} from './form-editor.util';
import { FieldEditor } from './FieldEditor';

interface QuestionsEditorProps {
  draft: FormDraft;
  problems: PlacedProblems;
  selected: FieldAddress | null;
  onSelect(address: FieldAddress | null): void;
  onApply(result: EditResult): void;
}

/** The sections and questions of a draft, each question opening into its settings. */
export function QuestionsEditor({ draft, problems, selected, onSelect, onApply }: QuestionsEditorProps) {
  const fieldsByKey = new Map(allFields(draft.definition).map((f) => [f.key, f]));
  const sections = draft.definition.sections;
  // Questions are numbered across sections: a section's first number follows the last section's.
  const firstNumbers = sections.map((_, s) => sections.slice(0, s).reduce((sum, section) => sum + section.fields.length, 1));
  return (
    <div className="fb-column">
      {sections.map((section, s) => (
        <SectionEditor
          key={section.key}
          draft={draft}
          index={s}
          count={sections.length}
          problems={problems.sections.get(s) ?? []}
          onApply={onApply}
        >
          {section.fields.length === 0 && <p className="fb-empty-section">No questions in this section yet.</p>}
          {section.fields.map((field, f) => {
            const number = firstNumbers[s] + f;
            const at = { section: s, field: f };
            const isSelected = selected?.section === s && selected.field === f;
            const fieldProblems = problems.fields.get(addressKey(at)) ?? [];
            return (
              <article
                key={field.key}
                className={['fb-field', isSelected && 'fb-field--selected', fieldProblems.length && 'fb-field--invalid']
                  .filter(Boolean)
                  .join(' ')}
                data-testid="builder-field"
                aria-label={`Question ${number}: ${field.label}`}
              >
                <div className="fb-field-row">
                  <button
                    type="button"
                    className="fb-field-summary"
                    aria-expanded={isSelected}
                    onClick={() => onSelect(isSelected ? null : at)}
                  >
                    <span className="fb-field-label">
                      {number}. {field.label || 'Untitled question'}
                      {field.required && (
                        <span className="fb-required" aria-label="required">
                          *
                        </span>
                      )}
                    </span>
                    <span className="fb-field-meta">
                      <span className="fb-chip">{FIELD_TYPE_LABELS[field.type]}</span>
                      <span className="fb-key">{field.key}</span>
                      {fieldProblems.length > 0 && <span className="field-error">Needs attention</span>}
                    </span>
                    {field.condition && (
                      <span className="fb-field-meta fb-condition-line">{conditionSummary(field.condition, fieldsByKey)}</span>
                    )}
                  </button>
                  <span className="fb-tools">
                    <button
                      type="button"
                      className="fb-tool"
                      aria-label={`Move “${field.label}” up`}
                      title="Move up"
                      disabled={!canMoveField(draft.definition, at, -1)}
                      onClick={() => onApply(moveField(draft, at, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="fb-tool"
                      aria-label={`Move “${field.label}” down`}
                      title="Move down"
                      disabled={!canMoveField(draft.definition, at, 1)}
                      onClick={() => onApply(moveField(draft, at, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="fb-tool fb-tool--danger"
                      aria-label={`Remove “${field.label}”`}
                      title="Remove question"
                      onClick={() => {
                        onSelect(null);
                        onApply(removeField(draft, at));
                      }}
                    >
                      ✕
                    </button>
                  </span>
                </div>
                {isSelected && (
                  <FieldEditor
                    field={field}
                    targets={ruleTargets(draft.definition, at)}
                    otherKeys={otherKeys(draft, field)}
                    problems={fieldProblems}
                    onChange={(next) => onApply(replaceField(draft, at, next))}
                    onRenameKey={(key) => onApply(renameFieldKey(draft, at, key))}
                    onRenameOptionValue={(index, value) => onApply(renameOptionValue(draft, at, index, value))}
                  />
                )}
              </article>
            );
          })}
          <AddQuestion onAdd={(type) => onApply(addField(draft, s, type))} />
        </SectionEditor>
      ))}
      <div className="fb-add-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={sections.length >= FORM_LIMITS.maxSections}
          onClick={() => onApply(addSection(draft))}
        >
          Add section
        </button>
        <span className="fb-hint">
          {allFields(draft.definition).length} of {FORM_LIMITS.maxFields} questions · {sections.length} of {FORM_LIMITS.maxSections}{' '}
          sections
        </span>
      </div>
    </div>
  );
}

function otherKeys(draft: FormDraft, field: FormField): Set<string> {
  const keys = takenKeys(draft.definition);
  keys.delete(field.key);
  return keys;
}

interface SectionEditorProps {
  draft: FormDraft;
  index: number;
  count: number;
  problems: readonly string[];
  onApply(result: EditResult): void;
  children: ReactNode;
}

function SectionEditor({ draft, index, count, problems, onApply, children }: SectionEditorProps) {
  const id = useId();
  const section = draft.definition.sections[index];
  const [showSettings, setShowSettings] = useState(false);
  const fieldsByKey = new Map(allFields(draft.definition).map((f) => [f.key, f]));
  const { fields: _fields, ...own } = section;
  const update = (patch: Partial<Omit<FormSection, 'fields'>>) => {
    const next = { ...own, ...patch };
    if (next.description === undefined || next.description === '') delete next.description;
    if (!next.condition) delete next.condition;
    onApply(replaceSection(draft, index, next));
  };
  const summary = conditionSummary(section.condition, fieldsByKey);
  return (
    <section className={problems.length ? 'fb-section fb-section--invalid' : 'fb-section'} aria-labelledby={`${id}-title`}>
      <div className="fb-section-head">
        <div className="fb-section-top">
          <span className="fb-section-number" id={`${id}-title`}>
            Section {index + 1}
          </span>
          <input
            className="fb-title-input"
            aria-label={`Section ${index + 1} title`}
            value={section.title}
            maxLength={FORM_LIMITS.maxLabelLength}
            onChange={(e) => update({ title: e.target.value })}
          />
          <span className="fb-tools">
            <button
              type="button"
              className="fb-tool"
              aria-expanded={showSettings}
              aria-label={`Section ${index + 1} settings`}
              title="Description and condition"
              onClick={() => setShowSettings((v) => !v)}
            >
              ⋯
            </button>
            <button
              type="button"
              className="fb-tool"
              aria-label={`Move section ${index + 1} up`}
              disabled={index === 0}
              onClick={() => onApply(moveSection(draft, index, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="fb-tool"
              aria-label={`Move section ${index + 1} down`}
              disabled={index === count - 1}
              onClick={() => onApply(moveSection(draft, index, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="fb-tool fb-tool--danger"
              aria-label={`Remove section ${index + 1} and its questions`}
              disabled={count <= 1}
              onClick={() => {
                const questions = section.fields.length;
                const ok =
                  questions === 0 ||
                  window.confirm(`Remove “${section.title}” and its ${questions} question${questions === 1 ? '' : 's'}?`);
                if (ok) onApply(removeSection(draft, index));
              }}
            >
              ✕
            </button>
          </span>
        </div>
        {summary && !showSettings && <span className="fb-field-meta fb-condition-line">{summary}</span>}
        {problems.length > 0 && (
          <ul className="fb-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {showSettings && (
          <>
            <div className="field">
              <label className="field-label fb-sublabel" htmlFor={`${id}-description`}>
                Description <span className="fb-muted">(optional)</span>
              </label>
              <textarea
                id={`${id}-description`}
                className="input fb-textarea"
                rows={2}
                value={section.description ?? ''}
                maxLength={FORM_LIMITS.maxHelpTextLength}
                onChange={(e) => update({ description: e.target.value })}
              />
            </div>
            <ConditionEditor
              condition={section.condition}
              targets={ruleTargets(draft.definition, { section: index })}
              host="section"
              onChange={(condition) => update({ condition })}
            />
          </>
        )}
      </div>
      <div className="fb-fields">{children}</div>
    </section>
  );
}

function AddQuestion({ onAdd }: { onAdd(type: FieldType): void }) {
  const id = useId();
  const [type, setType] = useState<FieldType>('short_text');
  return (
    <div className="fb-add-row">
      <label className="fb-hint" htmlFor={id}>
        New question:
      </label>
      <select
        id={id}
        className="input fb-input-small fb-select fb-type-select"
        value={type}
        onChange={(e) => setType(e.target.value as FieldType)}
      >
        {FIELD_TYPES.map((t) => (
          <option key={t} value={t}>
            {FIELD_TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <button type="button" className="button button--secondary button--small" onClick={() => onAdd(type)}>
        Add
      </button>
    </div>
  );
}
