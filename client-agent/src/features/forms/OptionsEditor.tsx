import { FORM_LIMITS, type ChoiceOption } from '@actionconnect/shared';
import { keyFromLabel, uniqueKey } from './form-editor.util';

interface OptionsEditorProps {
  options: readonly ChoiceOption[];
  /** Replaces the list (labels edited, options added, moved or removed). */
  onChange(options: ChoiceOption[]): void;
  /** Changes one option's stored value; rules that tested the old value follow it. */
  onRenameValue(index: number, value: string): void;
}

/** The choices of a choice question: label as customers read it, value as answers and rules store it. */
export function OptionsEditor({ options, onChange, onRenameValue }: OptionsEditorProps) {
  const move = (index: number, direction: -1 | 1) => {
    const next = [...options];
    [next[index], next[index + direction]] = [next[index + direction], next[index]];
    onChange(next);
  };
  const add = () => {
    const label = `Option ${options.length + 1}`;
    const value = uniqueKey(keyFromLabel(label), new Set(options.map((o) => o.value)));
    onChange([...options, { value, label }]);
  };
  return (
    <fieldset className="fb-options fb-fieldset">
      <legend className="field-label">Options</legend>
      <p className="fb-hint">The label is what customers see; the value is what answers, rules and custom fields store.</p>
      {options.map((option, index) => (
        <div className="fb-option-row" key={index}>
          <input
            className="input fb-input-small"
            aria-label={`Option ${index + 1} label`}
            value={option.label}
            maxLength={FORM_LIMITS.maxLabelLength}
            onChange={(e) => onChange(options.map((o, i) => (i === index ? { ...o, label: e.target.value } : o)))}
          />
          <input
            className="input fb-input-small fb-key"
            aria-label={`Option ${index + 1} value`}
            value={option.value}
            maxLength={FORM_LIMITS.maxOptionValueLength}
            onChange={(e) => onRenameValue(index, e.target.value)}
          />
          <span className="fb-tools">
            <button
              type="button"
              className="fb-tool"
              aria-label={`Move option ${index + 1} up`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="fb-tool"
              aria-label={`Move option ${index + 1} down`}
              disabled={index === options.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="fb-tool fb-tool--danger"
              aria-label={`Remove option ${index + 1}`}
              disabled={options.length <= 1}
              onClick={() => onChange(options.filter((_, i) => i !== index))}
            >
              ✕
            </button>
          </span>
        </div>
      ))}
      <div className="fb-add-row">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={add}
          disabled={options.length >= FORM_LIMITS.maxOptions}
        >
          Add option
        </button>
      </div>
    </fieldset>
  );
}
