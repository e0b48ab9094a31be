import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import { requireAdmin, requireAgent } from '../../auth/viewer';
import type { GraphQLContext } from '../../graphql/context';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketNode } from '../tickets/ticket.types';
import type { Tag } from './tag.entity';
import { MAX_TAG_SUGGESTIONS, type TagWithCount } from './tag.service';
import { TagNode, TagWithCountNode } from './tag.types';

/** Agents tag tickets and find tags; admins rename and merge them. */
@AgentOnly()
@Resolver()
export class TagResolver {
  @Authorized(Role.Agent)
  @Query(() => [TagNode], { description: 'Tags whose name starts with `search` (every tag when empty), by name: the autocomplete.' })
  tags(
    @Ctx() ctx: GraphQLContext,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: MAX_TAG_SUGGESTIONS }) first: number,
  ): Promise<Tag[]> {
    return ctx.services.tags.tags.suggest(requireAgent(ctx), search, first);
  }

  @Authorized(Role.Agent)
  @Query(() => [TagWithCountNode], { description: 'Every tag with how many tickets carry it, by name.' })
  tagsWithCounts(@Ctx() ctx: GraphQLContext): Promise<TagWithCount[]> {
    return ctx.services.tags.tags.listWithCounts(requireAgent(ctx));
  }

  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, { description: 'Puts a tag on a ticket, creating the tag if it is new; one history entry.' })
  async addTicketTag(@Ctx() ctx: GraphQLContext, @Arg('number', () => Int) number: number, @Arg('name') name: string): Promise<Ticket> {
    const ticket = await ctx.services.tags.tags.addToTicket(requireAgent(ctx), number, name);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @Authorized(Role.Agent)
  @Mutation(() => TicketNode, { description: 'Takes a tag off a ticket; one history entry.' })
  async removeTicketTag(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => Int) number: number,
    @Arg('tagId', () => ID) tagId: string,
  ): Promise<Ticket> {
    const ticket = await ctx.services.tags.tags.removeFromTicket(requireAgent(ctx), number, tagId);
    ctx.loaders.forgetTicket(ticket.id);
    return ticket;
  }

  @Authorized(Role.Admin)
  @Mutation(() => TagWithCountNode, { description: 'Renames a tag on every ticket; a name another tag has is refused. Admins only.' })
  renameTag(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<TagWithCount> {
    return ctx.services.tags.tags.rename(requireAdmin(ctx), id, name);
  }

  @Authorized(Role.Admin)
  @Mutation(() => TagWithCountNode, {
    description: "Merges a tag into another: the source's tickets get the target, and the source is deleted. Admins only.",
  })
  mergeTags(
    @Ctx() ctx: GraphQLContext,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('targetId', () => ID) targetId: string,
  ): Promise<TagWithCount> {
    return ctx.services.tags.tags.merge(requireAdmin(ctx), sourceId, targetId);
  }
}

/** A ticket's tags (agents only). */
@Resolver(() => TicketNode)
export class TicketTagsResolver {
  @AgentOnly()
  @Authorized(Role.Agent)
  @FieldResolver(() => [TagNode], { description: 'Agents only: its tags, by name.' })
  tags(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<Tag[]> {
    return ctx.loaders.ticketTags.load(ticket.id);
  }
}
