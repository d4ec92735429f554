import { errorCodes, gql, memberToken, operation, signUpTenant, useStack } from '@prometric/testing';
import { Role } from '@prometric/core';

const op = (name: string) => operation('identity', name);

describe('identity through the gateway', () => {
  const fx = useStack();

  describe('signUp', () => {
    it('creates organization, workspace and owner, and returns working tokens', async () => {
      const email = `Founder-${Date.now()}@Example.com`;
      const r = await gql(fx.url, op('SignUp'), {
        input: { organizationName: 'Steppe Metal', workspaceName: 'Almaty', name: 'Aigerim', email, password: 'long enough pw', currency: 'KZT' },
      });
      const p = r.data!.signUp;
      expect(p.errors).toEqual([]);
      expect(p.user.email).toBe(email.toLowerCase());
      expect(p.workspace).toMatchObject({ name: 'Almaty', currency: 'KZT' });
      expect(p.organization.name).toBe('Steppe Metal');
      const me = await gql(fx.url, op('Me'), {}, p.accessToken);
      expect(me.data!.me).toMatchObject({ id: p.user.id, role: 'OWNER', workspace: { id: p.workspace.id }, organization: { id: p.organization.id } });
      expect(me.data!.me.permissions).toEqual(expect.arrayContaining(['orders:write', 'hr:salary', 'members:write']));
    });

    it('refuses invalid input with typed errors and writes nothing', async () => {
      const email = `bad-${Date.now()}@example.com`;
      const r = await gql(fx.url, op('SignUp'), {
        input: { organizationName: ' ', workspaceName: 'W', name: 'N', email, password: 'short', currency: 'dollars' },
      });
      const p = r.data!.signUp;
      expect(p.accessToken).toBeNull();
      expect(p.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['currency', 'organizationName', 'password']);
      const login = await gql(fx.url, op('Login'), { email, password: 'short' });
      expect(login.data!.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    });

    it('refuses a duplicate email with CONFLICT', async () => {
      const r = await gql(fx.url, op('SignUp'), {
        input: { organizationName: 'Other', workspaceName: 'W', name: 'N', email: fx.owner.email.toUpperCase(), password: 'long enough pw' },
      });
      expect(r.data!.signUp.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['email'] })]);
    });
  });

  describe('login', () => {
    it('logs in with the right password', async () => {
      const r = await gql(fx.url, op('Login'), { email: fx.owner.email, password: fx.owner.password });
      expect(r.data!.login).toMatchObject({ errors: [], user: { id: fx.owner.userId }, workspace: { id: fx.owner.workspaceId } });
      expect(r.data!.login.accessToken).toEqual(expect.any(String));
    });

    it('gives the same answer for a wrong password and an unknown email', async () => {
      const wrong = await gql(fx.url, op('Login'), { email: fx.owner.email, password: 'wrong password' });
      const unknown = await gql(fx.url, op('Login'), { email: 'nobody@nowhere.test', password: 'wrong password' });
      expect(wrong.data!.login).toEqual(unknown.data!.login);
      expect(wrong.data!.login.errors).toEqual([{ code: 'INVALID_CREDENTIALS', field: null, message: 'Email or password is wrong' }]);
    });
  });

  describe('refreshToken', () => {
    it('rotates: each refresh token works once, and reuse revokes the whole family', async () => {
      const login = await gql(fx.url, op('Login'), { email: fx.owner.email, password: fx.owner.password });
      const first = login.data!.login.refreshToken;
      const r1 = await gql(fx.url, op('RefreshToken'), { refreshToken: first });
      expect(r1.data!.refreshToken.errors).toEqual([]);
      const second = r1.data!.refreshToken.refreshToken;
      expect(second).not.toBe(first);
      const me = await gql(fx.url, op('Me'), {}, r1.data!.refreshToken.accessToken);
      expect(me.data!.me.id).toBe(fx.owner.userId);

      // Replaying the spent token is theft: refused, and the family's live token dies with it.
      const replay = await gql(fx.url, op('RefreshToken'), { refreshToken: first });
      expect(replay.data!.refreshToken.errors[0].code).toBe('INVALID_TOKEN');
      const afterRevoke = await gql(fx.url, op('RefreshToken'), { refreshToken: second });
      expect(afterRevoke.data!.refreshToken).toMatchObject({ accessToken: null, errors: [{ code: 'INVALID_TOKEN' }] });
    });

    it('refuses garbage and a tampered secret', async () => {
      const garbage = await gql(fx.url, op('RefreshToken'), { refreshToken: 'not-a-token' });
      expect(garbage.data!.refreshToken.errors[0].code).toBe('INVALID_TOKEN');
      const login = await gql(fx.url, op('Login'), { email: fx.owner.email, password: fx.owner.password });
      const [id] = login.data!.login.refreshToken.split('.');
      const tampered = await gql(fx.url, op('RefreshToken'), { refreshToken: `${id}.AAAA` });
      expect(tampered.data!.refreshToken.errors[0].code).toBe('INVALID_TOKEN');
      // The genuine token still works: a wrong guess is not a reuse.
      const genuine = await gql(fx.url, op('RefreshToken'), { refreshToken: login.data!.login.refreshToken });
      expect(genuine.data!.refreshToken.errors).toEqual([]);
    });
  });

  describe('me', () => {
    it('needs a token', async () => {
      const r = await gql(fx.url, op('Me'));
      expect(r.data?.me ?? null).toBeNull();
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('addMember', () => {
    it('lets an owner add a member who can then log in with the role', async () => {
      const email = `rep-${Date.now()}@example.com`;
      const r = await gql(fx.url, op('AddMember'), { input: { email, role: 'SALES_REP', name: 'Rep', password: 'rep password' } }, fx.owner.token);
      expect(r.data!.addMember).toMatchObject({ errors: [], user: { email, role: 'SALES_REP' } });
      const login = await gql(fx.url, op('Login'), { email, password: 'rep password' });
      const me = await gql(fx.url, op('Me'), {}, login.data!.login.accessToken);
      expect(me.data!.me).toMatchObject({ role: 'SALES_REP', workspace: { id: fx.owner.workspaceId } });
      expect(me.data!.me.permissions).toContain('orders:write');
      expect(me.data!.me.permissions).not.toContain('members:write');
    });

    it('is refused to roles without members:write, with FORBIDDEN', async () => {
      const viewer = await memberToken(fx.url, fx.owner, Role.VIEWER);
      const r = await gql(fx.url, op('AddMember'), { input: { email: `x-${Date.now()}@example.com`, role: 'ADMIN', name: 'X', password: 'password123' } }, viewer);
      expect(r.data?.addMember ?? null).toBeNull();
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    });

    it('lets only an owner grant OWNER', async () => {
      const admin = await memberToken(fx.url, fx.owner, Role.ADMIN);
      const r = await gql(fx.url, op('AddMember'), { input: { email: `o-${Date.now()}@example.com`, role: 'OWNER', name: 'O', password: 'password123' } }, admin);
      expect(r.data!.addMember).toMatchObject({ user: null, errors: [{ code: 'FORBIDDEN', field: ['role'] }] });
    });

    it('refuses a second membership and invalid new users', async () => {
      const dup = await gql(fx.url, op('AddMember'), { input: { email: fx.owner.email, role: 'VIEWER' } }, fx.owner.token);
      expect(dup.data!.addMember.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['email'] })]);
      const invalid = await gql(fx.url, op('AddMember'), { input: { email: 'not-an-email', role: 'VIEWER', name: '', password: 'x' } }, fx.owner.token);
      expect(invalid.data!.addMember.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['email', 'name', 'password']);
    });

    it('adds an existing user of another organization to this workspace', async () => {
      const other = await signUpTenant(fx.url);
      const r = await gql(fx.url, op('AddMember'), { input: { email: other.email, role: 'ACCOUNTANT' } }, fx.owner.token);
      expect(r.data!.addMember).toMatchObject({ errors: [], user: { id: other.userId, role: 'ACCOUNTANT' } });
      // Their own token still speaks for their own workspace.
      const me = await gql(fx.url, op('Me'), {}, other.token);
      expect(me.data!.me).toMatchObject({ role: 'OWNER', workspace: { id: other.workspaceId } });
    });
  });

  describe('across workspaces, with row-level security on memberships and refresh tokens', () => {
    const LOGIN_INTO = /* GraphQL */ `
      mutation($email: String!, $password: String!, $workspaceId: String) {
        login(input: { email: $email, password: $password, workspaceId: $workspaceId }) { accessToken refreshToken workspace { id } errors { code field } }
      }`;

    it('logs a member of two workspaces into the one asked for, and refreshes there', async () => {
      const other = await signUpTenant(fx.url);
      const added = await gql(fx.url, op('AddMember'), { input: { email: other.email, role: 'ACCOUNTANT' } }, fx.owner.token);
      expect(added.data!.addMember.errors).toEqual([]);
      const oldest = await gql(fx.url, LOGIN_INTO, { email: other.email, password: other.password });
      expect(oldest.data!.login).toMatchObject({ errors: [], workspace: { id: other.workspaceId } });
      const here = await gql(fx.url, LOGIN_INTO, { email: other.email, password: other.password, workspaceId: fx.owner.workspaceId });
      expect(here.data!.login).toMatchObject({ errors: [], workspace: { id: fx.owner.workspaceId } });
      const me = await gql(fx.url, op('Me'), {}, here.data!.login.accessToken);
      expect(me.data!.me).toMatchObject({ id: other.userId, role: 'ACCOUNTANT', workspace: { id: fx.owner.workspaceId } });
      const refreshed = await gql(fx.url, op('RefreshToken'), { refreshToken: here.data!.login.refreshToken });
      expect(refreshed.data!.refreshToken.errors).toEqual([]);
      const meAgain = await gql(fx.url, op('Me'), {}, refreshed.data!.refreshToken.accessToken);
      expect(meAgain.data!.me).toMatchObject({ role: 'ACCOUNTANT', workspace: { id: fx.owner.workspaceId } });
    });

    it("refuses a workspace the user is not a member of, or a malformed one, like a wrong password", async () => {
      const stranger = await signUpTenant(fx.url);
      for (const workspaceId of [stranger.workspaceId, 'not-a-workspace', '']) {
        const r = await gql(fx.url, LOGIN_INTO, { email: fx.owner.email, password: fx.owner.password, workspaceId });
        expect(r.data!.login).toEqual({ accessToken: null, refreshToken: null, workspace: null, errors: [{ code: 'INVALID_CREDENTIALS', field: null }] });
      }
    });

    it("logs in and refreshes for another workspace while presenting a token of this one, and leaves the request's own workspace as it was", async () => {
      const other = await signUpTenant(fx.url);
      // One request: login (workspace of `other`), then refreshToken, then me (the presented token's workspace).
      const r = await gql(
        fx.url,
        `mutation($email: String!, $password: String!, $refresh: String!) {
          login(input: { email: $email, password: $password }) { workspace { id } refreshToken errors { code } }
          refreshToken(refreshToken: $refresh) { accessToken errors { code } }
        }`,
        { email: other.email, password: other.password, refresh: other.refreshToken },
        fx.owner.token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.login).toMatchObject({ errors: [], workspace: { id: other.workspaceId } });
      expect(r.data!.refreshToken.errors).toEqual([]);
      const me = await gql(fx.url, op('Me'), {}, r.data!.refreshToken.accessToken);
      expect(me.data!.me).toMatchObject({ id: other.userId, workspace: { id: other.workspaceId } });
      const add = await gql(
        fx.url,
        `mutation($email: String!, $password: String!, $member: AddMemberInput!) {
          login(input: { email: $email, password: $password }) { errors { code } }
          addMember(input: $member) { user { id role } errors { code } }
        }`,
        { email: other.email, password: other.password, member: { email: other.email, role: 'VIEWER' } },
        fx.owner.token,
      );
      // The member lands in the presented token's workspace, not in the one login looked at.
      expect(add.data!.addMember).toMatchObject({ errors: [], user: { id: other.userId, role: 'VIEWER' } });
      const asOther = await gql(fx.url, LOGIN_INTO, { email: other.email, password: other.password, workspaceId: fx.owner.workspaceId });
      expect(asOther.data!.login.workspace).toEqual({ id: fx.owner.workspaceId });
    });
  });

  it('publishes its public signing keys as a JWKS document, without private parts', async () => {
    const res = await fetch(fx.stack.identity.url.replace('/graphql', '/.well-known/jwks.json'));
    const jwks = (await res.json()) as { keys: Record<string, string>[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) });
      expect(key.d).toBeUndefined();
    }
    const header = JSON.parse(Buffer.from(fx.owner.token.split('.')[0], 'base64url').toString());
    expect(header).toMatchObject({ alg: 'EdDSA', kid: jwks.keys[jwks.keys.length - 1].kid });
  });
});
