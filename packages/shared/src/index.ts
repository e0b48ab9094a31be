// The single entry point of @actionconnect/shared. Types are re-exported with `export type`
// because the clients' Vite builds compile each file on its own and cannot tell a type from a value.

export type {
  AnswerValue,
  Answers,
  ChoiceOption,
  Condition,
  FieldType,
  FormDefinition,
  FormField,
  FormSection,
  Rule,
  RuleOp,
} from './forms/form.types';
export { CUSTOM_FIELD_TYPES, FIELD_TYPES, RULE_OPS } from './forms/form.types';
export { FORM_LIMITS, MAX_TEXT_LENGTH } from './forms/form-limits.constants';
export type { SubmissionErrorCode } from './forms/answer-reader.util';
export { isCalendarDate } from './forms/answer-reader.util';
export { RULE_OPS_BY_FIELD_TYPE } from './forms/rule.interpreter';
export type { FormValidationResult } from './forms/form-definition.validator';
export { validateFormDefinition } from './forms/form-definition.validator';
export type { FormVisibility } from './forms/form-visibility.evaluator';
export { computeVisibility, isFieldVisible, isSectionVisible, visibleFieldKeys } from './forms/form-visibility.evaluator';
export type { SubmissionError, SubmissionResult } from './forms/submission.evaluator';
export { FORM_ERROR_KEY, evaluateSubmission } from './forms/submission.evaluator';

export type { ColorInput, RgbColor } from './color/contrast';
export {
  WCAG_AA_LARGE_TEXT,
  WCAG_AA_NORMAL_TEXT,
  bestTextColor,
  contrastRatio,
  meetsWcagAA,
  parseHexColor,
  relativeLuminance,
} from './color/contrast';

export { MAX_EMAIL_LENGTH, normalizeEmail } from './email/email-address';
export { MAX_RETURN_PATH_LENGTH, safeReturnPath } from './paths/return-path';

export type { BrandPalette, BrandingTextField, PrimaryContrast } from './branding/branding-rules';
export {
  BRANDING_TEXT_LIMITS,
  brandPalette,
  brandingTextProblem,
  cleanBrandingText,
  formatContrastRatio,
  normalizeHexColor,
  primaryContrastProblem,
  primaryTextContrast,
} from './branding/branding-rules';
export type { LogoContentType, SniffedImage } from './branding/logo-image';
export {
  LOGO_CONTENT_TYPES,
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE_PX,
  isLogoContentType,
  logoProblem,
  logoSizeProblem,
  looksLikeMarkup,
  normalizeImageType,
  sniffImage,
} from './branding/logo-image';

// Client helpers used by both React apps (pure functions, no DOM).
export type { ApiErrorLike, FormErrorOptions, FormErrors } from './client/api-errors.util';
export { NETWORK_ERROR_MESSAGE, NO_FORM_ERRORS, UNEXPECTED_ERROR_MESSAGE, hasFormErrors, toFormErrors } from './client/api-errors.util';
export type { NamedPerson } from './client/person-name.util';
export { personInitials, personName } from './client/person-name.util';
export { formatDate, formatDateTime, formatRelativeTime, parseInstant } from './client/time.util';
export { isCompleteSignInCode, normalizeSignInCode } from './client/sign-in-code.util';
export { CUSTOM_FIELD_TYPES_FOR_ANSWER, DESCRIPTION_FIELD_TYPES, SUBJECT_FIELD_TYPES } from './forms/form-mapping.rules';

export { isUuid } from './ids/uuid';
export { MAX_FILES_PER_MESSAGE, MAX_UPLOAD_BYTES, formatByteSize } from './attachments/attachment-limits';
export type { TicketMessageKind, TicketPriority, TicketStatus } from './tickets/ticket-enums';
export { TICKET_COUNT_LIMIT, TICKET_MESSAGE_KINDS, TICKET_PRIORITIES, TICKET_STATUSES, UNSOLVED_STATUSES } from './tickets/ticket-enums';
export { slugify } from './text/slug';
export { MAX_TAG_LENGTH, normalizeTagName } from './tags/tag-name';
export type { MacroContext, MacroPlaceholder } from './macros/macro-template';
export { MACRO_PLACEHOLDERS, renderMacro, unknownPlaceholders } from './macros/macro-template';
export { ticketCountLabel } from './tickets/ticket-count';

export type { Sha256, SolveOptions } from './proof-of-work/proof-of-work';
export {
  PROOF_OF_WORK_MAX_DIFFICULTY,
  PROOF_OF_WORK_SOLUTION_MAX_LENGTH,
  checkProofOfWork,
  isProofOfWorkSolution,
  leadingZeroBits,
  proofOfWorkInput,
  solveProofOfWork,
} from './proof-of-work/proof-of-work';
export { KB_ROOT, UNCATEGORIZED_SEGMENT, articlePath, categoryPath, searchPath } from './paths/knowledge-base-paths';
export { portalDocumentTitle, portalSiteName } from './branding/site-name';

export type { BusinessSchedule, ClockPause, Holiday, OpeningInterval } from './service-levels/business-time';
export {
  BUSINESS_HOURS_LIMITS,
  addClockMinutes,
  businessScheduleProblem,
  clockMinutesBetween,
  isKnownTimeZone,
  minuteOfDay,
  openState,
} from './service-levels/business-time';
export type { DueTimes, ServiceTarget, ServiceTargets, TicketClock } from './service-levels/due-times';
export { MAX_TARGET_MINUTES, SERVICE_TARGETS, dueTimes, soonestDue } from './service-levels/due-times';
export type { MentionableAgent } from './tickets/mentions';
export { mentionTokens, mentionedAgents } from './tickets/mentions';
