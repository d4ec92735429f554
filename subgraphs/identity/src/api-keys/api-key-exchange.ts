import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { apiKeyHash, apiKeyPrefix, inTenantTransaction, readBody, sendJson, type Logger, type TenantKeys, type TokenSigner } from '@prometric/core';
import { Membership } from '../members/membership.entity';
import { Workspace } from '../tenants/workspace.entity';
import { ApiKey } from './api-key.entity';

/** A token exchanged for a key, or why not (said only in identity's log, never to the caller). */
export type Exchange = { ok: true; token: string; expiresAt: Date } | { ok: false; reason: string };

/** The workspace of a key, by its prefix, through the narrow lookup of Migration20261205500000. */
async function keyTenant(em: EntityManager, prefix: string): Promise<TenantKeys | null> {
  const rows = await em.execute<{ organization_id: string; workspace_id: string }[]>('select organization_id, workspace_id from "identity"."api_key_tenant"(?)', [prefix]);
  return rows[0] ? { organizationId: rows[0].organization_id, workspaceId: rows[0].workspace_id } : null;
}

/**
 * Exchanges an API key for a short-lived access token signed like any other, so subgraphs verify one
 * kind of credential. Its subject is the key's id; it carries the key's prefix, its creator and its
 * scopes, within what the creator's role grants today (a creator who left the workspace ends the key).
 * Each exchange records `lastUsedAt`.
 */
export class ApiKeyExchange {
  constructor(
    private readonly orm: MikroORM<PostgreSqlDriver>,
    private readonly signer: TokenSigner,
    private readonly tokenTtlSeconds: number,
    private readonly logger: Logger,
  ) {}

  async exchange(presented: string): Promise<Exchange> {
    const prefix = apiKeyPrefix(presented);
    if (!prefix) return { ok: false, reason: 'malformed' };
    const tenant = await keyTenant(this.orm.em.fork({ clear: true, useContext: false }) as EntityManager, prefix);
    if (!tenant) return this.refuse(prefix, 'unknown');
    return inTenantTransaction(this.orm, { ...tenant, userId: null }, async (em) => {
      const key = await em.findOne(ApiKey, { prefix }, { populate: ['secretHash'] });
      if (!key) return this.refuse(prefix, 'unknown');
      const expected = Buffer.from(key.secretHash, 'hex');
      const actual = Buffer.from(apiKeyHash(presented), 'hex');
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return this.refuse(prefix, 'wrong secret');
      if (key.revokedAt) return this.refuse(prefix, 'revoked');
      const now = Date.now();
      if (key.expiresAt && key.expiresAt.getTime() <= now) return this.refuse(prefix, 'expired');
      const membership = key.createdBy ? await em.findOne(Membership, { userId: key.createdBy, workspaceId: key.workspaceId }) : null;
      if (!membership) return this.refuse(prefix, 'creator is no longer a member');
      const workspace = await em.findOneOrFail(Workspace, key.workspaceId);
      const ttl = Math.floor(Math.min(this.tokenTtlSeconds * 1000, (key.expiresAt?.getTime() ?? Infinity) - now) / 1000);
      if (ttl < 1) return this.refuse(prefix, 'expired');
      // A plain update: using a key is not a change of the key (updatedAt and updatedBy stay).
      await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date(now) });
      const token = await this.signer.signAccessToken(
        {
          userId: key.id,
          organizationId: key.organizationId,
          workspaceId: key.workspaceId,
          role: membership.role,
          currency: workspace.currency,
          apiKey: { prefix, createdBy: membership.userId, scopes: key.scopes },
        },
        ttl,
      );
      this.logger.debug({ apiKey: prefix }, 'API key exchanged');
      return { ok: true as const, token, expiresAt: new Date(now + ttl * 1000) };
    });
  }

  private refuse(prefix: string, reason: string): Exchange {
    this.logger.info({ apiKey: prefix, reason }, 'API key refused');
    return { ok: false, reason };
  }

  /** POST `{ "key": "pk_…" }` → 200 `{ token, expiresAt }`, or 401 `{ error }` (400 for a malformed body). */
  readonly handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST a JSON body { "key": "pk_…" }' }, { allow: 'POST' });
    readBody(req)
      .then(async (raw) => {
        let key: unknown;
        try {
          key = (JSON.parse(raw) as { key?: unknown } | null)?.key;
        } catch {
          key = undefined;
        }
        if (typeof key !== 'string') return sendJson(res, 400, { error: 'POST a JSON body { "key": "pk_…" }' });
        const result = await this.exchange(key);
        if (!result.ok) return sendJson(res, 401, { error: 'Invalid, revoked or expired API key' });
        sendJson(res, 200, { token: result.token, expiresAt: result.expiresAt.toISOString() });
      })
      .catch((err) => {
        this.logger.error({ err }, 'API key exchange failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'API key exchange failed' });
      });
  };
}
