import { instanceContainer, type OwnerAttachments, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { EmployeeAttachmentsResolver, hrAttachments } from './attachments/hr-attachments';
import { FieldCipher } from '@prometric/core';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { EmployeeResolver, UserEmployeeResolver } from './employees/employee.resolver';
import { EmployeeService } from './employees/employee.service';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { AttendanceService } from './attendance/attendance.service';
import { LeaveResolver } from './leave/leave.resolver';
import { LeaveService } from './leave/leave.service';
import { EmployeePayslipsResolver, PayrollRunResolver, PayslipResolver } from './payroll/payroll.resolver';
import { PayrollService } from './payroll/payroll.service';
import { userReference } from './users/user.reference';
import { HR_LINKS } from './employees/employee-links';
import { hrEnvSchema, type HrConfig } from './env';
import { hrPermissions } from './permissions';

export interface HrServices {
  departments: DepartmentService;
  employees: EmployeeService;
  attendance: AttendanceService;
  leave: LeaveService;
  payroll: PayrollService;
  attachments: OwnerAttachments;
}

/** The services, configured from `config` (development defaults when omitted, e.g. for `pnpm compose`). */
export function createHrServices(config: HrConfig = hrEnvSchema.parse({ NODE_ENV: 'development' }), attachments: OwnerAttachments = hrAttachments()): HrServices {
  const cipher = new FieldCipher(config.encryption.keys, config.encryption.currentKeyId);
  const departments = new DepartmentService();
  const employees = new EmployeeService(cipher, departments);
  const attendance = new AttendanceService(employees);
  const leave = new LeaveService(employees, config.HR_ANNUAL_LEAVE_DAYS_PER_YEAR);
  const payroll = new PayrollService(employees, leave, { incomeTaxRate: config.HR_INCOME_TAX_RATE, pensionRate: config.HR_PENSION_RATE });
  return { departments, employees, attendance, leave, payroll, attachments };
}

/** The hr subgraph's resolvers, entity references and rules. */
export function hrSchema(s: HrServices = createHrServices()): SubgraphSchemaOptions {
  return {
    resolvers: [DepartmentResolver, EmployeeResolver, UserEmployeeResolver, AttendanceResolver, LeaveResolver, PayrollRunResolver, PayslipResolver, EmployeePayslipsResolver, EmployeeAttachmentsResolver, ...HR_LINKS],
    container: instanceContainer([
      new DepartmentResolver(s.departments),
      new EmployeeResolver(s.employees, s.departments),
      new UserEmployeeResolver(s.employees),
      new AttendanceResolver(s.attendance),
      new LeaveResolver(s.leave),
      new PayrollRunResolver(s.payroll),
      new PayslipResolver(s.payroll, s.employees),
      new EmployeePayslipsResolver(s.payroll),
      new EmployeeAttachmentsResolver(s.attachments),
      ...HR_LINKS.map((Link) => new Link()),
    ]),
    permissions: hrPermissions,
    references: {
      Department: (ref, ctx: RequestContext) => s.departments.loader(ctx).load(ref.id),
      Employee: (ref, ctx: RequestContext) => s.employees.loader(ctx).load(ref.id),
      PayrollRun: (ref, ctx: RequestContext) => s.payroll.get(ctx, ref.id).catch(() => null),
      // Identity owns users; hr only adds their employee record.
      User: (ref) => userReference(ref.id),
    },
  };
}
