import type { Condition, FormField, Rule } from '@actionconnect/shared';
import { useId } from 'react';
import { defaultRule, opLabel, opsFor, withOp } from './form-conditions.util';

interface ConditionEditorProps {
  condition: Condition | undefined;
  /** The questions the rules may test: only those before the host. */
  targets: readonly FormField[];
  /** "question" or "section", for the wording. */
  host: 'question' | 'section';
  onChange(condition: Condition | undefined): void;
}

/** "Show this question when all/any of these rules hold", with rules on earlier questions only. */
export function ConditionEditor({ condition, targets, host, onChange }: ConditionEditorProps) {
  const id = useId();
  const byKey = new Map(targets.map((t) => [t.key, t]));
  if (!condition) {
    return (
      <div className="fb-condition">
        <div className="fb-condition-head">
          <span>Always shown</span>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={targets.length === 0}
            onClick={() => onChange({ match: 'all', rules: [defaultRule(targets[targets.length - 1])] })}
          >
            Show only when…
          </button>
        </div>
        {targets.length === 0 && (
          <p className="fb-hint">
            {host === 'section'
              ? 'A section can depend only on questions of earlier sections, and there are none yet.'
              : 'A question can depend only on questions before it, and there are none yet.'}
          </p>
        )}
      </div>
    );
  }
  const setRule = (index: number, rule: Rule) => onChange({ ...condition, rules: condition.rules.map((r, i) => (i === index ? rule : r)) });
  const removeRule = (index: number) => {
    const rules = condition.rules.filter((_, i) => i !== index);
    onChange(rules.length ? { ...condition, rules } : undefined);
  };
  return (
    <div className="fb-condition" role="group" aria-labelledby={`${id}-head`}>
      <div className="fb-condition-head" id={`${id}-head`}>
        <span>Show this {host} when</span>
        <select
          className="input fb-input-small fb-select"
          aria-label="Which rules must hold"
          value={condition.match}
          onChange={(e) => onChange({ ...condition, match: e.target.value === 'any' ? 'any' : 'all' })}
        >
          <option value="all">all</option>
          <option value="any">any</option>
        </select>
        <span>of these hold:</span>
      </div>
      {condition.rules.map((rule, index) => (
        <RuleRow
          key={index}
          rule={rule}
          index={index}
          targets={targets}
          target={byKey.get(rule.field)}
          onChange={(next) => setRule(index, next)}
          onRemove={() => removeRule(index)}
        />
      ))}
      <div className="fb-add-row">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={targets.length === 0}
          onClick={() => onChange({ ...condition, rules: [...condition.rules, defaultRule(targets[targets.length - 1])] })}
        >
          Add rule
        </button>
        <button type="button" className="link-button" onClick={() => onChange(undefined)}>
          Always show instead
        </button>
      </div>
    </div>
  );
}

interface RuleRowProps {
  rule: Rule;
  index: number;
  targets: readonly FormField[];
  target: FormField | undefined;
  onChange(rule: Rule): void;
  onRemove(): void;
}

function RuleRow({ rule, index, targets, target, onChange, onRemove }: RuleRowProps) {
  const n = index + 1;
  return (
    <div className="fb-rule">
      <select
        className="input fb-input-small fb-select fb-rule-question"
        aria-label={`Rule ${n}: question`}
        value={target ? rule.field : ''}
        onChange={(e) => {
          const next = targets.find((t) => t.key === e.target.value);
          if (next) onChange(defaultRule(next));
        }}
      >
        {!target && <option value="">Choose a question…</option>}
        {targets.map((t) => (
          <option key={t.key} value={t.key}>
            {t.label || t.key}
          </option>
        ))}
      </select>
      <button type="button" className="fb-tool fb-tool--danger" aria-label={`Remove rule ${n}`} title="Remove rule" onClick={onRemove}>
        ✕
      </button>
      {target ? (
        <>
          <select
            className="input fb-input-small fb-select"
            aria-label={`Rule ${n}: test`}
            value={rule.op}
            onChange={(e) => {
              const op = opsFor(target.type).find((o) => o === e.target.value);
              if (op) onChange(withOp(rule, target, op));
            }}
          >
            {opsFor(target.type).map((op) => (
              <option key={op} value={op}>
                {opLabel(op, target.type)}
              </option>
            ))}
          </select>
          <RuleValue rule={rule} target={target} label={`Rule ${n}: value`} onChange={onChange} />
        </>
      ) : (
        <span className="fb-hint fb-rule-wide">Pick a question</span>
      )}
    </div>
  );
}

function RuleValue({ rule, target, label, onChange }: { rule: Rule; target: FormField; label: string; onChange(rule: Rule): void }) {
  if (rule.op === 'answered') return <span aria-hidden="true" />;
  const set = (value: Rule['value']) => onChange({ ...rule, value });
  if (target.type === 'checkbox') {
    return (
      <select
        className="input fb-input-small fb-select"
        aria-label={label}
        value={String(rule.value === true)}
        onChange={(e) => set(e.target.value === 'true')}
      >
        <option value="true">checked</option>
        <option value="false">not checked</option>
      </select>
    );
  }
  if (target.type === 'single_choice' || target.type === 'multiple_choice') {
    return (
      <select
        className="input fb-input-small fb-select"
        aria-label={label}
        value={String(rule.value ?? '')}
        onChange={(e) => set(e.target.value)}
      >
        {(target.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const text = rule.value === undefined ? '' : String(rule.value);
  return (
    <input
      className="input fb-input-small"
      aria-label={label}
      type={target.type === 'date' ? 'date' : 'text'}
      inputMode={target.type === 'number' ? 'decimal' : undefined}
      value={text}
      onChange={(e) => {
        const raw = e.target.value;
        // Numbers are stored as numbers once they read as one, so the rule matches the engine's reading.
        const asNumber = target.type === 'number' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
        set(asNumber ?? raw);
      }}
    />
  );
}
