import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { requireContactOrAgent } from '../../auth/viewer';
import { listPublishedForms } from './intake-form.service';
import { IntakeFormNode } from './intake-form.types';

/** The forms a contact can submit a request with. */
@Resolver()
export class IntakeFormResolver {
  @Authorized(Role.Contact, Role.Agent)
  @Query(() => [IntakeFormNode], { description: "The organization's active intake forms at their current published version." })
  async intakeForms(@Ctx() ctx: GraphQLContext): Promise<IntakeFormNode[]> {
    const { organizationId } = requireContactOrAgent(ctx);
    return listPublishedForms(ctx.db, organizationId);
  }
}
