import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toPayload, type RequestContext } from '@prometric/core';
import { User } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { ApiKey } from './api-key.entity';
import { ApiKeyService } from './api-key.service';
import { ApiKeyConnection, ApiKeysArgs, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, RevokeApiKeyPayload } from './api-key.inputs';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService, private readonly users: UserService) {}

  @Query(() => ApiKeyConnection, { description: 'API keys of the workspace, newest first, a page at a time.' })
  apiKeys(@Args(() => ApiKeysArgs) args: InstanceType<typeof ApiKeysArgs>, @Ctx() ctx: RequestContext) {
    return this.keys.list(ctx, args);
  }

  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Creates an API key for an integration, with scopes the caller holds. The key (`pk_…`) is returned this once; send it as `Authorization: Bearer pk_…` or `X-Api-Key: pk_…`.',
  })
  async createApiKey(@Arg('input', () => CreateApiKeyInput, { description: 'A new API key for an integration.' }) input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreateApiKeyPayload> {
    return toPayload(await this.keys.create(ctx, input));
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key: every request with it is refused from this answer on (UNAUTHENTICATED).' })
  async revokeApiKey(@Arg('input', () => RevokeApiKeyInput, { description: 'The API key to revoke.' }) input: RevokeApiKeyInput, @Ctx() ctx: RequestContext): Promise<RevokeApiKeyPayload> {
    return toPayload(await this.keys.revoke(ctx, input.id));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member who created the key; null once they left the workspace (the key then stops working).' })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<User | null> {
    return key.createdBy ? this.users.visibleUser(ctx, key.createdBy) : Promise.resolve(null);
  }
}
