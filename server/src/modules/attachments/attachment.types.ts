import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ContactReadable } from '../../auth/visibility';
import type { Attachment } from './attachment.entity';
import { INLINE_TYPES } from './upload-rules';

/** A file on a message, as the API shows it; the bytes come from the download route (`url`). */
@ContactReadable()
@ObjectType('Attachment', { description: 'A file attached to a message. Download it from `url` (same host, signed in).' })
export class AttachmentNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The sanitized name the file is stored and downloaded under.' })
  fileName: string;

  @Field({ description: 'Decided from the bytes at upload: an image type, or application/octet-stream.' })
  contentType: string;

  @Field(() => Int)
  byteSize: number;

  @Field({ description: 'True when the stored type is one of the inline image types (png, jpeg, gif, webp): show a preview.' })
  isImage: boolean;

  @Field({ description: 'The download path on the current host: `/attachments/<id>`.' })
  url: string;
}

/** The API's view of a stored attachment row. */
export function attachmentNode(row: Pick<Attachment, 'id' | 'fileName' | 'contentType' | 'byteSize'>): AttachmentNode {
  const node = new AttachmentNode();
  node.id = row.id;
  node.fileName = row.fileName;
  node.contentType = row.contentType;
  node.byteSize = row.byteSize;
  node.isImage = INLINE_TYPES.has(row.contentType);
  node.url = `/attachments/${row.id}`;
  return node;
}
