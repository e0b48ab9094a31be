import { Signer } from '../../auth/signer';
import { ReplyAddresses } from './reply-address';

const inbound = { domain: 'inbound.example.test', mailbox: 'support', webhook: { username: 'postmark', password: 'x'.repeat(20) } };
const acme = { id: '11111111-1111-4111-8111-111111111111', inboundEmailKey: 'a1b2c3d4e5' };
const ticket = { id: '22222222-2222-4222-8222-222222222222', number: 1042 };

async function addresses(key = Buffer.alloc(32, 7)): Promise<ReplyAddresses> {
  const signer = new Signer(() => Promise.resolve(key));
  await signer.load();
  return new ReplyAddresses(inbound, signer, 'example.test');
}

describe('reply addresses', () => {
  it('name the organization and the ticket with a MAC that verifies, in any letter case', async () => {
    const replies = await addresses();
    const address = replies.replyAddress(acme, ticket) ?? '';
    expect(address).toMatch(/^support\+a1b2c3d4e5-1042-[a-z2-7]{16}@inbound\.example\.test$/);
    expect(address.split('@')[0].length).toBeLessThanOrEqual(64);
    const hash = address.split('@')[0].split('+')[1];
    const parsed = replies.parseMailboxHash(hash.toUpperCase());
    expect(parsed).toEqual({ organizationKey: 'a1b2c3d4e5', reply: { number: 1042, mac: expect.any(String) } });
    expect(replies.verifyReply(acme.id, ticket.id, parsed!.reply!.mac)).toBe(true);
  });

  it('cannot be made from the ticket number, nor moved to another ticket, organization or server key', async () => {
    const replies = await addresses();
    const mac = (replies.replyAddress(acme, ticket) ?? '').split('-').at(-1)!.split('@')[0];
    expect(replies.verifyReply(acme.id, '33333333-3333-4333-8333-333333333333', mac)).toBe(false);
    expect(replies.verifyReply('44444444-4444-4444-8444-444444444444', ticket.id, mac)).toBe(false);
    expect((await addresses(Buffer.alloc(32, 8))).verifyReply(acme.id, ticket.id, mac)).toBe(false);
    expect(replies.verifyReply(acme.id, ticket.id, mac.slice(0, -1))).toBe(false);
  });

  it('reads only the shapes it hands out', async () => {
    const replies = await addresses();
    expect(replies.parseMailboxHash('a1b2c3d4e5')).toEqual({ organizationKey: 'a1b2c3d4e5', reply: null });
    for (const bad of [
      '',
      'acme',
      'a1b2c3d4e5-0-aaaaaaaaaaaaaaaa',
      'a1b2c3d4e5-12',
      'a1b2c3d4e5-12-short',
      'a1b2c3d4e5-12-aaaaaaaaaaaaaaaa-x',
      '../etc',
    ]) {
      expect(replies.parseMailboxHash(bad)).toBeNull();
    }
  });

  it('are off without an inbound domain', async () => {
    const signer = new Signer(() => Promise.resolve(Buffer.alloc(32, 7)));
    const off = new ReplyAddresses(null, signer, 'example.test');
    expect(off.replyAddress(acme, ticket)).toBeNull();
    expect(off.requestAddress(acme)).toBeNull();
    expect(off.threadRoot(ticket.id)).toBe(`<ticket-${ticket.id}@example.test>`);
  });
});
