import { instanceContainer, type SubgraphSchemaOptions, type RequestContext } from '@prometric/core';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';
import { identityPermissions } from './permissions';

export interface IdentityServices {
  auth: AuthService;
  users: UserService;
}

/** The identity subgraph's resolvers, references and rules. */
export function identitySchema(services: IdentityServices): SubgraphSchemaOptions {
  return {
    resolvers: [AuthResolver, UserResolver],
    container: instanceContainer([new AuthResolver(services.auth), new UserResolver(services.users)]),
    permissions: identityPermissions,
    references: {
      User: (ref, ctx: RequestContext) => services.users.visibleUser(ctx, ref.id),
    },
  };
}
