import {
  NotFoundError,
  PERMISSIONS,
  SortDirection,
  UserErrorCode,
  UserErrorsException,
  apiKeyRevokedMarker,
  can,
  generateApiKey,
  isUuid,
  lengthErrors,
  listPage,
  requirePrincipal,
  userError,
  withUserErrors,
  type Connection,
  type ListArgsValue,
  type Permission,
  type Principal,
  type Refusable,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { ApiKey } from './api-key.entity';
import type { ApiKeyFilter, CreateApiKeyInput } from './api-key.inputs';

/** Where revocations are announced before they commit (Redis, read by every gateway). */
export interface RevocationBoard {
  /** Marks `keyId` revoked for `seconds` (at least the lifetime of a token exchanged for it). */
  mark(keyId: string, seconds: number): Promise<void>;
}

/** A `RevocationBoard` on Redis: the marker `apiKeyRevokedMarker(id)` with an expiry. */
export function redisRevocationBoard(redis: { set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown> }): RevocationBoard {
  return { mark: async (keyId, seconds) => void (await redis.set(apiKeyRevokedMarker(keyId), '1', 'EX', seconds)) };
}

const KNOWN_SCOPES = new Set<string>(PERMISSIONS);

/** Why a new key's scopes are refused: unknown (INVALID) or beyond the creator (SCOPE_NOT_HELD). */
export function scopeErrors(scopes: readonly string[], creator: readonly Permission[]): UserError[] {
  if (!scopes.length) return [userError(UserErrorCode.REQUIRED, 'A key needs at least one scope', ['scopes'])];
  return scopes.flatMap((scope, i) => {
    if (!KNOWN_SCOPES.has(scope)) return [userError(UserErrorCode.INVALID, `Unknown scope "${scope.slice(0, 64)}"`, ['scopes', String(i)])];
    if (!creator.includes(scope as Permission)) return [userError(UserErrorCode.SCOPE_NOT_HELD, `You do not hold ${scope}, so a key of yours cannot`, ['scopes', String(i)])];
    return [];
  });
}

/** A person, never a key: keys are made and revoked by members (FORBIDDEN in the payload otherwise). */
function personOnly(principal: Principal): UserError[] {
  return principal.apiKey ? [userError(UserErrorCode.FORBIDDEN, 'API keys are managed by members, not by other keys')] : [];
}

/**
 * API keys of a workspace. A member creates keys within their own permissions, sees and revokes
 * their own; `members:write` sees and revokes every key of the workspace.
 */
export class ApiKeyService {
  constructor(private readonly revocations: RevocationBoard, private readonly markerSeconds: number) {}

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<Refusable<{ apiKey: ApiKey; key: string }>> {
    const principal = requirePrincipal(ctx);
    const name = input.name?.trim() ?? '';
    const scopes = [...new Set(input.scopes ?? [])];
    const errors = [
      ...personOnly(principal),
      ...(name ? lengthErrors(name, 'name') : [userError(UserErrorCode.REQUIRED, 'Name is required', ['name'])]),
      ...scopeErrors(scopes, principal.permissions),
      ...(input.expiresAt && input.expiresAt.getTime() <= Date.now() ? [userError(UserErrorCode.INVALID, 'expiresAt must be in the future', ['expiresAt'])] : []),
    ];
    if (errors.length) return { errors };
    const { key, prefix, hash } = generateApiKey();
    return withUserErrors(() =>
      ctx.em.transactional(async (em) => {
        const apiKey = em.create(ApiKey, { name, prefix, secretHash: hash, scopes, expiresAt: input.expiresAt ?? null });
        await em.flush();
        ctx.logger.info({ apiKey: prefix, scopes }, 'API key created');
        return { apiKey, key };
      }),
    );
  }

  async revoke(ctx: RequestContext, id: string): Promise<Refusable<{ apiKey: ApiKey }>> {
    const principal = requirePrincipal(ctx);
    const refused = personOnly(principal);
    if (refused.length) return { errors: refused };
    return withUserErrors(() =>
      ctx.em.transactional(async (em) => {
        const apiKey = isUuid(id) ? await em.findOne(ApiKey, { id, ...this.visibleTo(principal) }) : null;
        if (!apiKey) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'API key not found', ['id'])]);
        if (apiKey.revokedAt) throw new UserErrorsException([userError(UserErrorCode.INVALID_TRANSITION, 'API key is already revoked', ['id'])]);
        apiKey.revokedAt = new Date();
        apiKey.revokedBy = principal.userId;
        await em.flush();
        // Announced before the request's transaction commits: a gateway that sees the marker asks
        // identity again, so no request after this answer can use a token the key had.
        await this.revocations.mark(apiKey.id, this.markerSeconds);
        ctx.logger.info({ apiKey: apiKey.prefix }, 'API key revoked');
        return { apiKey };
      }),
    );
  }

  async get(ctx: RequestContext, id: string): Promise<ApiKey> {
    const key = isUuid(id) ? await ctx.em.findOne(ApiKey, { id, ...this.visibleTo(requirePrincipal(ctx)) }) : null;
    if (!key) throw new NotFoundError('API key not found');
    return key;
  }

  list(ctx: RequestContext, args: ListArgsValue<ApiKeyFilter>): Promise<Connection<ApiKey>> {
    const f = args.filter;
    if (f?.createdBy != null && !isUuid(f.createdBy)) return Promise.resolve(emptyPage());
    return listPage(ctx.em, ApiKey, args, {
      where: [
        this.visibleTo(requirePrincipal(ctx)),
        f?.revoked === true && { revokedAt: { $ne: null } },
        f?.revoked === false && { revokedAt: null },
        f?.createdBy != null && { createdBy: f.createdBy },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** Every key of the workspace for `members:write`; else the caller's own (a key sees its creator's). */
  private visibleTo(principal: Principal): { createdBy?: string } {
    if (can(principal, 'members:write')) return {};
    return { createdBy: principal.apiKey?.createdBy ?? principal.userId };
  }
}

function emptyPage<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
}
