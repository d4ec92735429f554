import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import { NODE_TYPES, type NodeTypeName } from '../graphql/node';
import { Attachment } from './attachment.type';
import type { OwnerAttachments } from './owner-attachments';

/**
 * The `attachments` field of an owner's type (`Order.attachments`, …): one resolver class per type,
 * built here so every owner answers it the same way (`OwnerAttachments.listOf`, batched per request).
 * Give the instance `new (attachmentsResolverOf(…))(ownerAttachments)` to the subgraph's container.
 */
export function attachmentsResolverOf(type: () => abstract new (...args: never[]) => unknown, entityType: NodeTypeName) {
  @Resolver(type)
  class AttachmentsResolver {
    constructor(readonly files: OwnerAttachments) {}

    @FieldResolver(() => [Attachment], {
      nullable: true,
      description: `The files attached to it (upload one with \`requestUpload\`), oldest first, each with a short-lived download link. Needs ${NODE_TYPES[entityType].read}.`,
    })
    attachments(@Root() root: { id: string }, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
      return this.files.listOf(ctx, entityType, root.id);
    }
  }
  return AttachmentsResolver;
}
