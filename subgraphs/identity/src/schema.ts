import { instanceContainer, type SubgraphSchemaOptions, type RequestContext } from '@prometric/core';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { MemberResolver } from './members/member.resolver';
import { ApiKeyService } from './api-keys/api-key.service';
import { identityPermissions } from './permissions';

export interface IdentityServices {
  auth: AuthService;
  users: UserService;
  apiKeys: ApiKeyService;
}

/**
 * The identity subgraph's resolvers, references and rules. Without `services` it serves no request
 * (no resolver has an instance): what printing the SDL needs (`pnpm compose`, the tests of the rules).
 */
export function identitySchema(services?: IdentityServices): SubgraphSchemaOptions {
  return {
    resolvers: [AuthResolver, UserResolver, MemberResolver, ApiKeyResolver],
    container: instanceContainer(
      services ? [new AuthResolver(services.auth), new UserResolver(services.users), new MemberResolver(services.users), new ApiKeyResolver(services.apiKeys, services.users)] : [],
    ),
    permissions: identityPermissions,
    references: {
      User: (ref, ctx: RequestContext) => {
        if (!services) throw new Error('identitySchema() without services serves no request');
        return services.users.visibleUser(ctx, ref.id);
      },
    },
  };
}
