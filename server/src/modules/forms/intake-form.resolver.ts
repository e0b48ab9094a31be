import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { ContactReadable } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireContactOrAgent } from '../../auth/viewer';
import { IntakeFormNode } from './intake-form.types';

/** The forms a contact can submit a request with. */
@ContactReadable()
@Resolver()
export class IntakeFormResolver {
  @Authorized(Role.Contact, Role.Agent)
  @Query(() => [IntakeFormNode], { description: "The organization's active intake forms at their current published version." })
  async intakeForms(@Ctx() ctx: GraphQLContext): Promise<IntakeFormNode[]> {
    const { organizationId } = requireContactOrAgent(ctx);
    return ctx.services.forms.read.listPublished(organizationId);
  }
}
