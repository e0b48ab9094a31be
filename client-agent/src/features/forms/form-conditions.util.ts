import {
  RULE_OPS_BY_FIELD_TYPE,
  type Condition,
  type FieldType,
  type FormDefinition,
  type FormField,
  type Rule,
  type RuleOp,
} from '@actionconnect/shared';

/** Where a condition sits: on a section, or on a field of a section. */
export interface ConditionHost {
  section: number;
  /** Absent for the section's own condition. */
  field?: number;
}

/**
 * The questions a rule at this place may test: every field before it in document order. A
 * section's rules see only fields of earlier sections (it cannot depend on what it contains),
 * exactly as validateFormDefinition and the engine read them.
 */
export function ruleTargets(definition: FormDefinition, host: ConditionHost): FormField[] {
  const targets: FormField[] = [];
  const seen = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (s > host.section) return;
    section.fields.forEach((field, f) => {
      const earlier = s < host.section || (host.field !== undefined && f < host.field);
      if (earlier && !seen.has(field.key)) {
        seen.add(field.key);
        targets.push(field);
      }
    });
  });
  return targets;
}

/** The operators a rule on a field of this type may use (the shared engine's list). */
export function opsFor(type: FieldType): readonly RuleOp[] {
  return RULE_OPS_BY_FIELD_TYPE[type];
}

/** How an operator reads in the condition editor and in summaries, per field type. */
export function opLabel(op: RuleOp, type: FieldType): string {
  switch (op) {
    case 'equals':
      return 'is';
    case 'not_equals':
      return 'is not';
    case 'includes':
      return type === 'multiple_choice' ? 'includes' : 'contains';
    case 'answered':
      return 'is answered';
    case 'gt':
      return type === 'date' ? 'is after' : 'is more than';
    case 'lt':
      return type === 'date' ? 'is before' : 'is less than';
  }
}

/** A rule on a question that is valid as it stands: choices pick the first option, other types test "is answered". */
export function defaultRule(target: FormField): Rule {
  const first = target.options?.[0]?.value;
  switch (target.type) {
    case 'single_choice':
      return first !== undefined ? { field: target.key, op: 'equals', value: first } : { field: target.key, op: 'answered' };
    case 'multiple_choice':
      return first !== undefined ? { field: target.key, op: 'includes', value: first } : { field: target.key, op: 'answered' };
    case 'checkbox':
      return { field: target.key, op: 'equals', value: true };
    default:
      return { field: target.key, op: 'answered' };
  }
}

/** The rule with another operator, its value kept when it still makes sense and reset otherwise. */
export function withOp(rule: Rule, target: FormField, op: RuleOp): Rule {
  if (op === 'answered') return { field: rule.field, op };
  if (target.type === 'checkbox') return { field: rule.field, op, value: typeof rule.value === 'boolean' ? rule.value : true };
  if (target.type === 'single_choice' || target.type === 'multiple_choice') {
    const known = target.options?.some((o) => o.value === rule.value);
    return { field: rule.field, op, value: known ? rule.value : (target.options?.[0]?.value ?? '') };
  }
  if (target.type === 'number') return { field: rule.field, op, value: typeof rule.value === 'number' ? rule.value : 0 };
  return { field: rule.field, op, value: typeof rule.value === 'string' ? rule.value : '' };
}

/**
 * Why a rule no longer fits the form, or null when it does: its question must come earlier,
 * allow its operator, and (for choices and checkboxes) still offer its value. Free-text and number
 * values are left for the validator to judge, since the admin may be typing them.
 */
export function ruleProblem(rule: Rule, earlier: ReadonlyMap<string, FormField>): string | null {
  const target = earlier.get(rule.field);
  if (!target) return `it tested “${rule.field}”, which no longer comes before it`;
  if (!opsFor(target.type).includes(rule.op)) return `“${target.label}” can no longer be tested with “${opLabel(rule.op, target.type)}”`;
  if (rule.op === 'answered') return null;
  if (target.type === 'checkbox' && typeof rule.value !== 'boolean') return `“${target.label}” is now a checkbox`;
  if ((target.type === 'single_choice' || target.type === 'multiple_choice') && !target.options?.some((o) => o.value === rule.value)) {
    return `“${target.label}” no longer offers “${String(rule.value)}”`;
  }
  return null;
}

/** A note about a rule the editor removed, shown to the admin. */
export interface RepairNote {
  /** The label of the question or title of the section that lost a rule. */
  where: string;
  why: string;
}

/**
 * Drops every rule that no longer fits after a structural change (a move, a removal, a new type
 * or fewer options), walking the form in document order so "earlier" means what the engine
 * means. A condition left with no rules is removed. Returns the form and what was dropped.
 */
export function repairConditions(definition: FormDefinition): { definition: FormDefinition; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const earlier = new Map<string, FormField>();
  const fix = (condition: Condition | undefined, where: string): Condition | undefined => {
    if (!condition) return undefined;
    const rules = condition.rules.filter((rule) => {
      const why = ruleProblem(rule, earlier);
      if (why) notes.push({ where, why });
      return !why;
    });
    if (rules.length === condition.rules.length) return condition;
    return rules.length ? { ...condition, rules } : undefined;
  };
  const sections = definition.sections.map((section) => {
    const condition = fix(section.condition, section.title || 'Untitled section');
    const fields = section.fields.map((field) => {
      const fixed = fix(field.condition, field.label || field.key);
      if (!earlier.has(field.key)) earlier.set(field.key, field);
      return fixed === field.condition ? field : withCondition(field, fixed);
    });
    return { ...withCondition(section, condition), fields };
  });
  return { definition: { sections }, notes };
}

function withCondition<T extends { condition?: Condition }>(host: T, condition: Condition | undefined): T {
  const { condition: _old, ...rest } = host;
  return (condition ? { ...rest, condition } : rest) as T;
}

/** A condition in words: "Shown when “Topic” is “Billing” and “Saw an error” is checked". */
export function conditionSummary(condition: Condition | undefined, fields: ReadonlyMap<string, FormField>): string | null {
  if (!condition || condition.rules.length === 0) return null;
  const parts = condition.rules.map((rule) => {
    const target = fields.get(rule.field);
    if (!target) return `“${rule.field}” …`;
    const name = `“${target.label}”`;
    if (rule.op === 'answered') return `${name} is answered`;
    if (target.type === 'checkbox') {
      const checked = (rule.op === 'equals') === (rule.value === true);
      return `${name} is ${checked ? 'checked' : 'not checked'}`;
    }
    const option = target.options?.find((o) => o.value === rule.value);
    const value = option ? option.label : String(rule.value ?? '');
    return `${name} ${opLabel(rule.op, target.type)} “${value}”`;
  });
  return `Shown when ${parts.join(condition.match === 'any' ? ' or ' : ' and ')}`;
}
