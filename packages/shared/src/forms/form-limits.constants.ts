// Caps on what an admin may save. They keep a stored form small enough to render,
// evaluate on every keystroke in the portal and re-check on the server without thought.

/** Size caps enforced by validateFormDefinition. */
export const FORM_LIMITS = Object.freeze({
  /** Sections per form. */
  maxSections: 20,
  /** Fields per form, counted across all sections. */
  maxFields: 100,
  /** Options per choice field. */
  maxOptions: 100,
  /** Rules per condition. */
  maxRules: 20,
  /** Section and field keys. */
  maxKeyLength: 64,
  /** Field labels, section titles and option labels. */
  maxLabelLength: 200,
  /** Field help text and section descriptions. */
  maxHelpTextLength: 1_000,
  /** Option values. */
  maxOptionValueLength: 100,
  /** Field `pattern` sources. */
  maxPatternLength: 200,
  /** String values inside rules. */
  maxRuleValueLength: 500,
});

/**
 * Longest answer accepted for each free-text field type, whatever the field's own maxLength says.
 * Counted in UTF-16 code units after trimming. Email answers are capped at 254 by normalizeEmail.
 */
export const MAX_TEXT_LENGTH = Object.freeze({
  short_text: 500,
  long_text: 10_000,
});
