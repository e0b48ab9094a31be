import type { AnswerValue, Answers } from '@actionconnect/shared';

/** The part of the Web Storage API drafts use; sessionStorage in the browser, a map in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Which form a draft belongs to: the portal's organization, the form, and the version it was opened at. */
export interface DraftScope {
  organization: string;
  formId: string;
  versionId: string;
}

const PREFIX = 'actionconnect:request-draft:v1';
// A form has at most 100 fields (FORM_LIMITS.maxFields); anything more is not a draft of ours.
const MAX_ANSWERS = 100;

/** The sessionStorage key of a draft: one per organization, form and version. */
export function draftKey(scope: DraftScope): string {
  return [PREFIX, scope.organization, scope.formId, scope.versionId].map(encodeURIComponent).join(':');
}

/**
 * The draft saved for this exact form version, or, when the form was republished since, the
 * newest draft of another version of the same form (its answers are re-judged by the new version,
 * so answers to questions that no longer exist are simply ignored). Null when there is none.
 */
export function loadDraft(storage: DraftStorage, scope: DraftScope): { answers: Answers; fromOtherVersion: boolean } | null {
  const exact = readDraft(storage, draftKey(scope));
  if (exact) return { answers: exact.answers, fromOtherVersion: false };
  const formPrefix = draftKey({ ...scope, versionId: '' });
  let newest: StoredDraft | null = null;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(formPrefix)) continue;
    const draft = readDraft(storage, key);
    if (draft && (!newest || draft.savedAt > newest.savedAt)) newest = draft;
  }
  return newest ? { answers: newest.answers, fromOtherVersion: true } : null;
}

/** Saves the answers so far; an empty draft is removed instead. Storage errors (quota, private mode) are ignored. */
export function saveDraft(storage: DraftStorage, scope: DraftScope, answers: Answers, now: number = Date.now()): void {
  const kept = cleanAnswers(answers);
  try {
    if (Object.keys(kept).length === 0) storage.removeItem(draftKey(scope));
    else storage.setItem(draftKey(scope), JSON.stringify({ savedAt: now, answers: kept }));
  } catch {
    // A draft is a convenience: the form keeps working without one.
  }
}

/** Forgets every draft of the form (all versions): called once the request is submitted. */
export function clearDrafts(storage: DraftStorage, scope: Omit<DraftScope, 'versionId'>): void {
  const formPrefix = draftKey({ ...scope, versionId: '' });
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(formPrefix)) keys.push(key);
  }
  try {
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing more to do: the draft would only be offered again.
  }
}

interface StoredDraft {
  savedAt: number;
  answers: Answers;
}

function readDraft(storage: DraftStorage, key: string): StoredDraft | null {
  let parsed: unknown;
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !isRecord(parsed.answers)) return null;
  const answers = cleanAnswers(parsed.answers);
  if (Object.keys(answers).length === 0) return null;
  return { savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0, answers };
}

// Only values an input of the form could have produced; empty ones are not worth keeping.
function cleanAnswers(raw: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(raw).slice(0, MAX_ANSWERS)) {
    if (isAnswerValue(value) && !isEmptyValue(value)) answers[key] = value;
  }
  return answers;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isEmptyValue(value: AnswerValue): boolean {
  return value === '' || value === false || (Array.isArray(value) && value.length === 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
