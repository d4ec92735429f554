import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { REPO_ROOT } from './config';
import type { Role } from '@prometric/core';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** POSTs one GraphQL operation over real HTTP. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  return { ...body, status: res.status };
}

/** Codes of a response's top-level errors. */
export const errorCodes = (r: GraphQLResponse) => (r.errors ?? []).map((e) => e.extensions?.code);

export interface Tenant {
  token: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  workspaceId: string;
  email: string;
  password: string;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken refreshToken
      user { id email name } organization { id name } workspace { id name currency }
      errors { code field message }
    }
  }`;

/** Signs up a brand-new organization (its own tenant) through the gateway. */
export async function signUpTenant(url: string, overrides: Partial<{ currency: string; organizationName: string }> = {}): Promise<Tenant> {
  const email = `owner-${randomUUID()}@test.prometric.dev`;
  const password = 'correct horse battery';
  const r = await gql(url, SIGN_UP, {
    input: { organizationName: overrides.organizationName ?? 'Test Org', workspaceName: 'Main', name: 'Test Owner', email, password, currency: overrides.currency ?? 'USD' },
  });
  const p = r.data?.signUp;
  if (!p?.accessToken) throw new Error(`signUp failed: ${JSON.stringify(r)}`);
  return { token: p.accessToken, refreshToken: p.refreshToken, userId: p.user.id, organizationId: p.organization.id, workspaceId: p.workspace.id, email, password };
}

/** Adds a member with `role` to the tenant and logs them in; returns their access token. */
export async function memberToken(url: string, owner: Tenant, role: Role | `${Role}`): Promise<string> {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.prometric.dev`;
  const password = 'member password 1';
  const added = await gql(url, `mutation($input: AddMemberInput!) { addMember(input: $input) { user { id } errors { code message } } }`, { input: { email, role, name: role, password } }, owner.token);
  if (!added.data?.addMember?.user) throw new Error(`addMember failed: ${JSON.stringify(added)}`);
  const login = await gql(url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken errors { code } } }`, { e: email, p: password });
  if (!login.data?.login?.accessToken) throw new Error(`login failed: ${JSON.stringify(login)}`);
  return login.data.login.accessToken;
}

/** The named operation of `schema/operations/<file>.graphql` (the contract as served), as a string. */
export function operation(file: string, name: string): string {
  const doc = parse(readFileSync(`${REPO_ROOT}/schema/operations/${file}.graphql`, 'utf8'));
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`No operation ${name} in schema/operations/${file}.graphql`);
  return print(op);
}
