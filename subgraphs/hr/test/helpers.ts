import { gql } from '@prometric/testing';

export const CREATE_EMPLOYEE = /* GraphQL */ `
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) { employee { id name position } errors { code field message } }
  }`;

export const EMPLOYEE = /* GraphQL */ `
  query Employee($id: ID!) {
    employee(id: $id) { id name position department salary { amount currency } }
  }`;

/** The user id (subject) of an access token. */
export function userIdOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub as string;
}

let seq = 0;

/** Creates an employee through the gateway and returns its id; fails the test on any error. */
export async function hire(url: string, token: string, input: Record<string, unknown> = {}): Promise<string> {
  seq += 1;
  const r = await gql(url, CREATE_EMPLOYEE, {
    input: { name: `Employee ${seq}`, email: `e${seq}-${Date.now()}-${Math.random().toString(36).slice(2)}@test.prometric.dev`, position: 'Machinist', salary: '3000.00', ...input },
  }, token);
  const p = r.data?.createEmployee;
  if (!p?.employee || p.errors.length) throw new Error(`createEmployee failed: ${JSON.stringify(r)}`);
  return p.employee.id as string;
}
