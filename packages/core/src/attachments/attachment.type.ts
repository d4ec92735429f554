import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars';

/** A file attached to a business document or record (an order, an invoice, an employee…). */
@Directive('@shareable')
@ObjectType({ description: 'A file attached to an order, product, invoice, purchase order or employee.' })
export class Attachment {
  @Field(() => ID, { description: 'Globally unique id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'The file name, sanitised when it was uploaded (no path, no control characters, at most 200 characters).' })
  fileName!: string;

  @Field(() => String, { description: 'Its content type, one of the accepted ones (PDF, PNG, JPEG, GIF, WebP, text, CSV, XLSX, DOCX, ZIP).' })
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'The SHA-256 of its bytes (hex), computed as they were stored.' })
  sha256!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was uploaded.' })
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The member who uploaded it.' })
  createdBy!: string | null;

  @Field(() => String, {
    description: 'A short-lived signed link (ATTACHMENT_URL_TTL_SECONDS, 5 minutes by default) that downloads the file through the gateway, for the member who read it; ask again for a fresh one.',
  })
  downloadUrl!: string;
}
