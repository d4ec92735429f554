import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  Decimal,
  ForbiddenError,
  UserErrorCode,
  UserErrorsException,
  can,
  idempotentCreate,
  isUuid,
  lockAndLoad,
  money,
  requirePrincipal,
  userError,
  uuidOrNil,
  type Connection,
  type Money,
  type Permission,
  type RequestContext,
  type UserError,
  searchWhere,
  childLoader,
  withUserErrors,
  listPage,
  type ListArgsValue } from '@prometric/core';
import type { FieldCipher } from '@prometric/core';
import type { DepartmentService } from '../departments/department.service';
import { payslipCipherContext } from '../payroll/payroll.entity';
import { Employee, employeeCipherContext } from './employee.entity';
import { EmployeeStatus, canMoveEmployee } from './employee-status';
import type { CreateEmployeeInput, EmployeeFilter, TerminateEmployeeInput, UpdateEmployeeInput } from './employee.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SALARY = /^\d{1,16}(\.\d{1,2})?$/;
const DB_FIELDS = { employee_email_unique: ['email'], employee_user_unique: ['userId'] };

type Result = { employee: Employee } | { errors: UserError[] };

function textErrors(values: Record<string, string | null | undefined>, required: boolean): UserError[] {
  const errors: UserError[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined || (value === null && !required)) continue;
    const v = (value ?? '').trim();
    if (!v) errors.push(userError(UserErrorCode.REQUIRED, `${field} is required`, [field]));
    else if (v.length > 255) errors.push(userError(UserErrorCode.INVALID, `${field} is limited to 255 characters`, [field]));
  }
  return errors;
}

/**
 * Employees. Salary and bank account are encrypted with the configured key before they reach the
 * ORM and decrypted only for a caller with hr:salary or the employee's own user.
 */
export class EmployeeService extends EntityReads(Employee, 'Employee') {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly departments: DepartmentService,
  ) {
    super();
  }

  async create(ctx: RequestContext, input: CreateEmployeeInput): Promise<Result> {
    const principal = requirePrincipal(ctx);
    const email = input.email.trim().toLowerCase();
    const errors = textErrors({ name: input.name, position: input.position }, true);
    if (!EMAIL.test(email)) errors.push(userError(UserErrorCode.INVALID, 'Email is not a valid address', ['email']));
    if (!SALARY.test(input.salary) || new Decimal(input.salary).lte(0)) errors.push(userError(UserErrorCode.INVALID, 'Salary must be more than zero with at most 2 decimals', ['salary']));
    if (input.userId != null && !isUuid(input.userId)) errors.push(userError(UserErrorCode.INVALID, 'User id must be a UUID', ['userId']));
    if (input.department != null && !input.department.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Department must not be empty', ['department']));
    if (input.bankAccount != null && !input.bankAccount.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Bank account must not be empty', ['bankAccount']));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const employee = await idempotentCreate(
        ctx.em,
        'createEmployee',
        input.idempotencyKey,
        async (em) => {
          const managerId = input.managerId ?? null;
          if (managerId && !(isUuid(managerId) && (await em.count(Employee, { id: managerId })))) {
            throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Manager not found', ['managerId'])]);
          }
          const department = input.department ? await this.departments.findOrCreate(em, input.department) : null;
          const id = randomUUID();
          return em.create(Employee, {
            id,
            name: input.name.trim(),
            email,
            position: input.position.trim(),
            departmentId: department?.id ?? null,
            managerId,
            userId: input.userId ?? null,
            hireDate: input.hireDate ?? null,
            status: EmployeeStatus.ACTIVE,
            currency: principal.currency,
            salaryEncrypted: this.cipher.encrypt(new Decimal(input.salary).toFixed(2), employeeCipherContext(id, 'salary')),
            bankAccountEncrypted: input.bankAccount ? this.cipher.encrypt(input.bankAccount.trim(), employeeCipherContext(id, 'bankAccount')) : null,
          });
        },
        (em, id) => em.findOneOrFail(Employee, id),
      );
      return { employee };
    }, DB_FIELDS);
  }

  async update(ctx: RequestContext, input: UpdateEmployeeInput): Promise<Result> {
    const principal = requirePrincipal(ctx);
    const errors = textErrors({ name: input.name, position: input.position }, true);
    const email = input.email?.trim().toLowerCase();
    if (input.email !== undefined && !(email && EMAIL.test(email))) errors.push(userError(UserErrorCode.INVALID, 'Email is not a valid address', ['email']));
    if (input.salary !== undefined && !(input.salary && SALARY.test(input.salary) && new Decimal(input.salary).gt(0))) {
      errors.push(userError(UserErrorCode.INVALID, 'Salary must be more than zero with at most 2 decimals', ['salary']));
    }
    if ((input.salary !== undefined || input.bankAccount !== undefined) && !can(principal, 'hr:salary')) {
      errors.push(userError(UserErrorCode.FORBIDDEN, 'Changing salary or bank account needs hr:salary', [input.salary !== undefined ? 'salary' : 'bankAccount']));
    }
    if (input.userId != null && !isUuid(input.userId)) errors.push(userError(UserErrorCode.INVALID, 'User id must be a UUID', ['userId']));
    if (input.status === EmployeeStatus.TERMINATED) errors.push(userError(UserErrorCode.INVALID, 'Use terminateEmployee to end an employment', ['status']));
    if (input.department !== undefined && input.department !== null && !input.department.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Department must not be empty', ['department']));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      return await ctx.em.transactional(async (em) => {
        const employee = await lockAndLoad(em, Employee, input.id);
        if (!employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['id'])] };
        if (employee.status === EmployeeStatus.TERMINATED) return { errors: [userError(UserErrorCode.INVALID_TRANSITION, 'A terminated employee cannot change', ['id'])] };
        if (input.status && input.status !== employee.status && !canMoveEmployee(employee.status, input.status)) {
          return { errors: [userError(UserErrorCode.INVALID_TRANSITION, `An employee in status ${employee.status} cannot become ${input.status}`, ['status'])] };
        }
        if (input.managerId !== undefined) {
          const refused = await this.managerErrors(em, employee.id, input.managerId);
          if (refused) return { errors: [refused] };
          employee.managerId = input.managerId;
        }
        if (input.name != null) employee.name = input.name.trim();
        if (input.position != null) employee.position = input.position.trim();
        if (email) employee.email = email;
        if (input.hireDate !== undefined) employee.hireDate = input.hireDate;
        if (input.userId !== undefined) employee.userId = input.userId;
        if (input.status) employee.status = input.status;
        if (input.department !== undefined) employee.departmentId = input.department ? (await this.departments.findOrCreate(em, input.department)).id : null;
        if (input.salary) employee.salaryEncrypted = this.cipher.encrypt(new Decimal(input.salary).toFixed(2), employeeCipherContext(employee.id, 'salary'));
        if (input.bankAccount !== undefined) {
          employee.bankAccountEncrypted = input.bankAccount?.trim() ? this.cipher.encrypt(input.bankAccount.trim(), employeeCipherContext(employee.id, 'bankAccount')) : null;
        }
        await em.flush();
        return { employee };
      });
    }, DB_FIELDS);
  }

  /** ACTIVE/ON_LEAVE → TERMINATED (final); terminating twice is an INVALID_TRANSITION. */
  async terminate(ctx: RequestContext, input: TerminateEmployeeInput): Promise<Result> {
    return ctx.em.transactional(async (em) => {
      const employee = await lockAndLoad(em, Employee, input.id);
      if (!employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['id'])] };
      if (!canMoveEmployee(employee.status, EmployeeStatus.TERMINATED)) {
        return { errors: [userError(UserErrorCode.INVALID_TRANSITION, `An employee in status ${employee.status} cannot be terminated`, ['id'])] };
      }
      employee.status = EmployeeStatus.TERMINATED;
      employee.terminatedAt = input.at ?? new Date();
      await em.flush();
      return { employee };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<EmployeeFilter>): Promise<Connection<Employee>> {
    const f = args.filter;
    return listPage(ctx.em, Employee, args, {
      where: [
        searchWhere<Employee>(f?.search, ['name', 'email', 'position']),
        f?.status && { status: f.status },
        f?.statusIn && { status: { $in: f.statusIn } },
        f?.departmentId && { departmentId: uuidOrNil(f.departmentId) },
      ],
      defaultOrder: [{ field: 'name' }],
    });
  }

  /** The employee linked to a user (identity's id), batched; null when none. */
  byUser(ctx: RequestContext, userId: string): Promise<Employee | null> {
    return childLoader(ctx, Employee, 'userId').load(userId);
  }

  /**
   * The employee linked to a user, for hr:read or that user themselves; anyone else is refused
   * (FORBIDDEN) without learning whether the user is an employee.
   */
  ofUser(ctx: RequestContext, userId: string): Promise<Employee | null> {
    const principal = requirePrincipal(ctx);
    if (!(can(principal, 'hr:read') || principal.userId === userId)) throw new ForbiddenError('Needs hr:read or to be the user');
    return this.byUser(ctx, userId);
  }

  /** True when the caller is the employee's own user. */
  isSelf(ctx: RequestContext, employee: Employee): boolean {
    return !!ctx.principal && !!employee.userId && ctx.principal.userId === employee.userId;
  }

  /** Refuses (FORBIDDEN) unless the caller holds `permission` or is the employee's own user. */
  assertSelfOr(ctx: RequestContext, employee: Employee, permission: Permission): void {
    if (!(can(requirePrincipal(ctx), permission) || this.isSelf(ctx, employee))) throw new ForbiddenError(`Needs ${permission} or to be the employee`);
  }

  /** The monthly salary, for hr:salary or the employee's own user; FORBIDDEN for anyone else. */
  salaryOf(ctx: RequestContext, employee: Employee): Money {
    this.assertSelfOr(ctx, employee, 'hr:salary');
    return money(this.decryptSalary(employee), employee.currency);
  }

  /** The bank account, for hr:salary or the employee's own user; FORBIDDEN for anyone else. */
  bankAccountOf(ctx: RequestContext, employee: Employee): string | null {
    this.assertSelfOr(ctx, employee, 'hr:salary');
    return employee.bankAccountEncrypted ? this.cipher.decrypt(employee.bankAccountEncrypted, employeeCipherContext(employee.id, 'bankAccount')) : null;
  }

  /** The decrypted monthly salary, with no access check: for services that already checked (payroll). */
  decryptSalary(employee: Employee): Decimal {
    return new Decimal(this.cipher.decrypt(employee.salaryEncrypted, employeeCipherContext(employee.id, 'salary')));
  }

  /** Encrypts a value with the current key (payroll stores payslip figures this way). */
  get fieldCipher(): FieldCipher {
    return this.cipher;
  }

  /**
   * Rewrites the workspace's salaries, bank accounts and payslip figures that were written with an
   * older key, with the current one (run after adding a key and making it current; then the old key can go).
   */
  async reencrypt(ctx: RequestContext): Promise<{ reencrypted: number; payslips: number; keyId: string }> {
    return ctx.em.transactional(async (em) => {
      // Rows are locked so a concurrent salary change is not overwritten with the old value.
      const rows: { id: string }[] = await em.execute(`select "id" from "hr"."employee" order by "id" for update`);
      const employees = rows.length ? await em.find(Employee, { id: { $in: rows.map((r) => r.id) } }, { refresh: true, filters: { softDelete: false } }) : [];
      let count = 0;
      for (const e of employees) {
        const stale = this.cipher.isStale(e.salaryEncrypted) || (!!e.bankAccountEncrypted && this.cipher.isStale(e.bankAccountEncrypted));
        if (!stale) continue;
        e.salaryEncrypted = this.cipher.encrypt(this.cipher.decrypt(e.salaryEncrypted, employeeCipherContext(e.id, 'salary')), employeeCipherContext(e.id, 'salary'));
        if (e.bankAccountEncrypted) {
          const ctxBank = employeeCipherContext(e.id, 'bankAccount');
          e.bankAccountEncrypted = this.cipher.encrypt(this.cipher.decrypt(e.bankAccountEncrypted, ctxBank), ctxBank);
        }
        count++;
      }
      await em.flush();
      // Payslip figures are salary-derived and encrypted the same way (frozen payslips allow exactly this change).
      const slips: { id: string; figures_encrypted: string }[] = await em.execute(
        `select "id", "figures_encrypted" from "hr"."payslip" where "figures_encrypted" not like ? order by "id" for update`,
        [`${this.cipher.currentKeyId}:%`],
      );
      for (const slip of slips) {
        const context = payslipCipherContext(slip.id);
        await em.execute(`update "hr"."payslip" set "figures_encrypted" = ?, "updated_at" = now() where "id" = ?`, [
          this.cipher.encrypt(this.cipher.decrypt(slip.figures_encrypted, context), context),
          slip.id,
        ]);
      }
      return { reencrypted: count, payslips: slips.length, keyId: this.cipher.currentKeyId };
    });
  }

  /** A manager must exist and must not be the employee or report to them (no cycles). */
  private async managerErrors(em: EntityManager, employeeId: string, managerId: string | null): Promise<UserError | null> {
    if (managerId === null) return null;
    if (!isUuid(managerId) || !(await em.count(Employee, { id: managerId }))) return userError(UserErrorCode.NOT_FOUND, 'Manager not found', ['managerId']);
    let cursor: string | null = managerId;
    for (let depth = 0; cursor && depth < 1000; depth++) {
      if (cursor === employeeId) return userError(UserErrorCode.CYCLE, 'An employee cannot report to themselves, directly or through others', ['managerId']);
      const next: Employee | null = await em.findOne(Employee, { id: cursor });
      cursor = next?.managerId ?? null;
    }
    return null;
  }
}
