import { randomBytes } from 'node:crypto';
import { Role } from '@prometric/core';
import { errorCodes, gql, memberToken, signUpTenant, testEnv, useStack } from '@prometric/testing';
import { devEncryptionKey, hrEnvSchema, startHr } from '@prometric/hr';
import { CREATE_EMPLOYEE, EMPLOYEE, hire, userIdOf } from './helpers';

describe('employees through the gateway', () => {
  const fx = useStack({ pg: true });

  const rowsWithEmail = async (email: string) => (await fx.pg.query('select count(*)::int as c from hr.employee where email = $1', [email])).rows[0].c as number;

  it('creates an employee (contract CreateEmployee/Employee), finding or creating the department by name or code', async () => {
    const email = `ada-${Date.now()}@test.prometric.dev`;
    const r = await gql(fx.url, CREATE_EMPLOYEE, { input: { name: 'Ada Lovelace', email: email.toUpperCase(), position: 'Engineer', department: 'Research Lab', salary: '4817.35', hireDate: '2026-01-05T00:00:00Z' } }, fx.owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createEmployee.errors).toEqual([]);
    const id = r.data!.createEmployee.employee.id;
    expect(r.data!.createEmployee.employee).toMatchObject({ name: 'Ada Lovelace', position: 'Engineer' });

    const read = await gql(fx.url, EMPLOYEE, { id }, fx.owner.token);
    expect(read.errors).toBeUndefined();
    expect(read.data!.employee).toEqual({ id, name: 'Ada Lovelace', position: 'Engineer', department: 'Research Lab', salary: { amount: '4817.35', currency: 'USD' } });

    // Same department by another spelling of its name, and by its derived code.
    const second = await hire(fx.url, fx.owner.token, { department: 'research lab' });
    const third = await hire(fx.url, fx.owner.token, { department: 'RESEARCH-LAB' });
    const q = `query($a: ID!, $b: ID!, $c: ID!) {
      a: employee(id: $a) { email status hireDate departmentRef { id code name } }
      b: employee(id: $b) { departmentRef { id } } c: employee(id: $c) { departmentRef { id } } }`;
    const d = await gql(fx.url, q, { a: id, b: second, c: third }, fx.owner.token);
    expect(d.errors).toBeUndefined();
    expect(d.data!.a).toMatchObject({ email, status: 'ACTIVE', hireDate: '2026-01-05T00:00:00.000Z', departmentRef: { code: 'RESEARCH-LAB', name: 'Research Lab' } });
    expect(d.data!.b.departmentRef.id).toBe(d.data!.a.departmentRef.id);
    expect(d.data!.c.departmentRef.id).toBe(d.data!.a.departmentRef.id);
    const { rows } = await fx.pg.query('select count(*)::int as c from hr.department where workspace_id = $1', [fx.owner.workspaceId]);
    expect(rows[0].c).toBe(1);

    // At rest: no plaintext salary anywhere in the row, only keyId:iv:tag:ciphertext.
    const row = (await fx.pg.query('select salary_encrypted, row_to_json(e)::text as whole from hr.employee e where id = $1', [id])).rows[0];
    expect(row.salary_encrypted).toMatch(/^dev:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(row.whole).not.toContain('4817.35');
    expect(row.whole).not.toContain('4817');
  });

  it('refuses bad input with typed errors and writes nothing; an idempotent retry creates once', async () => {
    const email = `bad-${Date.now()}@test.prometric.dev`;
    const bad = await gql(fx.url, CREATE_EMPLOYEE, { input: { name: ' ', email, position: 'X', salary: '-5.00' } }, fx.owner.token);
    expect(bad.data!.createEmployee.employee).toBeNull();
    expect(bad.data!.createEmployee.errors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['REQUIRED', ['name']], ['INVALID', ['salary']]]);
    const badManager = await gql(fx.url, CREATE_EMPLOYEE, { input: { name: 'N', email, position: 'X', salary: '10.00', managerId: '00000000-0000-4000-8000-000000000000', department: 'Ghost Dept' } }, fx.owner.token);
    expect(badManager.data!.createEmployee.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['managerId'] });
    expect(await rowsWithEmail(email)).toBe(0);
    expect((await fx.pg.query(`select count(*)::int as c from hr.department where name = 'Ghost Dept'`)).rows[0].c).toBe(0);

    const input = { name: 'Once', email, position: 'X', salary: '100.00', idempotencyKey: `k-${email}` };
    const [a, b] = await Promise.all([gql(fx.url, CREATE_EMPLOYEE, { input }, fx.owner.token), gql(fx.url, CREATE_EMPLOYEE, { input }, fx.owner.token)]);
    expect(a.data!.createEmployee.employee.id).toBe(b.data!.createEmployee.employee.id);
    expect(await rowsWithEmail(email)).toBe(1);
    const dup = await gql(fx.url, CREATE_EMPLOYEE, { input: { ...input, idempotencyKey: null } }, fx.owner.token);
    expect(dup.data!.createEmployee.errors[0]).toMatchObject({ code: 'CONFLICT', field: ['email'] });
    expect(await rowsWithEmail(email)).toBe(1);
  });

  it('shows salary to hr:salary and to the employee themselves; anyone else gets null with FORBIDDEN at that path', async () => {
    const repToken = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    const managerId = await hire(fx.url, fx.owner.token, { name: 'Boss', salary: '9100.00', bankAccount: 'DE89 3704 0044 0532 0130 00' });
    const repEmployee = await hire(fx.url, fx.owner.token, { name: 'Rep', salary: '2500.50', userId: userIdOf(repToken), managerId, bankAccount: 'GB33BUKB20201555555555' });

    // Without hr:read the employee query itself is refused.
    const denied = await gql(fx.url, EMPLOYEE, { id: repEmployee }, repToken);
    expect(denied.data?.employee ?? null).toBeNull();
    expect(errorCodes(denied)).toContain('FORBIDDEN');

    // Through their own user: their salary and bank account yes, their manager's no (field by field).
    const me = `{ me { id employee { id name salary { amount currency } bankAccount manager { name salary { amount } bankAccount } } } }`;
    const own = await gql(fx.url, me, {}, repToken);
    expect(own.data!.me.employee).toEqual({
      id: repEmployee,
      name: 'Rep',
      salary: { amount: '2500.50', currency: 'USD' },
      bankAccount: 'GB33BUKB20201555555555',
      manager: { name: 'Boss', salary: null, bankAccount: null },
    });
    const forbidden = (own.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path!.join('.')).sort();
    expect(forbidden).toEqual(['me.employee.manager.bankAccount', 'me.employee.manager.salary']);

    // hr:salary (the owner) sees both.
    const full = await gql(fx.url, `query($id: ID!) { employee(id: $id) { salary { amount } bankAccount user { id } manager { salary { amount } bankAccount } } }`, { id: repEmployee }, fx.owner.token);
    expect(full.errors).toBeUndefined();
    expect(full.data!.employee).toEqual({ salary: { amount: '2500.50' }, bankAccount: 'GB33BUKB20201555555555', user: { id: userIdOf(repToken) }, manager: { salary: { amount: '9100.00' }, bankAccount: 'DE89 3704 0044 0532 0130 00' } });

    // Another user's employee record is not for a SALES_REP to look up; the owner (hr:read) may.
    const viaOwner = await gql(fx.url, `{ me { employee { id } } }`, {}, fx.owner.token);
    expect(viaOwner.errors).toBeUndefined();
    expect(viaOwner.data!.me.employee).toBeNull();
  });

  it('updates, lists, and terminates once', async () => {
    const id = await hire(fx.url, fx.owner.token, { name: 'Zed Update' });
    const upd = await gql(fx.url, `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { position status department salary { amount } } errors { code field } } }`,
      { input: { id, position: 'Foreman', status: 'ON_LEAVE', department: 'Plant', salary: '3300.00' } }, fx.owner.token);
    expect(upd.data!.updateEmployee).toEqual({ employee: { position: 'Foreman', status: 'ON_LEAVE', department: 'Plant', salary: { amount: '3300.00' } }, errors: [] });
    const self = await gql(fx.url, `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { errors { code field } } }`, { input: { id, managerId: id } }, fx.owner.token);
    expect(self.data!.updateEmployee.errors[0]).toMatchObject({ code: 'CYCLE', field: ['managerId'] });

    const list = await gql(fx.url, `{ employees(first: 50, filter: { search: "zed upd" }) { totalCount edges { node { id } } } }`, {}, fx.owner.token);
    expect(list.data!.employees).toEqual({ totalCount: 1, edges: [{ node: { id } }] });

    const T = `mutation($input: TerminateEmployeeInput!) { terminateEmployee(input: $input) { employee { status terminatedAt } errors { code } } }`;
    const t1 = await gql(fx.url, T, { input: { id, at: '2026-06-30T17:00:00Z' } }, fx.owner.token);
    expect(t1.data!.terminateEmployee).toEqual({ employee: { status: 'TERMINATED', terminatedAt: '2026-06-30T17:00:00.000Z' }, errors: [] });
    const t2 = await gql(fx.url, T, { input: { id } }, fx.owner.token);
    expect(t2.data!.terminateEmployee.errors).toEqual([{ code: 'INVALID_TRANSITION' }]);
  });

  it('another tenant sees none of it', async () => {
    const id = await hire(fx.url, fx.owner.token);
    const other = await signUpTenant(fx.url);
    const r = await gql(fx.url, EMPLOYEE, { id }, other.token);
    expect(r.data?.employee ?? null).toBeNull();
    expect(errorCodes(r)).toEqual(['NOT_FOUND']);
    const list = await gql(fx.url, `{ employees { totalCount } departments { totalCount } }`, {}, other.token);
    expect(list.data).toEqual({ employees: { totalCount: 0 }, departments: { totalCount: 0 } });
  });

  it('reads values after a key rotation, and reencryptEmployees moves them to the new key', async () => {
    const tenant = await signUpTenant(fx.url);
    const id = await hire(fx.url, tenant.token, { salary: '5123.45', bankAccount: 'NL91ABNA0417164300' });
    // An approved (frozen) payroll run: its payslip figures are encrypted too and must follow the rotation.
    const run = (await gql(fx.url, `mutation { createPayrollRun(period: "2026-02") { payrollRun { id } errors { code } } }`, {}, tenant.token)).data!.createPayrollRun.payrollRun.id;
    expect((await gql(fx.url, `mutation($id: ID!) { approvePayrollRun(id: $id) { errors { code } } }`, { id: run }, tenant.token)).data!.approvePayrollRun.errors).toEqual([]);
    const slipRead = `query($id: ID!) { payrollRun(id: $id) { payslips { net { amount } } } }`;
    const k2 = randomBytes(32).toString('base64');
    const rotated = await startHr(hrEnvSchema.parse(testEnv({ HR_ENCRYPTION_KEYS: `dev:${devEncryptionKey().toString('base64')},k2:${k2}`, HR_ENCRYPTION_KEY_ID: 'k2' })), 0);
    try {
      const read = `query($id: ID!) { employee(id: $id) { salary { amount } bankAccount } }`;
      const before = await gql(rotated.url, read, { id }, tenant.token);
      expect(before.data!.employee).toEqual({ salary: { amount: '5123.45' }, bankAccount: 'NL91ABNA0417164300' });
      const re = await gql(rotated.url, `mutation { reencryptEmployees { reencrypted payslips keyId errors { code } } }`, {}, tenant.token);
      expect(re.data!.reencryptEmployees).toEqual({ reencrypted: 1, payslips: 1, keyId: 'k2', errors: [] });
      const row = (await fx.pg.query('select salary_encrypted, bank_account_encrypted from hr.employee where id = $1', [id])).rows[0];
      expect(row.salary_encrypted.startsWith('k2:')).toBe(true);
      expect(row.bank_account_encrypted.startsWith('k2:')).toBe(true);
      expect((await fx.pg.query('select figures_encrypted from hr.payslip where payroll_run_id = $1', [run])).rows[0].figures_encrypted.startsWith('k2:')).toBe(true);
      expect((await gql(rotated.url, read, { id }, tenant.token)).data!.employee).toEqual(before.data!.employee);
      // 5123.45: pension 512.35 (512.345 half-up), tax 10% × 4611.10 = 461.11, net 4149.99.
      expect((await gql(rotated.url, slipRead, { id: run }, tenant.token)).data!.payrollRun.payslips).toEqual([{ net: { amount: '4149.99' } }]);
      const again = await gql(rotated.url, `mutation { reencryptEmployees { reencrypted payslips } }`, {}, tenant.token);
      expect(again.data!.reencryptEmployees).toEqual({ reencrypted: 0, payslips: 0 });
      // Another workspace's rows were left alone (row-level security scopes the rewrite).
      const untouched = (await fx.pg.query(`select count(*)::int as c from hr.employee where workspace_id = $1 and salary_encrypted like 'dev:%'`, [fx.owner.workspaceId])).rows[0].c;
      const all = (await fx.pg.query(`select count(*)::int as c from hr.employee where workspace_id = $1`, [fx.owner.workspaceId])).rows[0].c;
      expect(all).toBeGreaterThan(0);
      expect(untouched).toBe(all);
    } finally {
      await rotated.close();
    }
  });
});
