import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { toPayload, type RequestContext } from '@prometric/core';
import { UploadService } from './upload.service';
import { RequestUploadInput, RequestUploadPayload } from './upload.inputs';

@Resolver()
export class UploadResolver {
  constructor(private readonly service: UploadService) {}

  @Mutation(() => RequestUploadPayload, {
    nullable: true,
    description:
      "A signed link to upload a file attached to an order, product, invoice, purchase order or employee of the caller's workspace: PUT the bytes to `uploadUrl` with the declared Content-Type. Needs the scope that reads the entity (orders:read, products:read, invoices:read, stock:read, hr:read); FORBIDDEN otherwise.",
  })
  async requestUpload(@Arg('input', () => RequestUploadInput, { description: 'The entity and the file.' }) input: RequestUploadInput, @Ctx() ctx: RequestContext): Promise<RequestUploadPayload> {
    return toPayload(await this.service.requestUpload(ctx, input));
  }
}
