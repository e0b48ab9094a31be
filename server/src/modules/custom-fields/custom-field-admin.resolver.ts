import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireAdmin } from '../../auth/viewer';
import type { CustomFieldDefinition } from './custom-field-definition.entity';
import { CreateCustomFieldInput, CustomFieldDefinitionNode, UpdateCustomFieldInput } from './custom-field.types';

/** Admins define their organization's custom ticket fields and who sees them. */
@AgentOnly()
@Resolver()
export class CustomFieldAdminResolver {
  @Authorized(Role.Admin)
  @Query(() => [CustomFieldDefinitionNode], { description: 'Every custom field, archived ones last. Admins only.' })
  adminCustomFields(@Ctx() ctx: GraphQLContext): Promise<CustomFieldDefinition[]> {
    return ctx.services.customFields.admin.list(requireAdmin(ctx));
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomFieldDefinitionNode, { description: 'Adds a custom field at the end of the list.' })
  createCustomField(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateCustomFieldInput) input: CreateCustomFieldInput,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.admin.create(requireAdmin(ctx), input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomFieldDefinitionNode, { description: "Changes a field's label, options, visibility to contacts or place." })
  updateCustomField(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCustomFieldInput) input: UpdateCustomFieldInput,
  ): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.admin.update(requireAdmin(ctx), id, input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CustomFieldDefinitionNode, {
    description: 'Archives a field: hidden from tickets and mappings, values kept. Refused while a form fills it.',
  })
  archiveCustomField(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<CustomFieldDefinition> {
    return ctx.services.customFields.admin.archive(requireAdmin(ctx), id);
  }
}
