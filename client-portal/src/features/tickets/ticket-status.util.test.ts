import { describe, expect, it } from '@jest/globals';
import { TICKET_STATUSES, canMarkSolved, canReply, replyNotice, statusLabel } from './ticket-status.util';

describe("a requester's view of a request's status", () => {
  it('calls a pending request what it means to them', () => {
    expect(statusLabel('PENDING')).toBe('Awaiting your reply');
  });

  it('keeps a closed request read-only and every other one open to replies', () => {
    expect(TICKET_STATUSES.filter((s) => !canReply(s))).toEqual(['CLOSED']);
  });

  it('lets them mark solved only what is still being worked', () => {
    expect(TICKET_STATUSES.filter(canMarkSolved)).toEqual(['NEW', 'OPEN', 'PENDING']);
  });

  it('warns that replying to a solved request reopens it', () => {
    expect(replyNotice('SOLVED')).toMatch(/opens it again/);
    expect(replyNotice('OPEN')).toBeNull();
  });
});
