import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, money, type RequestContext, toPayload, ConnectionArgs } from '@prometric/core';
import { Employee } from '../employees/employee.entity';
import type { EmployeeService } from '../employees/employee.service';
import { PayrollRun, Payslip, PayslipLine } from './payroll.entity';
import type { PayrollService } from './payroll.service';
import { PayrollRunConnection, PayrollRunPayload, PayrollRunsArgs, PayslipConnection } from './payroll.inputs';

@Resolver(() => PayrollRun)
export class PayrollRunResolver {
  constructor(private readonly payrollService: PayrollService) {}

  @Query(() => PayrollRun, { nullable: true, description: 'A payroll run with its payslips.' })
  payrollRun(@Arg('id', () => ID, { description: 'The payroll run\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<PayrollRun> {
    return this.payrollService.get(ctx, id);
  }

  @Query(() => PayrollRunConnection, { description: 'Payroll runs, latest month first, a page at a time.' })
  payrollRuns(@Args(() => PayrollRunsArgs) args: InstanceType<typeof PayrollRunsArgs>, @Ctx() ctx: RequestContext) {
    return this.payrollService.list(ctx, args);
  }

  @Mutation(() => PayrollRunPayload, {
    description:
      "Computes the DRAFT payroll of a month (one run per month): a payslip for every ACTIVE employee paid in the workspace's currency. Gross = MONTHLY salary − unpaid leave (salary ÷ working days × unpaid working days); pension and income tax are deducted as lines.",
  })
  async createPayrollRun(@Arg('period', () => String, { description: 'The month, YYYY-MM.' }) period: string, @Ctx() ctx: RequestContext): Promise<PayrollRunPayload> {
    return toPayload(await this.payrollService.create(ctx, period));
  }

  @Mutation(() => PayrollRunPayload, { description: 'Recomputes a DRAFT run from current salaries and leave; any other status is an INVALID_TRANSITION.' })
  async recalculatePayrollRun(@Arg('id', () => ID, { description: 'The payroll run\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<PayrollRunPayload> {
    return toPayload(await this.payrollService.recalculate(ctx, id));
  }

  @Mutation(() => PayrollRunPayload, { description: 'DRAFT → APPROVED: the run and its payslips are frozen, and payroll.approved tells finance to book the expense.' })
  async approvePayrollRun(@Arg('id', () => ID, { description: 'The payroll run\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<PayrollRunPayload> {
    return toPayload(await this.payrollService.approve(ctx, id));
  }

  @Mutation(() => PayrollRunPayload, { description: 'APPROVED → PAID.' })
  async markPayrollRunPaid(@Arg('id', () => ID, { description: 'The payroll run\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<PayrollRunPayload> {
    return toPayload(await this.payrollService.markPaid(ctx, id));
  }

  @FieldResolver(() => [Payslip], { description: 'One payslip per employee paid, by employee name.', deprecationReason: 'Use payslipsConnection (a page at a time); removed after 2027-06-30.' })
  payslips(@Root() run: PayrollRun, @Ctx() ctx: RequestContext): Promise<Payslip[]> {
    return this.payrollService.payslips(ctx, run.id);
  }

  @FieldResolver(() => PayslipConnection, { description: 'One payslip per employee paid, in the order they were computed, a page at a time.' })
  payslipsConnection(@Root() run: PayrollRun, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return this.payrollService.pageOfRun(ctx, run.id, page);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Sum of gross pay. Needs hr:salary (otherwise null with a FORBIDDEN error).' })
  totalGross(@Root() run: PayrollRun): Money {
    return money(run.totalGross, run.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Sum of deductions. Needs hr:salary (otherwise null with a FORBIDDEN error).' })
  totalDeductions(@Root() run: PayrollRun): Money {
    return money(run.totalDeductions, run.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Sum of net pay. Needs hr:salary (otherwise null with a FORBIDDEN error).' })
  totalNet(@Root() run: PayrollRun): Money {
    return money(run.totalNet, run.currency);
  }
}

const SALARY_NOTE = 'Visible with hr:salary or to the employee paid; otherwise null with a FORBIDDEN error.';

@Resolver(() => Payslip)
export class PayslipResolver {
  constructor(
    private readonly payrollService: PayrollService,
    private readonly employeeService: EmployeeService,
  ) {}

  @FieldResolver(() => Employee, { nullable: true, description: 'The employee paid.' })
  employee(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Employee | null> {
    return this.employeeService.loader(ctx).load(slip.employeeId);
  }

  @FieldResolver(() => Money, { nullable: true, description: `MONTHLY salary at the time of the run. ${SALARY_NOTE}` })
  async baseSalary(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.payrollService.figures(ctx, slip)).baseSalary, slip.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: `Deduction for unpaid leave. ${SALARY_NOTE}` })
  async unpaidLeaveDeduction(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.payrollService.figures(ctx, slip)).unpaidLeaveDeduction, slip.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: `Salary less unpaid leave. ${SALARY_NOTE}` })
  async gross(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.payrollService.figures(ctx, slip)).gross, slip.currency);
  }

  @FieldResolver(() => [PayslipLine], { nullable: true, description: `Deductions (pension, income tax). ${SALARY_NOTE}` })
  async lines(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<PayslipLine[]> {
    return (await this.payrollService.figures(ctx, slip)).lines.map((l) =>
      Object.assign(new PayslipLine(), { type: l.type, description: l.description, rate: l.rate, base: money(l.base, slip.currency), amount: money(l.amount, slip.currency) }),
    );
  }

  @FieldResolver(() => Money, { nullable: true, description: `Sum of the deduction lines. ${SALARY_NOTE}` })
  async totalDeductions(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.payrollService.figures(ctx, slip)).totalDeductions, slip.currency);
  }

  @FieldResolver(() => Money, { nullable: true, description: `Pay out: gross − deductions. ${SALARY_NOTE}` })
  async net(@Root() slip: Payslip, @Ctx() ctx: RequestContext): Promise<Money> {
    return money((await this.payrollService.figures(ctx, slip)).net, slip.currency);
  }
}

/** Payroll's field on Employee. */
@Resolver(() => Employee)
export class EmployeePayslipsResolver {
  constructor(private readonly payrollService: PayrollService) {}

  @FieldResolver(() => [Payslip], {
    nullable: true,
    description: "The employee's payslips, latest first. Visible with hr:read or to the employee themselves; otherwise null with a FORBIDDEN error.",
  })
  payslips(@Root() employee: Employee, @Ctx() ctx: RequestContext): Promise<Payslip[]> {
    return this.payrollService.ofEmployee(ctx, employee);
  }

  @FieldResolver(() => PayslipConnection, {
    nullable: true,
    description: "The employee's payslips, latest first, a page at a time. Visible with hr:read or to the employee themselves; otherwise null with a FORBIDDEN error.",
  })
  payslipsConnection(@Root() employee: Employee, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return this.payrollService.pageOfEmployee(ctx, employee, page);
  }
}
