import { describe, expect, it } from '@jest/globals';
import { describeEvent, displayFieldValue, dueLabel, statusChoices, type HistoryContext } from './ticket-labels.util';

const context: HistoryContext = {
  agentName: (id) => ({ a1: 'Ada Admin', a2: 'Arthur Agent' })[id],
  field: (key) =>
    key === 'severity'
      ? {
          label: 'Internal severity',
          type: 'single_choice',
          options: [
            { value: 'sev1', label: 'SEV1' },
            { value: 'sev3', label: 'SEV3' },
          ],
        }
      : undefined,
};

describe('ticket history in words', () => {
  it('names status and priority changes', () => {
    expect(describeEvent({ type: 'STATUS_CHANGED', fromStatus: 'NEW', toStatus: 'OPEN' }, context)).toBe(
      'changed the status from New to Open',
    );
    expect(describeEvent({ type: 'PRIORITY_CHANGED', details: { from: 'normal', to: 'urgent' } }, context)).toBe(
      'changed the priority from Normal to Urgent',
    );
  });

  it('names the agents of an assignment', () => {
    expect(describeEvent({ type: 'ASSIGNEE_CHANGED', details: { from: null, to: 'a2' } }, context)).toBe(
      'assigned the ticket to Arthur Agent',
    );
    expect(describeEvent({ type: 'ASSIGNEE_CHANGED', details: { from: 'a2', to: 'a1' } }, context)).toBe(
      'reassigned the ticket from Arthur Agent to Ada Admin',
    );
    expect(describeEvent({ type: 'ASSIGNEE_CHANGED', details: { from: 'a1', to: null } }, context)).toBe('unassigned Ada Admin');
  });

  it('says a requester was anonymized, and names no address for a CC removed by it', () => {
    expect(describeEvent({ type: 'REQUESTER_ANONYMIZED', details: {} }, context)).toBe(
      'anonymized the requester: name, email and files erased',
    );
    expect(
      describeEvent({ type: 'CC_REMOVED', details: { email: 'former-contact-1@anonymized.invalid', reason: 'anonymized' } }, context),
    ).toBe('removed a former contact from the CCs (anonymized)');
  });

  it('shows custom field values by their labels', () => {
    expect(describeEvent({ type: 'FIELD_CHANGED', details: { key: 'severity', from: 'sev3', to: 'sev1' } }, context)).toBe(
      'changed Internal severity from SEV3 to SEV1',
    );
    expect(describeEvent({ type: 'FIELD_CHANGED', details: { key: 'severity', from: 'sev3', to: null } }, context)).toBe(
      'cleared Internal severity',
    );
  });

  it('survives details it does not know', () => {
    expect(describeEvent({ type: 'OTHER', details: null }, context)).toBe('updated the ticket');
    expect(describeEvent({ type: 'SATISFACTION_RATED', details: { rating: 'good', comment: 'Lovely', from: null } }, context)).toBe(
      'rated the request Good: “Lovely”',
    );
    expect(describeEvent({ type: 'SATISFACTION_RATED', details: { rating: 'bad', comment: null, from: 'good' } }, context)).toBe(
      'changed their rating to Bad',
    );
    expect(
      describeEvent({ type: 'STATUS_CHANGED', fromStatus: 'SOLVED', toStatus: 'OPEN', details: { reason: 'bad_rating' } }, context),
    ).toBe('reopened the request with a bad rating');
    expect(describeEvent({ type: 'CC_ADDED', details: { email: 'pat@coyote.test' } }, context)).toBe('copied pat@coyote.test');
    expect(describeEvent({ type: 'CC_REMOVED', details: null }, context)).toBe('removed someone from the CCs');
    expect(describeEvent({ type: 'FIELD_CHANGED', details: 'garbage' }, context)).toBe('cleared a field');
  });

  it('names the other ticket of a merge', () => {
    expect(describeEvent({ type: 'MERGED_FROM', details: { number: 7 } }, context)).toBe('merged #7 into this ticket');
    expect(describeEvent({ type: 'MERGED_INTO', details: { number: 9 } }, context)).toBe('merged this ticket into #9');
  });
});

describe('status choices', () => {
  it('never offer to send a ticket back to New', () => {
    expect(statusChoices('OPEN')).toEqual(['OPEN', 'PENDING', 'SOLVED', 'CLOSED']);
    expect(statusChoices('NEW')).toContain('NEW');
  });

  it('offer nothing once a ticket is closed', () => {
    expect(statusChoices('CLOSED')).toEqual(['CLOSED']);
  });
});

describe('custom field values', () => {
  it('read as people say them', () => {
    expect(displayFieldValue(undefined, true)).toBe('Yes');
    expect(displayFieldValue(undefined, ['a', 'b'])).toBe('a, b');
    expect(displayFieldValue(undefined, null)).toBe('empty');
  });
});

describe('due times in the queue', () => {
  const now = new Date('2026-01-13T10:00:00Z');
  it('says how long is left, or how long it is overdue', () => {
    expect(dueLabel('2026-01-13T12:00:00Z', now)).toEqual({ text: 'due in 2 h', overdue: false });
    expect(dueLabel('2026-01-13T10:45:00Z', now)).toEqual({ text: 'due in 45 min', overdue: false });
    expect(dueLabel('2026-01-13T07:00:00Z', now)).toEqual({ text: 'overdue 3 h', overdue: true });
    expect(dueLabel('2026-01-16T10:00:00Z', now)).toEqual({ text: 'due in 3 days', overdue: false });
  });

  it('shows nothing when nothing is due', () => {
    expect(dueLabel(null, now)).toBeNull();
  });
});
