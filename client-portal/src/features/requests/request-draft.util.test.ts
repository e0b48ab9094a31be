import { describe, expect, it } from '@jest/globals';
import { clearDrafts, draftKey, loadDraft, saveDraft, type DraftStorage } from './request-draft.util';

function memoryStorage(): DraftStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (i) => [...entries.keys()][i] ?? null,
    getItem: (k) => entries.get(k) ?? null,
    setItem: (k, v) => void entries.set(k, v),
    removeItem: (k) => void entries.delete(k),
  };
}

const v1 = { organization: 'acme', formId: 'form-1', versionId: 'version-1' };
const v2 = { ...v1, versionId: 'version-2' };

describe('request drafts', () => {
  it('are kept per organization, form and version', () => {
    expect(draftKey(v1)).not.toBe(draftKey(v2));
    expect(draftKey(v1)).not.toBe(draftKey({ ...v1, organization: 'globex' }));
    expect(draftKey(v1)).not.toBe(draftKey({ ...v1, formId: 'form-2' }));
  });

  it('come back exactly as they were left, e.g. after signing in', () => {
    const storage = memoryStorage();
    const answers = { subject: 'Broken', topic: 'technical', saw_error: true, tags: ['a', 'b'], count: 3 };
    saveDraft(storage, v1, answers);
    expect(loadDraft(storage, v1)).toEqual({ answers, fromOtherVersion: false });
  });

  it("never leak into another organization's portal", () => {
    const storage = memoryStorage();
    saveDraft(storage, v1, { subject: 'Broken' });
    expect(loadDraft(storage, { ...v1, organization: 'globex' })).toBeNull();
  });

  it('carry over to a newer version of the same form, flagged so the page can say so', () => {
    const storage = memoryStorage();
    saveDraft(storage, v1, { subject: 'Broken' }, 1);
    expect(loadDraft(storage, v2)).toEqual({ answers: { subject: 'Broken' }, fromOtherVersion: true });
  });

  it('are removed rather than saved empty', () => {
    const storage = memoryStorage();
    saveDraft(storage, v1, { subject: 'Broken' });
    saveDraft(storage, v1, { subject: '', saw_error: false, tags: [] });
    expect(storage.entries.size).toBe(0);
  });

  it('are all cleared after a successful submit', () => {
    const storage = memoryStorage();
    saveDraft(storage, v1, { subject: 'One' });
    saveDraft(storage, v2, { subject: 'Two' });
    saveDraft(storage, { ...v1, formId: 'form-2' }, { subject: 'Other form' });
    clearDrafts(storage, v1);
    expect(loadDraft(storage, v1)).toBeNull();
    expect(loadDraft(storage, { ...v1, formId: 'form-2' })).not.toBeNull();
  });

  it('ignore stored text that is not a draft', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(v1), '{not json');
    expect(loadDraft(storage, v1)).toBeNull();
    storage.setItem(draftKey(v1), JSON.stringify({ answers: { subject: { nested: true }, n: Infinity } }));
    expect(loadDraft(storage, v1)).toBeNull();
  });

  it('keep the form working when storage refuses to save', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => saveDraft(storage, v1, { subject: 'x' })).not.toThrow();
  });
});
