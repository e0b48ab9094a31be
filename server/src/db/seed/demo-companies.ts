import type { EntityManager } from 'typeorm';
import { CompanyDomain } from '../../modules/companies/company-domain.entity';
import { Company } from '../../modules/companies/company.entity';
import { TicketCc } from '../../modules/companies/ticket-cc.entity';
import { Contact } from '../../modules/contacts/contact.entity';
import { TicketEvent } from '../../modules/tickets/ticket-event.entity';
import { TicketMessage } from '../../modules/tickets/ticket-message.entity';
import { Ticket } from '../../modules/tickets/ticket.entity';

/** The demo company's second contact, whose request Wile (its manager) sees in "Requests from my company". */
export const DEMO_COLLEAGUE = { email: 'sam@coyote.test', name: 'Sam Coyote' };

/**
 * Acme's company (issue 14): Coyote Inc. at coyote.test, sharing with managers; Wile is its
 * manager, Sam its second contact with a request of their own, and Sam is copied on Wile's invoice
 * request. Wile's requests are raised in the company. Returns the organization's last ticket number.
 */
export async function seedDemoCompany(
  m: EntityManager,
  organizationId: string,
  agentId: string,
  lastNumber: number,
  form: { formVersionId: string; answers: (subject: string, requesterName: string) => Record<string, unknown> },
): Promise<number> {
  const company = await m.save(m.create(Company, { organizationId, name: 'Coyote Inc.', sharingMode: 'managers' }));
  await m.save(m.create(CompanyDomain, { organizationId, companyId: company.id, domain: 'coyote.test' }));
  await m.update(Contact, { organizationId, email: 'wile@coyote.test' }, { companyId: company.id, isCompanyManager: true });
  const wile = await m.findOneByOrFail(Contact, { organizationId, email: 'wile@coyote.test' });
  await m.update(Ticket, { organizationId, requesterId: wile.id }, { companyId: company.id });
  const sam = await m.save(m.create(Contact, { organizationId, ...DEMO_COLLEAGUE, companyId: company.id }));

  const number = lastNumber + 1;
  const created = new Date(Date.now() - 3 * 3600_000);
  const ticket = await m.save(
    m.create(Ticket, {
      organizationId,
      number,
      subject: 'Giant Magnet pulls in the wrong direction',
      status: 'open',
      priority: 'normal',
      requesterId: sam.id,
      companyId: company.id,
      assigneeId: agentId,
      formVersionId: form.formVersionId,
      answers: form.answers('Giant Magnet pulls in the wrong direction', DEMO_COLLEAGUE.name),
      createdAt: created,
    }),
  );
  await m.save([
    m.create(TicketEvent, {
      organizationId,
      ticketId: ticket.id,
      type: 'created',
      actorContactId: sam.id,
      data: {},
      visibleToContact: true,
      createdAt: created,
    }),
  ]);
  await m.save(
    m.create(TicketMessage, {
      organizationId,
      ticketId: ticket.id,
      kind: 'public_reply',
      authorContactId: sam.id,
      body: 'Every time I switch it on, the anvils fly towards me instead of the road runner.',
      createdAt: created,
    }),
  );

  // Sam follows Wile's invoice request (#2) as a CC (no history event: the seed keeps #2's history as it was).
  const invoice = await m.findOneByOrFail(Ticket, { organizationId, number: 2 });
  await m.save(m.create(TicketCc, { organizationId, ticketId: invoice.id, contactId: sam.id }));
  return number;
}
