import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { requireAdmin } from '../../auth/viewer';
import {
  AdminIntakeForm,
  AdminIntakeFormSummary,
  CreateIntakeFormInput,
  PublishIntakeFormResult,
  UpdateIntakeFormDraftInput,
} from './intake-form-admin.types';

/** The form builder: admins create, edit, publish and switch off their organization's intake forms. */
@AgentOnly()
@Resolver()
export class IntakeFormAdminResolver {
  @Authorized(Role.Admin)
  @Query(() => [AdminIntakeFormSummary], { description: "The organization's intake forms, drafts included. Admins only." })
  adminIntakeForms(@Ctx() ctx: GraphQLContext): Promise<AdminIntakeFormSummary[]> {
    return ctx.services.forms.admin.list(requireAdmin(ctx));
  }

  @Authorized(Role.Admin)
  @Query(() => AdminIntakeForm, { description: 'One intake form with its draft and version history. Admins only.' })
  adminIntakeForm(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<AdminIntakeForm> {
    return ctx.services.forms.admin.get(requireAdmin(ctx), id);
  }

  @Authorized(Role.Admin)
  @Mutation(() => AdminIntakeForm, { description: 'Creates a form with a starter draft; contacts see it once it is published.' })
  createIntakeForm(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateIntakeFormInput) input: CreateIntakeFormInput,
  ): Promise<AdminIntakeForm> {
    return ctx.services.forms.admin.create(requireAdmin(ctx), input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => AdminIntakeForm, {
    description: 'Saves the draft (name, description, definition, mappings). BAD_USER_INPUT lists every problem in `extensions.problems`.',
  })
  updateIntakeFormDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('formId', () => ID) formId: string,
    @Arg('input', () => UpdateIntakeFormDraftInput) input: UpdateIntakeFormDraftInput,
  ): Promise<AdminIntakeForm> {
    return ctx.services.forms.admin.saveDraft(requireAdmin(ctx), formId, input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => PublishIntakeFormResult, {
    description: 'Publishes the saved draft as a new version when it differs from the latest one. Existing tickets keep their version.',
  })
  publishIntakeForm(@Ctx() ctx: GraphQLContext, @Arg('formId', () => ID) formId: string): Promise<PublishIntakeFormResult> {
    return ctx.services.forms.admin.publish(requireAdmin(ctx), formId);
  }

  @Authorized(Role.Admin)
  @Mutation(() => AdminIntakeForm, { description: 'Offers the form to contacts, or withdraws it (its tickets are kept).' })
  setIntakeFormActive(
    @Ctx() ctx: GraphQLContext,
    @Arg('formId', () => ID) formId: string,
    @Arg('active', () => Boolean) active: boolean,
  ): Promise<AdminIntakeForm> {
    return ctx.services.forms.admin.setActive(requireAdmin(ctx), formId, active);
  }
}
