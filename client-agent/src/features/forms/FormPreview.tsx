import {
  computeVisibility,
  MAX_FILES_PER_MESSAGE,
  type Answers,
  type AnswerValue,
  type FormDefinition,
  type FormField,
} from '@actionconnect/shared';
import { Fragment, useId, useState } from 'react';
import type { DraftMappings, MappableField } from './form-mappings.util';
import { hiddenCount, previewSubmission, type PreviewOutcome } from './form-preview.util';

interface FormPreviewProps {
  /** What is previewed, e.g. "Draft" or "Version 2". */
  title: string;
  formName: string;
  description: string;
  definition: FormDefinition;
  mappings: DraftMappings;
  customFields: readonly MappableField[];
  /** Why "Try submitting" cannot run (the draft has problems), if it cannot. */
  blockedReason?: string | null;
  /** Offered while a version is previewed, to come back to the draft. */
  onBackToDraft?(): void;
}

/**
 * The form as a customer sees it, evaluated by the shared engine on every answer, so the admin can
 * click through the branching; "Try submitting" runs the server's own checks.
 */
export function FormPreview({
  title,
  formName,
  description,
  definition,
  mappings,
  customFields,
  blockedReason,
  onBackToDraft,
}: FormPreviewProps) {
  const [answers, setAnswers] = useState<Answers>({});
  const [outcome, setOutcome] = useState<PreviewOutcome | null>(null);
  const visibility = computeVisibility(definition, answers);
  const { hidden } = hiddenCount(definition, answers);
  const errors = outcome && !outcome.ok ? outcome.errors : {};
  const setAnswer = (key: string, value: AnswerValue | null) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    setOutcome(null);
  };

  return (
    <aside className="fb-card" aria-label="Live preview" data-testid="form-preview">
      <div className="fb-preview-head">
        <div>
          <p className="page-eyebrow">Preview · {title}</p>
          <h2 className="fb-card-title">{formName || 'Untitled form'}</h2>
        </div>
        <div className="fb-actions">
          {onBackToDraft && (
            <button type="button" className="button button--secondary button--small" onClick={onBackToDraft}>
              Back to draft
            </button>
          )}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setAnswers({});
              setOutcome(null);
            }}
          >
            Clear answers
          </button>
        </div>
      </div>
      <div className="fb-preview-body">
        {description && <p className="fb-muted">{description}</p>}
        {definition.sections
          .filter((section) => visibility.sections.has(section.key))
          .map((section) => (
            <section className="fb-preview-section" key={section.key} aria-label={section.title}>
              <h3 className="fb-preview-section-title">{section.title}</h3>
              {section.description && <p className="fb-muted">{section.description}</p>}
              {section.fields
                .filter((field) => visibility.fields.has(field.key))
                .map((field) => (
                  <PreviewQuestion
                    key={field.key}
                    field={field}
                    value={answers[field.key]}
                    error={errors[field.key]}
                    onChange={(v) => setAnswer(field.key, v)}
                  />
                ))}
            </section>
          ))}
        <p className="fb-hidden-note" aria-live="polite">
          {hidden === 0
            ? 'Every question is showing.'
            : `${hidden} question${hidden === 1 ? ' is' : 's are'} hidden by conditions for these answers.`}
        </p>
        <div className="fb-actions">
          <button
            type="button"
            className="button button--primary button--small"
            disabled={Boolean(blockedReason)}
            onClick={() => setOutcome(previewSubmission(definition, answers, mappings, formName, customFields))}
          >
            Try submitting
          </button>
          {blockedReason && <span className="fb-hint">{blockedReason}</span>}
        </div>
        <Outcome outcome={outcome} />
      </div>
    </aside>
  );
}

function Outcome({ outcome }: { outcome: PreviewOutcome | null }) {
  if (!outcome) return null;
  if (!outcome.ok) {
    const count = Object.keys(outcome.errors).length;
    return (
      <p className="fb-notice fb-notice--error" role="status">
        The server would refuse this request: {count} answer{count === 1 ? ' needs' : 's need'} attention.
      </p>
    );
  }
  return (
    <div className="fb-result" role="status">
      <strong>The server would accept this request and open a ticket:</strong>
      <dl>
        <dt>Subject</dt>
        <dd>{outcome.subject}</dd>
        <dt>First message</dt>
        <dd>{outcome.description}</dd>
        {outcome.fields.map((f) => (
          <Fragment key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </Fragment>
        ))}
      </dl>
      {outcome.dropped > 0 && (
        <span className="fb-hint">
          {outcome.dropped} answer{outcome.dropped === 1 ? '' : 's'} to hidden questions would be dropped.
        </span>
      )}
    </div>
  );
}

interface PreviewQuestionProps {
  field: FormField;
  value: Answers[string];
  error: string | undefined;
  onChange(value: AnswerValue | null): void;
}

function PreviewQuestion({ field, value, error, onChange }: PreviewQuestionProps) {
  const id = useId();
  const label = (
    <>
      {field.label}
      {field.required && <span className="fb-required">*</span>}
    </>
  );
  const help = field.helpText && <p className="field-hint">{field.helpText}</p>;
  const problem = error && <p className="field-error">{error}</p>;
  const className = error ? 'field fb-preview-q field--invalid' : 'field fb-preview-q';

  if (field.type === 'checkbox') {
    return (
      <div className={className}>
        <label className="fb-choice">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span>{label}</span>
        </label>
        {help}
        {problem}
      </div>
    );
  }
  if (field.type === 'single_choice' || field.type === 'multiple_choice') {
    const multiple = field.type === 'multiple_choice';
    const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
    return (
      <fieldset className={className}>
        <legend className="field-label">{label}</legend>
        {help}
        <div className="fb-choice-list">
          {(field.options ?? []).map((option) => (
            <label className="fb-choice" key={option.value}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={id}
                checked={chosen.has(option.value)}
                onChange={(e) => {
                  if (!multiple) return onChange(option.value);
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(option.value);
                  else next.delete(option.value);
                  onChange((field.options ?? []).map((o) => o.value).filter((v) => next.has(v)));
                }}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {problem}
      </fieldset>
    );
  }
  if (field.type === 'file') {
    // The preview uploads nothing: it shows where the contact's file picker goes and how many it takes.
    const most = Math.min(field.maxFiles ?? MAX_FILES_PER_MESSAGE, MAX_FILES_PER_MESSAGE);
    return (
      <div className={className}>
        <span className="field-label">{label}</span>
        {help}
        <p className="field-hint">
          Contacts attach up to {most} {most === 1 ? 'file' : 'files'} here (drag and drop, paste or browse).
        </p>
        {problem}
      </div>
    );
  }
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  return (
    <div className={className}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {help}
      {field.type === 'long_text' ? (
        <textarea id={id} className="input fb-textarea" rows={3} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          id={id}
          className="input"
          type={field.type === 'email' ? 'email' : field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {problem}
    </div>
  );
}
