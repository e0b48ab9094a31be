import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import { requireAdmin, requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Contact } from '../contacts/contact.entity';
import { TicketConnection } from '../tickets/ticket.types';
import type { TicketPage } from '../tickets/ticket-read.service';
import type { CompanyWithDomains } from './company.service';
import { CompanyContactNode, CompanyNode, CreateCompanyInput, UpdateCompanyInput } from './company.types';

/** Agents see companies; admins create, change and delete them; agents move contacts between them. */
@AgentOnly()
@Resolver()
export class CompanyAdminResolver {
  @Authorized(Role.Agent)
  @Query(() => [CompanyNode], { description: "The organization's companies by name." })
  companies(@Ctx() ctx: GraphQLContext): Promise<CompanyWithDomains[]> {
    return ctx.services.companies.companies.list(requireAgent(ctx));
  }

  @Authorized(Role.Agent)
  @Query(() => CompanyNode, { description: 'One company, with its contacts and requests.' })
  company(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<CompanyWithDomains> {
    return ctx.services.companies.companies.find(requireAgent(ctx), id);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CompanyNode, { description: 'Adds a company with its sharing mode and email domains. Admins only.' })
  createCompany(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCompanyInput) input: CreateCompanyInput,
  ): Promise<CompanyWithDomains> {
    return ctx.services.companies.companies.create(requireAdmin(ctx), input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CompanyNode, {
    description: "Changes a company's name, sharing mode or domains (the list given replaces the old). Admins only.",
  })
  updateCompany(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
  ): Promise<CompanyWithDomains> {
    return ctx.services.companies.companies.update(requireAdmin(ctx), id, input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => ID, { description: 'Deletes a company; its contacts and requests stay, in no company. Admins only.' })
  deleteCompany(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.companies.companies.remove(requireAdmin(ctx), id);
  }

  @Authorized(Role.Agent)
  @Mutation(() => CompanyContactNode, {
    description:
      'Moves a contact to a company (null: none) and sets their manager flag. Their earlier requests stay in the company they were raised in.',
  })
  setContactCompany(
    @Ctx() ctx: GraphQLContext,
    @Arg('contactId', () => ID) contactId: string,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Arg('isManager', { defaultValue: false }) isManager: boolean,
  ): Promise<Contact> {
    return ctx.services.companies.companies.setContactCompany(requireAgent(ctx), contactId, companyId, isManager);
  }

  @Authorized(Role.Agent)
  @Query(() => Boolean, { description: 'Whether contacts may copy addresses outside their own company on a request.' })
  ccOutsideCompany(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.companies.companies.ccOutsideCompany(requireAgent(ctx));
  }

  @Authorized(Role.Admin)
  @Mutation(() => Boolean, { description: 'Lets (or stops) contacts copy addresses outside their own company. Admins only.' })
  setCcOutsideCompany(@Ctx() ctx: GraphQLContext, @Arg('allowed') allowed: boolean): Promise<boolean> {
    return ctx.services.companies.companies.setCcOutsideCompany(requireAdmin(ctx), allowed);
  }
}

/** A company's contacts and requests, for agents. */
@AgentOnly()
@Authorized(Role.Agent)
@Resolver(() => CompanyNode)
export class CompanyFieldsResolver {
  @FieldResolver(() => [CompanyContactNode], { description: 'Its contacts by email.' })
  contacts(@Root() company: CompanyWithDomains, @Ctx() ctx: GraphQLContext): Promise<Contact[]> {
    return ctx.loaders.companyContacts.load(company.id);
  }

  @FieldResolver(() => TicketConnection, { description: 'Requests raised in the company, most recently active first.' })
  tickets(
    @Root() company: CompanyWithDomains,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TicketPage> {
    return ctx.services.tickets.read.listForCompanyAsAgent(requireAgent(ctx), company.id, { first, after });
  }
}
