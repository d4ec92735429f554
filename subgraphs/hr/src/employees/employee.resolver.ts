import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext, toPayload } from '@prometric/core';
import { Department } from '../departments/department.entity';
import type { DepartmentService } from '../departments/department.service';
import { UserReference, userReference } from '../users/user.reference';
import { Employee } from './employee.entity';
import type { EmployeeService } from './employee.service';
import {
  CreateEmployeeInput,
  EmployeeConnection,
  EmployeePayload,
  ReencryptEmployeesPayload,
  TerminateEmployeeInput,
  UpdateEmployeeInput,
  EmployeesArgs } from './employee.inputs';

@Resolver(() => Employee)
export class EmployeeResolver {
  constructor(
    private readonly employeeService: EmployeeService,
    private readonly departmentService: DepartmentService,
  ) {}

  @Query(() => Employee, { nullable: true, description: 'An employee of the workspace.' })
  employee(@Arg('id', () => ID, { description: 'The employee\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<Employee> {
    return this.employeeService.get(ctx, id);
  }

  @Query(() => EmployeeConnection, { description: 'Employees of the workspace by name, a page at a time.' })
  employees(@Args(() => EmployeesArgs) args: InstanceType<typeof EmployeesArgs>, @Ctx() ctx: RequestContext) {
    return this.employeeService.list(ctx, args);
  }

  @Mutation(() => EmployeePayload, { description: 'Adds an employee; a department given by name or code is created when it does not exist.' })
  async createEmployee(@Arg('input', () => CreateEmployeeInput, { description: 'A new employee.' }) input: CreateEmployeeInput, @Ctx() ctx: RequestContext): Promise<EmployeePayload> {
    return toPayload(await this.employeeService.create(ctx, input));
  }

  @Mutation(() => EmployeePayload, { description: 'Changes an employee. Salary and bank account changes need hr:salary.' })
  async updateEmployee(@Arg('input', () => UpdateEmployeeInput, { description: 'Changes to an employee; omitted fields stay as they are, null clears an optional one.' }) input: UpdateEmployeeInput, @Ctx() ctx: RequestContext): Promise<EmployeePayload> {
    return toPayload(await this.employeeService.update(ctx, input));
  }

  @Mutation(() => EmployeePayload, { description: 'Ends an employment (ACTIVE or ON_LEAVE → TERMINATED, final).' })
  async terminateEmployee(@Arg('input', () => TerminateEmployeeInput, { description: 'Ends an employment.' }) input: TerminateEmployeeInput, @Ctx() ctx: RequestContext): Promise<EmployeePayload> {
    return toPayload(await this.employeeService.terminate(ctx, input));
  }

  @Mutation(() => ReencryptEmployeesPayload, { description: "Rewrites the workspace's salaries and bank accounts encrypted with an older key with the current key (after a key rotation)." })
  async reencryptEmployees(@Ctx() ctx: RequestContext): Promise<ReencryptEmployeesPayload> {
    return { ...(await this.employeeService.reencrypt(ctx)), errors: [] };
  }

  @FieldResolver(() => String, { nullable: true, description: "Name of the employee's department." })
  async department(@Root() employee: Employee, @Ctx() ctx: RequestContext): Promise<string | null> {
    return employee.departmentId ? ((await this.departmentService.loader(ctx).load(employee.departmentId))?.name ?? null) : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: "The employee's department." })
  departmentRef(@Root() employee: Employee, @Ctx() ctx: RequestContext): Promise<Department | null> | null {
    return employee.departmentId ? this.departmentService.loader(ctx).load(employee.departmentId) : null;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee this one reports to.' })
  manager(@Root() employee: Employee, @Ctx() ctx: RequestContext): Promise<Employee | null> | null {
    return employee.managerId ? this.employeeService.loader(ctx).load(employee.managerId) : null;
  }

  @FieldResolver(() => UserReference, { nullable: true, description: "Identity's user who is this employee, when they can log in." })
  user(@Root() employee: Employee): UserReference | null {
    return employee.userId ? userReference(employee.userId) : null;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'MONTHLY gross salary. Visible with hr:salary or to the employee themselves (their own user); for anyone else it is null with a FORBIDDEN error at this path.',
  })
  salary(@Root() employee: Employee, @Ctx() ctx: RequestContext): Money {
    return this.employeeService.salaryOf(ctx, employee);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Bank account salaries are paid to. Visible with hr:salary or to the employee themselves; for anyone else null with a FORBIDDEN error.',
  })
  bankAccount(@Root() employee: Employee, @Ctx() ctx: RequestContext): string | null {
    return this.employeeService.bankAccountOf(ctx, employee);
  }
}

/** Hr's field on identity's User. */
@Resolver(() => UserReference)
export class UserEmployeeResolver {
  constructor(private readonly employeeService: EmployeeService) {}

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The employee record linked to this user, if any. Visible with hr:read or to the user themselves; for anyone else null with a FORBIDDEN error.',
  })
  employee(@Root() user: UserReference, @Ctx() ctx: RequestContext): Promise<Employee | null> {
    return this.employeeService.ofUser(ctx, user.id);
  }
}
