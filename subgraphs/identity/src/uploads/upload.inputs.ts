import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, UserError, defineEnum, type EnumValue } from '@prometric/core';

/** The entity types files may be attached to. */
export const AttachmentEntity = defineEnum('AttachmentEntity', 'What a file can be attached to.', {
  ORDER: 'A sales order (needs orders:read).',
  PRODUCT: 'A product (needs products:read).',
  INVOICE: 'An invoice (needs invoices:read).',
  PURCHASE_ORDER: 'A purchase order (needs stock:read).',
  EMPLOYEE: 'An employee (needs hr:read).',
});
export type AttachmentEntity = EnumValue<typeof AttachmentEntity>;

@InputType({ description: 'A file about to be uploaded: what it will be attached to, its name, type and size.' })
export class RequestUploadInput {
  @Field(() => AttachmentEntity, { description: 'The kind of entity the file is attached to.' })
  entity!: AttachmentEntity;

  @Field(() => ID, { description: "The entity's id (of the caller's workspace)." })
  id!: string;

  @Field(() => String, { description: 'The file name; path separators and control characters are removed, and it is cut to 200 characters keeping its extension.' })
  fileName!: string;

  @Field(() => String, { description: 'Its content type: application/pdf, image/png, image/jpeg, image/gif, image/webp, text/plain, text/csv, XLSX, DOCX or application/zip. The upload must send the same Content-Type.' })
  contentType!: string;

  @Field(() => Int, { description: 'Its exact size in bytes, at most ATTACHMENT_MAX_BYTES (10 MB by default). A longer body is cut off and refused (413).' })
  size!: number;
}

@ObjectType({ description: 'Where to upload a file: a signed link, valid for a few minutes and for one upload.' })
export class RequestUploadPayload {
  @Field(() => String, { nullable: true, description: 'PUT the file\'s bytes here (through the gateway) with the declared Content-Type; answered 201 with its sha256. Null when refused.' })
  uploadUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The id the attachment will have once uploaded.' })
  attachmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'The file name as it will be stored (sanitised).' })
  fileName?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the link stops working (ATTACHMENT_URL_TTL_SECONDS after it was issued).' })
  expiresAt?: Date | null;

  @Field(() => [UserError], { description: 'Why the upload was refused (NOT_FOUND entity, INVALID content type or size); empty on success.' })
  errors!: UserError[];
}
