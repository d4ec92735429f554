import { UserErrorCode, requirePrincipal, userError, type Refusable, type RequestContext, type UserError } from '@prometric/core';
import { Workspace } from './workspace.entity';
import type { UpdateWorkspaceInput } from './workspace.inputs';

const LIMITS = { name: 100, address: 500, taxId: 50 } as const;

/** The caller's workspace: its name and what its documents print. */
export class WorkspaceService {
  /** The caller's workspace. */
  current(ctx: RequestContext): Promise<Workspace> {
    return ctx.em.findOneOrFail(Workspace, requirePrincipal(ctx).workspaceId);
  }

  async update(ctx: RequestContext, input: UpdateWorkspaceInput): Promise<Refusable<{ workspace: Workspace }>> {
    const errors: UserError[] = [];
    const name = input.name === undefined ? undefined : input.name?.trim() ?? '';
    if (name !== undefined && !name) errors.push(userError(UserErrorCode.REQUIRED, 'A workspace needs a name', ['name']));
    for (const field of ['name', 'address', 'taxId'] as const) {
      const value = field === 'name' ? name : input[field]?.trim();
      if (value && value.length > LIMITS[field]) errors.push(userError(UserErrorCode.INVALID, `At most ${LIMITS[field]} characters`, [field]));
    }
    if (errors.length) return { errors };
    const workspace = await this.current(ctx);
    if (name !== undefined) workspace.name = name;
    if (input.address !== undefined) workspace.address = input.address?.trim() || null;
    if (input.taxId !== undefined) workspace.taxId = input.taxId?.trim() || null;
    await ctx.em.flush();
    return { workspace };
  }
}
