import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAdmin, requireContact } from '../../auth/viewer';
import { AgentOnly, ContactReadable } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import type { Contact } from '../contacts/contact.entity';
import type { DataDeletionRequest } from './deletion-request.entity';
import { DeletionRequestNode, DeletionRequestStatusEnum, MyDeletionRequest, PrivacyContactNode } from './privacy.types';

function mine(request: DataDeletionRequest): MyDeletionRequest {
  return {
    id: request.id,
    status: request.status as DeletionRequestStatusEnum,
    createdAt: request.createdAt,
    completedAt: request.completedAt,
  };
}

/** A contact's own data: their deletion request on the portal (the export is GET /my-data/export), and the admins' side. */
@Resolver()
export class PrivacyResolver {
  @ContactReadable()
  @Authorized(Role.Contact)
  @Query(() => MyDeletionRequest, { nullable: true, description: "The signed-in contact's latest request to have their data deleted." })
  async myDeletionRequest(@Ctx() ctx: GraphQLContext): Promise<MyDeletionRequest | null> {
    const request = await ctx.services.privacy.deletionRequests.latestOf(requireContact(ctx));
    return request && mine(request);
  }

  @ContactReadable()
  @Authorized(Role.Contact)
  @Mutation(() => MyDeletionRequest, {
    description:
      "Asks the organization to delete the signed-in contact's data; the admins are told. Asking again answers the open request.",
  })
  async requestDataDeletion(@Ctx() ctx: GraphQLContext): Promise<MyDeletionRequest> {
    return mine(await ctx.services.privacy.deletionRequests.request(requireContact(ctx)));
  }

  @AgentOnly()
  @Authorized(Role.Admin)
  @Query(() => [DeletionRequestNode], {
    description: 'Contacts’ deletion requests of one status (open: oldest first; done: newest first). Admins only.',
  })
  async dataDeletionRequests(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => DeletionRequestStatusEnum, { defaultValue: DeletionRequestStatusEnum.OPEN }) status: DeletionRequestStatusEnum,
  ): Promise<DeletionRequestNode[]> {
    const rows = await ctx.services.privacy.deletionRequests.list(requireAdmin(ctx), status);
    return rows.map(({ request, contact }) => ({ ...mine(request), contact: privacyContact(contact) }));
  }

  @AgentOnly()
  @Authorized(Role.Admin)
  @Mutation(() => PrivacyContactNode, {
    description:
      'Anonymizes a contact (GDPR Article 17): name and email replaced, files removed, messages kept as a former contact’s, recorded on their requests. Admins only; an anonymized contact is BAD_USER_INPUT.',
  })
  async anonymizeContact(@Ctx() ctx: GraphQLContext, @Arg('contactId', () => ID) contactId: string): Promise<PrivacyContactNode> {
    const contact = await ctx.services.privacy.anonymizer.anonymize(requireAdmin(ctx), contactId);
    return privacyContact(contact);
  }
}

function privacyContact(contact: Contact): PrivacyContactNode {
  return { id: contact.id, name: contact.name, email: contact.email, anonymizedAt: contact.anonymizedAt };
}
