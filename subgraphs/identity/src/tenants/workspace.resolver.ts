import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { toPayload, type RequestContext } from '@prometric/core';
import { Workspace } from './workspace.entity';
import { UpdateWorkspaceInput, UpdateWorkspacePayload } from './workspace.inputs';
import { WorkspaceService } from './workspace.service';

@Resolver(() => Workspace)
export class WorkspaceResolver {
  constructor(private readonly workspaces: WorkspaceService) {}

  @Query(() => Workspace, { description: "The caller's workspace: its name, currency, and the address and tax id its documents print." })
  workspace(@Ctx() ctx: RequestContext): Promise<Workspace> {
    return this.workspaces.current(ctx);
  }

  @Mutation(() => UpdateWorkspacePayload, { description: "Renames the caller's workspace or sets the address and tax id its documents print." })
  async updateWorkspace(@Arg('input', () => UpdateWorkspaceInput, { description: 'What changes.' }) input: UpdateWorkspaceInput, @Ctx() ctx: RequestContext): Promise<UpdateWorkspacePayload> {
    return toPayload(await this.workspaces.update(ctx, input));
  }
}
