import type { EntityManager } from 'typeorm';
import { Contact } from '../../modules/contacts/contact.entity';
import { Macro } from '../../modules/macros/macro.entity';
import { Tag } from '../../modules/tags/tag.entity';
import { TicketTag } from '../../modules/tags/ticket-tag.entity';
import { TicketEvent } from '../../modules/tickets/ticket-event.entity';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';

/**
 * A contact who wrote in by email without a name, with a long address: the agent app shows the
 * address wherever a name would go, and the ticket page must not scroll sideways for it (issue 17.1, 17.9).
 */
export const DEMO_NAMELESS_CONTACT = { email: 'procurement.department.rocket.propulsion.division@acme-supplies-international.test' };

/** The nameless contact's request; returns the organization's last ticket number. */
export async function seedDemoNamelessContact(
  m: EntityManager,
  organizationId: string,
  lastNumber: number,
  form: { formVersionId: string; answers: (subject: string, requesterName: string | null) => Record<string, unknown> },
): Promise<number> {
  const contact = await m.save(m.create(Contact, { organizationId, email: DEMO_NAMELESS_CONTACT.email, name: null }));
  const number = lastNumber + 1;
  const created = new Date(Date.now() - 2 * 3600_000);
  const subject = 'Bulk order of 400 rocket-powered roller skates';
  const ticket = await m.save(
    m.create(Ticket, {
      organizationId,
      number,
      subject,
      status: 'new',
      priority: 'normal',
      requesterId: contact.id,
      formVersionId: form.formVersionId,
      answers: form.answers(subject, DEMO_NAMELESS_CONTACT.email),
      createdAt: created,
    }),
  );
  await m.save(
    m.create(TicketEvent, {
      organizationId,
      ticketId: ticket.id,
      type: 'created',
      actorContactId: contact.id,
      data: {},
      visibleToContact: true,
      createdAt: created,
    }),
  );
  await m.save(
    m.create(TicketMessage, {
      organizationId,
      ticketId: ticket.id,
      kind: 'public_reply',
      authorContactId: contact.id,
      body: 'We would like a quote for 400 pairs, delivered to our desert warehouse before the end of the quarter.',
      channel: 'email',
      createdAt: created,
    }),
  );
  return number;
}

/** Acme's demo tags, and the tickets (by number) that carry each (issue 17.3). */
export const DEMO_TAGS: Record<string, number[]> = { billing: [2], hardware: [3, 6], 'bulk order': [7], vip: [2, 7] };

/** Puts the demo tags on Acme's tickets (the seed writes no history for them, as for its other data). */
export async function seedDemoTags(m: EntityManager, organizationId: string): Promise<void> {
  for (const [name, numbers] of Object.entries(DEMO_TAGS)) {
    const tag = await m.save(m.create(Tag, { organizationId, name }));
    for (const number of numbers) {
      const ticket = await m.findOneByOrFail(Ticket, { organizationId, number });
      await m.save(m.create(TicketTag, { organizationId, ticketId: ticket.id, tagId: tag.id }));
    }
  }
}

/** Acme's demo canned replies: two shared, and one of the agent's own (issue 17.2). */
export async function seedDemoMacros(m: EntityManager, organizationId: string, agentId: string): Promise<void> {
  await m.save([
    m.create(Macro, {
      organizationId,
      ownerAgentId: null,
      name: 'Solved: thanks for your patience',
      body: 'Hi {{requester.first_name}},\n\nThis is fixed now, so I am marking #{{ticket.number}} as solved. Reply to this email if anything is still wrong.\n\n{{agent.name}}',
      actions: { status: 'solved' },
    }),
    m.create(Macro, {
      organizationId,
      ownerAgentId: null,
      name: 'Ask for the serial number',
      body: 'Hi {{requester.first_name}},\n\nCould you send us the serial number printed under the device? Then we can look into “{{ticket.subject}}”.\n\n{{agent.first_name}}',
      actions: { status: 'pending', addTags: ['hardware'] },
    }),
    m.create(Macro, {
      organizationId,
      ownerAgentId: agentId,
      name: 'My sign-off',
      body: 'Best wishes,\n{{agent.first_name}} from the Acme support team',
      actions: {},
    }),
  ]);
}
