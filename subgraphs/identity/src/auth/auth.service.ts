import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Role,
  TokenSigner,
  UserErrorCode,
  UserErrorsException,
  isUuid,
  userError,
  userErrorFromDb,
  lengthErrors,
  withTenantSetting,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { Organization } from '../tenants/organization.entity';
import { Workspace } from '../tenants/workspace.entity';
import { User } from '../users/user.entity';
import { Membership } from '../members/membership.entity';
import { RefreshToken } from './refresh-token.entity';
import { loginMembership, refreshTokenTenant } from './workspace-lookup';
import { MIN_PASSWORD_LENGTH, dummyPasswordHash, hashPassword, verifyPassword } from './password';
import type { LoginInput, SignUpInput } from './auth.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CURRENCY = /^[A-Z]{3}$/;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type AuthResult<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

/** Normalises an email for storage and lookup. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Validation shared by sign-up and add-member. */
export function validateNewUser(input: { email: string; name?: string | null; password?: string | null }): UserError[] {
  const errors: UserError[] = [];
  if (!EMAIL.test(normalizeEmail(input.email))) errors.push(userError(UserErrorCode.INVALID, 'Email is not valid', ['email']));
  if (input.name !== undefined && !input.name?.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
  errors.push(...lengthErrors(input.name, 'name'), ...lengthErrors(input.email, 'email'));
  if (input.password !== undefined && (input.password ?? '').length < MIN_PASSWORD_LENGTH) {
    errors.push(userError(UserErrorCode.INVALID, `Password must have at least ${MIN_PASSWORD_LENGTH} characters`, ['password']));
  }
  return errors;
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Sign-up, login and refresh-token rotation. */
export class AuthService {
  constructor(private readonly signer: TokenSigner, private readonly refreshTtlDays: number) {}

  async signUp(ctx: RequestContext, input: SignUpInput): Promise<AuthResult<{ user: User; organization: Organization; workspace: Workspace; tokens: TokenPair }>> {
    const currency = (input.currency ?? 'USD').trim().toUpperCase();
    const errors = validateNewUser(input);
    if (!input.organizationName.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Organization name is required', ['organizationName']));
    errors.push(...lengthErrors(input.organizationName, 'organizationName'), ...lengthErrors(input.workspaceName, 'workspaceName'));
    if (!input.workspaceName.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Workspace name is required', ['workspaceName']));
    if (!CURRENCY.test(currency)) errors.push(userError(UserErrorCode.INVALID, 'Currency must be an ISO 4217 code such as USD', ['currency']));
    if (errors.length) return { ok: false, errors };

    const passwordHash = await hashPassword(input.password);
    const organization = new Organization();
    const workspace = new Workspace();
    try {
      // The new workspace is the one its first membership and refresh token are written under.
      return await withTenantSetting(ctx.em, { organizationId: organization.id, workspaceId: workspace.id }, async (em) => {
        const email = normalizeEmail(input.email);
        if (await em.count(User, { email })) {
          throw new UserErrorsException([userError(UserErrorCode.CONFLICT, 'Email is already registered', ['email'])]);
        }
        em.persist(Object.assign(organization, { name: input.organizationName.trim() }));
        em.persist(Object.assign(workspace, { organizationId: organization.id, name: input.workspaceName.trim(), currency }));
        const user = em.create(User, { email, name: input.name.trim(), passwordHash });
        em.create(Membership, { organizationId: organization.id, workspaceId: workspace.id, userId: user.id, role: Role.OWNER, createdBy: user.id });
        await em.flush();
        const tokens = await this.issue(em, { user, workspace, role: Role.OWNER, familyId: randomUUID() });
        return { ok: true as const, value: { user, organization, workspace, tokens } };
      });
    } catch (e) {
      if (e instanceof UserErrorsException) return { ok: false, errors: e.errors };
      const mapped = userErrorFromDb(e, { app_user_email_unique: ['email'] });
      if (mapped) return { ok: false, errors: [mapped] };
      throw e;
    }
  }

  async login(ctx: RequestContext, input: LoginInput): Promise<AuthResult<{ user: User; workspace: Workspace; tokens: TokenPair }>> {
    const refused = { ok: false as const, errors: [userError(UserErrorCode.INVALID_CREDENTIALS, 'Email or password is wrong')] };
    const user = await ctx.em.findOne(User, { email: normalizeEmail(input.email) }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !valid) return refused;
    // Only a user who proved their password learns where they are a member.
    const workspaceId = input.workspaceId ?? null;
    const membership = workspaceId === null || isUuid(workspaceId) ? await loginMembership(ctx.em, user.id, workspaceId) : null;
    if (!membership) return refused;
    const workspace = await ctx.em.findOneOrFail(Workspace, membership.workspaceId);
    return withTenantSetting(ctx.em, membership, async (em) => {
      const tokens = await this.issue(em, { user, workspace, role: membership.role, familyId: randomUUID() });
      return { ok: true as const, value: { user, workspace, tokens } };
    });
  }

  /**
   * Rotates a refresh token: the presented token is spent and a new one of the same family issued.
   * A token presented twice means it was stolen: the whole family is revoked.
   */
  async refresh(ctx: RequestContext, presented: string): Promise<AuthResult<TokenPair>> {
    const refused = { ok: false as const, errors: [userError(UserErrorCode.INVALID_TOKEN, 'Refresh token is invalid or expired', ['refreshToken'])] };
    const [id, secret] = presented.split('.');
    if (!id || !secret || !isUuid(id)) return refused;
    const tenant = await refreshTokenTenant(ctx.em, id);
    if (!tenant) return refused;
    return withTenantSetting(ctx.em, tenant, async (em) => {
      const token = await em.findOne(RefreshToken, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!token) return refused;
      const expected = Buffer.from(token.secretHash, 'hex');
      const actual = sha256(secret);
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return refused;
      if (token.usedAt || token.revokedAt) {
        await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: new Date() });
        ctx.logger.warn({ familyId: token.familyId, userId: token.userId }, 'refresh token reuse: family revoked');
        return refused;
      }
      if (token.expiresAt.getTime() <= Date.now()) return refused;
      const membership = await em.findOne(Membership, { userId: token.userId, workspaceId: token.workspaceId });
      if (!membership) return refused;
      token.usedAt = new Date();
      const [user, workspace] = await Promise.all([em.findOneOrFail(User, token.userId), em.findOneOrFail(Workspace, token.workspaceId)]);
      const tokens = await this.issue(em, { user, workspace, role: membership.role, familyId: token.familyId });
      return { ok: true as const, value: tokens };
    });
  }

  private async issue(em: EntityManager, p: { user: User; workspace: Workspace; role: Role; familyId: string }): Promise<TokenPair> {
    const secret = randomBytes(32).toString('base64url');
    const row = em.create(RefreshToken, {
      familyId: p.familyId,
      userId: p.user.id,
      workspaceId: p.workspace.id,
      secretHash: sha256(secret).toString('hex'),
      expiresAt: new Date(Date.now() + this.refreshTtlDays * 86_400_000),
    });
    await em.flush();
    const accessToken = await this.signer.signAccessToken({
      userId: p.user.id,
      organizationId: p.workspace.organizationId,
      workspaceId: p.workspace.id,
      role: p.role,
      currency: p.workspace.currency,
    });
    return { accessToken, refreshToken: `${row.id}.${secret}` };
  }
}
