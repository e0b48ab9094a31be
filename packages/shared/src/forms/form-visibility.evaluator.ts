import { readAnswer } from './answer-reader.util';
import type { AnswerValue, Answers, Condition, FormDefinition, FormField } from './form.types';
import { ruleHolds } from './rule.interpreter';

/** Keys of the sections and fields a person filling the form can currently see. */
export interface FormVisibility {
  sections: Set<string>;
  fields: Set<string>;
}

type Lookup = (key: string) => { field: FormField | undefined; answer: AnswerValue | undefined };

/**
 * Works out what is visible for a set of answers, in one pass in document order. A section shows
 * when its condition holds; a field shows when its section shows and its own condition holds.
 * Rules see only earlier, visible fields: a hidden field reads as unanswered, so hiding a question
 * also hides whatever depended on its answer.
 */
export function computeVisibility(form: FormDefinition, answers: Answers): FormVisibility {
  return visibilityFromValues(form, readAnswerValues(form, answers));
}

/** Keys of the fields currently visible for these answers. */
export function visibleFieldKeys(form: FormDefinition, answers: Answers): Set<string> {
  return computeVisibility(form, answers).fields;
}

/** Whether the section with this key is currently visible; false for an unknown key. */
export function isSectionVisible(form: FormDefinition, answers: Answers, sectionKey: string): boolean {
  return computeVisibility(form, answers).sections.has(sectionKey);
}

/** Whether the field with this key is currently visible; false for an unknown key. */
export function isFieldVisible(form: FormDefinition, answers: Answers, fieldKey: string): boolean {
  return computeVisibility(form, answers).fields.has(fieldKey);
}

/** Whether a condition holds; a missing condition or an empty rule list always holds. */
export function conditionHolds(condition: Condition | undefined, lookup: Lookup): boolean {
  if (!condition || condition.rules.length === 0) return true;
  const holds = (rule: Condition['rules'][number]): boolean => {
    const { field, answer } = lookup(rule.field);
    return ruleHolds(rule, field, answer);
  };
  return condition.match === 'any' ? condition.rules.some(holds) : condition.rules.every(holds);
}

/** Visibility from answers already read by readAnswer (absent key = unanswered). */
export function visibilityFromValues(form: FormDefinition, values: ReadonlyMap<string, AnswerValue>): FormVisibility {
  const sections = new Set<string>();
  const fields = new Set<string>();
  // Only fields already passed are known, which is what keeps a forward reference from ever
  // holding, even in a form that skipped validation.
  const earlierFields = new Map<string, FormField>();
  const visibleValues = new Map<string, AnswerValue>();
  const lookup: Lookup = (key) => ({ field: earlierFields.get(key), answer: visibleValues.get(key) });

  for (const section of form.sections) {
    const sectionVisible = conditionHolds(section.condition, lookup);
    if (sectionVisible) sections.add(section.key);
    for (const field of section.fields) {
      const visible = sectionVisible && conditionHolds(field.condition, lookup);
      if (earlierFields.has(field.key)) continue; // a duplicate key; validation rejects these
      earlierFields.set(field.key, field);
      if (!visible) continue;
      fields.add(field.key);
      const value = values.get(field.key);
      if (value !== undefined) visibleValues.set(field.key, value);
    }
  }
  return { sections, fields };
}

/** Every field's answer read as its type, keeping only real values (empty and invalid are left out). */
export function readAnswerValues(form: FormDefinition, answers: object): Map<string, AnswerValue> {
  const values = new Map<string, AnswerValue>();
  for (const section of form.sections) {
    for (const field of section.fields) {
      const read = readAnswer(field, ownValue(answers, field.key));
      if (read.kind === 'value' && !values.has(field.key)) values.set(field.key, read.value);
    }
  }
  return values;
}

/** An own property only: a field keyed "constructor" must not read Object.prototype.constructor. */
export function ownValue(record: object | null | undefined, key: string): unknown {
  if (record === null || typeof record !== 'object' || !Object.hasOwn(record, key)) return undefined;
  return (record as Record<string, unknown>)[key];
}
