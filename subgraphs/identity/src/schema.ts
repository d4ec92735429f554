import { instanceContainer, type SubgraphSchemaOptions, type RequestContext } from '@prometric/core';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { UserResolver } from './users/user.resolver';
import { UserService } from './users/user.service';
import { ApiKeyResolver } from './api-keys/api-key.resolver';
import { MemberResolver } from './members/member.resolver';
import { ApiKeyService } from './api-keys/api-key.service';
import { identityPermissions } from './permissions';
import { NodeResolver } from './nodes/node.resolver';
import { NodeService } from './nodes/node.service';
import { AuditTrailResolver } from './nodes/audit-trail.resolver';
import { NODE_IMPLEMENTATIONS } from './nodes/node.types';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';
import { WorkspaceResolver } from './tenants/workspace.resolver';
import { WorkspaceService } from './tenants/workspace.service';
import { UploadResolver } from './uploads/upload.resolver';
import { UploadService } from './uploads/upload.service';

export interface IdentityServices {
  auth: AuthService;
  users: UserService;
  apiKeys: ApiKeyService;
  nodes: NodeService;
  search: SearchService;
  workspaces: WorkspaceService;
  uploads: UploadService;
}

/**
 * The identity subgraph's resolvers, references and rules. Without `services` it serves no request
 * (no resolver has an instance): what printing the SDL needs (`pnpm compose`, the tests of the rules).
 */
export function identitySchema(services?: IdentityServices): SubgraphSchemaOptions {
  return {
    resolvers: [AuthResolver, UserResolver, MemberResolver, ApiKeyResolver, NodeResolver, SearchResolver, WorkspaceResolver, UploadResolver, AuditTrailResolver],
    // Node's implementations: only their ids here (the interface's subgraph names them all).
    orphanedTypes: NODE_IMPLEMENTATIONS,
    container: instanceContainer(
      services
        ? [new AuthResolver(services.auth), new UserResolver(services.users), new MemberResolver(services.users), new ApiKeyResolver(services.apiKeys, services.users), new NodeResolver(services.nodes), new SearchResolver(services.search), new WorkspaceResolver(services.workspaces), new UploadResolver(services.uploads), new AuditTrailResolver(services.users)]
        : [],
    ),
    permissions: identityPermissions,
    references: {
      // Node's implementations as identity declares them: the id is all it has of them.
      ...Object.fromEntries(NODE_IMPLEMENTATIONS.map((type) => [type.name.replace(/Node$/, ''), (ref: { id: string }) => ({ id: ref.id })])),
      User: (ref, ctx: RequestContext) => {
        if (!services) throw new Error('identitySchema() without services serves no request');
        return services.users.visibleUser(ctx, ref.id);
      },
    },
  };
}
