import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import { requireAgent, requireContact } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Ticket } from '../tickets/ticket.entity';
import type { TicketPage } from '../tickets/ticket-read.service';
import { PersonKind, TicketConnection, TicketNode, TicketPerson, TicketStatusEnum } from '../tickets/ticket.types';
import type { CompanyWithDomains } from './company.service';
import { CompanyNode, PortalCompany, TicketCcNode } from './company.types';

/** The portal's company list and CCs, and the agents' CC changes. */
@Resolver()
export class CompanyRequestsResolver {
  @ContactReadable()
  @Authorized(Role.Contact)
  @Query(() => PortalCompany, { nullable: true, description: "The signed-in contact's company, if they belong to one." })
  myCompany(@Ctx() ctx: GraphQLContext): Promise<PortalCompany | null> {
    return ctx.services.companies.companies.portalCompany(requireContact(ctx)) as Promise<PortalCompany | null>;
  }

  @ContactReadable()
  @Authorized(Role.Contact)
  @Query(() => TicketConnection, {
    description:
      "Requests from the contact's company that its sharing mode shows them (none in a private company), most recently active first. The same filters as myTickets.",
  })
  companyRequests(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => [TicketStatusEnum], { nullable: true, description: 'Any of these statuses.' }) status: TicketStatusEnum[] | null,
    @Arg('search', () => String, { nullable: true, description: 'A request number (`12`, `#12`) or words of the subject.' })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TicketPage> {
    return ctx.services.tickets.read.listForCompany(requireContact(ctx), { status, search, first, after });
  }

  @ContactReadable()
  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, {
    description:
      'Copies someone on a request the contact may reply to: a colleague of their company (any address where the organization allows it). Not the requester, not an agent, at most 10: BAD_USER_INPUT naming `email`.',
  })
  async addCc(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number, @Arg('email') email: string): Promise<Ticket> {
    const ticket = await ctx.services.companies.ccs.addAsContact(requireContact(ctx), number, email);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @ContactReadable()
  @Authorized(Role.Contact)
  @Mutation(() => TicketNode, { description: 'Removes a CC (the requester removes anyone, a CC themselves); their access ends at once.' })
  async removeCc(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('contactId', () => ID) contactId: string,
  ): Promise<Ticket> {
    const ticket = await ctx.services.companies.ccs.removeAsContact(requireContact(ctx), number, contactId);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, { description: 'Copies any address on a ticket (not the requester, not an agent, at most 10).' })
  async agentAddCc(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number, @Arg('email') email: string): Promise<Ticket> {
    const ticket = await ctx.services.companies.ccs.addAsAgent(requireAgent(ctx), number, email);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @AgentOnly()
  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, { description: 'Removes a CC from a ticket; their access ends at once.' })
  async agentRemoveCc(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('contactId', () => ID) contactId: string,
  ): Promise<Ticket> {
    const ticket = await ctx.services.companies.ccs.removeAsAgent(requireAgent(ctx), number, contactId);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }
}

/** Who raised a request and who is copied on it. */
@Authorized(Role.Contact, Role.Agent)
@Resolver(() => TicketNode)
export class TicketCcFieldsResolver {
  @ContactReadable()
  @FieldResolver(() => String, {
    nullable: true,
    description: "The requester's name when the viewer is someone else (a colleague or a CC); null on the viewer's own request.",
  })
  async raisedBy(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (ctx.viewer.kind === 'contact' && ctx.viewer.contactId === ticket.requesterId) return null;
    const requester = await ctx.loaders.contact.load(ticket.requesterId);
    return requester ? (requester.name ?? requester.email.split('@')[0]) : null;
  }

  @ContactReadable()
  @FieldResolver(() => [TicketCcNode], { description: 'Contacts copied on the request, first added first.' })
  async ccs(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<TicketCcNode[]> {
    const contacts = await ctx.loaders.ticketCcs.load(ticket.id);
    return contacts.map((c) => ({ id: c.id, name: c.name, email: c.email }));
  }
}

/** A requester's company and manager flag, for agents. */
@AgentOnly()
@Authorized(Role.Agent)
@Resolver(() => TicketPerson)
export class TicketPersonCompanyResolver {
  @FieldResolver(() => CompanyNode, { nullable: true, description: "Agents only: a contact's company." })
  async company(@Root() person: TicketPerson, @Ctx() ctx: GraphQLContext): Promise<CompanyWithDomains | null> {
    if (person.kind !== PersonKind.CONTACT) return null;
    const contact = await ctx.loaders.contact.load(person.id);
    return contact?.companyId ? ctx.loaders.company.load(contact.companyId) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "Agents only: whether a contact is their company's manager." })
  async isCompanyManager(@Root() person: TicketPerson, @Ctx() ctx: GraphQLContext): Promise<boolean | null> {
    if (person.kind !== PersonKind.CONTACT) return null;
    return (await ctx.loaders.contact.load(person.id))?.isCompanyManager ?? null;
  }
}
