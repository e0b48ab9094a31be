import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAgent } from '../../auth/viewer';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import type { NotificationView } from './notification.service';
import { NotificationNode, NotificationSettings } from './notification.types';

/** The bell (issue 17.8): every operation reads or changes the signed-in agent's own notifications only. */
@AgentOnly()
@Resolver()
export class NotificationResolver {
  @Authorized(Role.Agent)
  @Query(() => [NotificationNode], { description: 'The signed-in agent’s notifications, newest first.' })
  notifications(@Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<NotificationView[]> {
    return ctx.services.notifications.notifications.list(requireAgent(ctx), first);
  }

  @Authorized(Role.Agent)
  @Query(() => Int, { description: 'How many of the signed-in agent’s notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.notifications.notifications.unreadCount(requireAgent(ctx));
  }

  @Authorized(Role.Agent)
  @Mutation(() => Int, { description: 'Marks one notification read; returns the unread count. Another agent’s answers NOT_FOUND.' })
  async markNotificationRead(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<number> {
    const scope = requireAgent(ctx);
    await ctx.services.notifications.notifications.markRead(scope, id);
    return ctx.services.notifications.notifications.unreadCount(scope);
  }

  @Authorized(Role.Agent)
  @Mutation(() => Int, { description: 'Marks all the signed-in agent’s notifications read; returns the unread count (0).' })
  async markAllNotificationsRead(@Ctx() ctx: GraphQLContext): Promise<number> {
    const scope = requireAgent(ctx);
    await ctx.services.notifications.notifications.markAllRead(scope);
    return ctx.services.notifications.notifications.unreadCount(scope);
  }

  @Authorized(Role.Agent)
  @Query(() => NotificationSettings, { description: 'The signed-in agent’s notification settings.' })
  notificationSettings(@Ctx() ctx: GraphQLContext): Promise<NotificationSettings> {
    return ctx.services.notifications.notifications.settings(requireAgent(ctx));
  }

  @Authorized(Role.Agent)
  @Mutation(() => NotificationSettings, { description: 'Turns the signed-in agent’s mention emails on or off.' })
  setMentionEmails(@Ctx() ctx: GraphQLContext, @Arg('enabled') enabled: boolean): Promise<NotificationSettings> {
    return ctx.services.notifications.notifications.setMentionEmails(requireAgent(ctx), enabled);
  }
}
