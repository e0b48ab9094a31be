import { MAX_FILES_PER_MESSAGE } from '@actionconnect/shared';

/** The options of every `attachmentIds` argument: `[ID!] = []`, the same description everywhere. */
export const ATTACHMENT_IDS_ARG = {
  nullable: true,
  defaultValue: [],
  description: `Ids of the caller's own unattached uploads (POST /attachments), at most ${MAX_FILES_PER_MESSAGE}; the body may then be empty.`,
} as const;
