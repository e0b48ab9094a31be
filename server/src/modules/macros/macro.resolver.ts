import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import { requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import { ATTACHMENT_IDS_ARG } from '../attachments/attachment-ids.arg';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketMessageKindEnum, TicketNode } from '../tickets/ticket.types';
import type { Macro } from './macro.entity';
import type { MacroScope } from './macro.service';
import { MacroInput, MacroNode } from './macro.types';

function macroScope(ctx: GraphQLContext): MacroScope {
  const scope = requireAgent(ctx);
  return { ...scope, isAdmin: ctx.viewer.kind === 'agent' && ctx.viewer.role === 'admin' };
}

function macroNode(macro: Macro): MacroNode {
  const a = macro.actions ?? {};
  return {
    id: macro.id,
    name: macro.name,
    body: macro.body,
    shared: macro.ownerAgentId === null,
    actions: {
      status: (a.status ?? null) as MacroNode['actions']['status'],
      priority: (a.priority ?? null) as MacroNode['actions']['priority'],
      assigneeId: a.assigneeId ?? null,
      addTags: a.addTags ?? [],
      removeTags: a.removeTags ?? [],
      customFields: (a.customFields ?? []).map((f) => ({ key: f.key, value: f.value })),
    },
  };
}

/** Canned replies: every agent uses the shared ones and keeps their own; admins manage the shared ones. */
@AgentOnly()
@Resolver()
export class MacroResolver {
  @Authorized(Role.Agent)
  @Query(() => [MacroNode], { description: "The shared canned replies and the viewer's own, by name; `search` matches the name." })
  async macros(@Ctx() ctx: GraphQLContext, @Arg('search', () => String, { nullable: true }) search: string | null): Promise<MacroNode[]> {
    return (await ctx.services.macros.macros.list(requireAgent(ctx), search)).map(macroNode);
  }

  @Authorized(Role.Agent)
  @Query(() => String, { description: 'A canned reply filled in for a ticket and the viewer, as the composer shows it.' })
  renderedMacro(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('number', () => Int) number: number): Promise<string> {
    return ctx.services.macros.macros.render(requireAgent(ctx), id, number);
  }

  @Authorized(Role.Agent)
  @Mutation(() => MacroNode, { description: 'Saves a canned reply: the viewer’s own, or shared (admins only).' })
  async createMacro(@Ctx() ctx: GraphQLContext, @Arg('input', () => MacroInput) input: MacroInput): Promise<MacroNode> {
    return macroNode(await ctx.services.macros.macros.create(macroScope(ctx), input));
  }

  @Authorized(Role.Agent)
  @Mutation(() => MacroNode, { description: 'Changes a canned reply: one’s own, or a shared one (admins only).' })
  async updateMacro(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MacroInput) input: MacroInput,
  ): Promise<MacroNode> {
    return macroNode(await ctx.services.macros.macros.update(macroScope(ctx), id, input));
  }

  @Authorized(Role.Agent)
  @Mutation(() => ID, { description: 'Deletes a canned reply: one’s own, or a shared one (admins only).' })
  deleteMacro(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<string> {
    return ctx.services.macros.macros.remove(macroScope(ctx), id);
  }

  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, {
    description:
      'Sends a canned reply as the agent edited it (`body`; empty sends nothing) and applies its actions, all in one transaction: one history entry per change, and nothing at all if an action fails.',
  })
  async applyMacro(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('macroId', () => ID) macroId: string,
    @Arg('kind', () => TicketMessageKindEnum, { defaultValue: TicketMessageKindEnum.PUBLIC_REPLY }) kind: TicketMessageKindEnum,
    @Arg('body') body: string,
    @Arg('attachmentIds', () => [ID], ATTACHMENT_IDS_ARG) attachmentIds: string[] | null,
  ): Promise<Ticket> {
    const ticket = await ctx.services.macros.macros.apply(requireAgent(ctx), number, macroId, kind, body, attachmentIds ?? []);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }
}
