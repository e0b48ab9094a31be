import 'reflect-metadata';
import { demoFormDefinition } from '../../db/seed/demo-form';
import { DomainError, ErrorCode } from '../../errors';
import { SortDirection, TicketSortField } from './dto/ticket-queue.input';
import { portalAnswers } from './ticket-answers';
import { randomBytes } from 'node:crypto';
import { Signer } from '../../auth/signer';
import { decodeCursor, encodeCursor } from './ticket-cursor';
import type { TicketStatus } from './ticket.entity';
import {
  assertAgentStatusChange,
  assertContactStatusChange,
  statusAfterAgentReply,
  statusAfterRequesterReply,
} from '../../auth/ticket.policy';

const codeOf = (run: () => unknown): ErrorCode | null => {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};

describe('ticket status rules', () => {
  const open: TicketStatus[] = ['new', 'open', 'pending', 'solved'];

  it('let a contact mark their request solved, reopen a solved one, and nothing else', () => {
    for (const from of open) {
      expect(codeOf(() => assertContactStatusChange(from, 'solved'))).toBeNull();
      for (const to of ['new', 'open', 'pending', 'closed'] as TicketStatus[]) {
        const allowed = from === 'solved' && to === 'open';
        expect({ from, to, code: codeOf(() => assertContactStatusChange(from, to)) }).toEqual({
          from,
          to,
          code: allowed ? null : ErrorCode.Forbidden,
        });
      }
    }
  });

  it('keep a closed ticket read-only for contacts and agents', () => {
    expect(codeOf(() => assertContactStatusChange('closed', 'solved'))).toBe(ErrorCode.Forbidden);
    expect(codeOf(() => assertAgentStatusChange('closed', 'open'))).toBe(ErrorCode.Forbidden);
  });

  it('let agents move a ticket anywhere but back to new', () => {
    expect(codeOf(() => assertAgentStatusChange('open', 'closed'))).toBeNull();
    expect(codeOf(() => assertAgentStatusChange('solved', 'pending'))).toBeNull();
    expect(codeOf(() => assertAgentStatusChange('open', 'new'))).toBe(ErrorCode.BadUserInput);
  });

  it("reopen a solved or pending ticket on the requester's reply, and open a new one on an agent's", () => {
    expect(['new', 'open', 'pending', 'solved'].map((s) => statusAfterRequesterReply(s as TicketStatus))).toEqual([
      'new',
      'open',
      'open',
      'open',
    ]);
    expect(['new', 'open', 'pending', 'solved'].map((s) => statusAfterAgentReply(s as TicketStatus))).toEqual([
      'open',
      'open',
      'pending',
      'solved',
    ]);
  });
});

describe('queue cursors', () => {
  const position = { value: '2026-01-01T00:00:00.123456Z', id: '0b9f3a52-8c1e-4f3b-9d55-1f0f7d2a6c11' };
  const signer = new Signer(async () => randomBytes(32));
  const context = { list: '["queue","org-a","agent-1",{"view":"ALL"}]', sort: TicketSortField.UPDATED_AT, direction: SortDirection.DESC };
  beforeAll(() => signer.load());

  it('read back what they wrote', () => {
    const cursor = encodeCursor(signer, context, position);
    expect(decodeCursor(signer, cursor, context)).toEqual(position);
  });

  it('refuse another list, order or direction, another server key, and forged values', async () => {
    const cursor = encodeCursor(signer, context, position);
    const otherKey = new Signer(async () => randomBytes(32));
    await otherKey.load();
    const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const mac = (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as string[])[2];
    const cases: [Signer, string, typeof context][] = [
      [signer, cursor, { ...context, list: '["queue","org-b","agent-1",{"view":"ALL"}]' }],
      [signer, cursor, { ...context, list: '["queue","org-a","agent-1",{"view":"MINE"}]' }],
      [signer, cursor, { ...context, sort: TicketSortField.NUMBER }],
      [signer, cursor, { ...context, direction: SortDirection.ASC }],
      [otherKey, cursor, context],
      [signer, forged(['2026-01-01T00:00:00.000000Z', position.id, mac]), context],
      [signer, forged(["x' OR '1'='1", position.id, 'AAAA']), context],
      [signer, '%%%', context],
    ];
    for (const [s, raw, ctx] of cases) expect(codeOf(() => decodeCursor(s, raw, ctx))).toBe(ErrorCode.BadUserInput);
  });
});

describe("a ticket's answers as the portal shows them", () => {
  const form = demoFormDefinition(['Rocket Skates']);

  it('are labelled by the form, in form order, with option labels', () => {
    const answers = portalAnswers(form, { description: 'It broke down.', topic: 'technical', product: 'rocket_skates', subject: 'Broken' });
    expect(answers.map((a) => [a.label, a.value])).toEqual([
      ['Subject', 'Broken'],
      ['What is this about?', 'A technical problem'],
      ['Which product?', 'Rocket Skates'],
      ['Describe your request', 'It broke down.'],
    ]);
  });

  it('leave out answers to questions that are hidden for these answers', () => {
    const answers = portalAnswers(form, {
      subject: 'Bill',
      topic: 'billing',
      invoice_number: 'INV-123',
      product: 'rocket_skates',
      error_message: 'E1',
    });
    expect(answers.map((a) => a.key)).toEqual(['subject', 'topic', 'invoice_number']);
  });
});
