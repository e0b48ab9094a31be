import { MAX_FILES_PER_MESSAGE, MAX_UPLOAD_BYTES } from '@actionconnect/shared';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth/auth-checker';
import { requireAdmin } from '../../auth/viewer';
import { AgentOnly } from '../../auth/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { BLOCKED_EXTENSIONS } from './upload-rules';

/** What may be uploaded in the organization: its block list of file types, and the fixed limits. */
@AgentOnly()
@ObjectType({ description: "The organization's rules for uploaded files. Admins only." })
export class FileSettings {
  @Field(() => [String], { description: 'File name extensions (lowercase, no dot) that cannot be uploaded.' })
  blockedExtensions: string[];

  @Field({ description: 'True while the organization uses the default list (programs and scripts).' })
  usesDefault: boolean;

  @Field(() => [String], { description: 'The default list, for "reset".' })
  defaultBlockedExtensions: string[];

  @Field(() => Int, { description: 'The largest file, in bytes (the same for every organization).' })
  maxFileBytes: number;

  @Field(() => Int, { description: 'The most files on one message.' })
  maxFilesPerMessage: number;
}

function fileSettings(list: readonly string[] | null): FileSettings {
  const defaults = [...BLOCKED_EXTENSIONS].sort();
  return {
    blockedExtensions: list ? [...list] : defaults,
    usesDefault: list === null,
    defaultBlockedExtensions: defaults,
    maxFileBytes: MAX_UPLOAD_BYTES,
    maxFilesPerMessage: MAX_FILES_PER_MESSAGE,
  };
}

/** The settings page's read and write of the organization's upload rules. */
@AgentOnly()
@Resolver()
export class FileSettingsResolver {
  @Authorized(Role.Admin)
  @Query(() => FileSettings, { description: "The organization's rules for uploaded files. Admins only." })
  async fileSettings(@Ctx() ctx: GraphQLContext): Promise<FileSettings> {
    const { organizationId } = requireAdmin(ctx);
    const blocked = await ctx.services.attachments.files.blockedExtensions(organizationId);
    return fileSettings(blocked === BLOCKED_EXTENSIONS ? null : [...blocked].sort());
  }

  @Authorized(Role.Admin)
  @Mutation(() => FileSettings, {
    description:
      'Sets the file types (extensions) contacts and agents cannot upload; null restores the default list. Programs are refused by their bytes whatever the list says.',
  })
  async updateBlockedFileTypes(
    @Ctx() ctx: GraphQLContext,
    @Arg('extensions', () => [String], { nullable: true }) extensions: string[] | null,
  ): Promise<FileSettings> {
    const { organizationId } = requireAdmin(ctx);
    const list = await ctx.services.attachments.files.setBlockedExtensions(organizationId, extensions);
    return fileSettings(extensions === null ? null : list);
  }
}
