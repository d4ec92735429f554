import { checkedInResolver, hasPermission, isAuthenticated, type PermissionMap } from '@prometric/core';

const own = (scope: string, who = 'the employee themselves') =>
  checkedInResolver(isAuthenticated, `Allowed with scope \`${scope}\`, or to ${who}; FORBIDDEN for anyone else (checked when resolved).`);
const approver = checkedInResolver(
  isAuthenticated,
  "Allowed with scope `hr:write`, or to the employee's manager; never to the employee or to whoever filed the request (FORBIDDEN, checked when resolved).",
);

/**
 * Every operation of hr and its rule; anything missing is denied.
 *
 * Rules marked "data-dependent" are `isAuthenticated` here because who may see or do them depends on
 * the row: the employee's own user may (their salary, their leave, their attendance), as may holders
 * of the named permission. The resolver or service checks that and answers FORBIDDEN otherwise
 * (a field is then null with a FORBIDDEN error at its path).
 */
export const hrPermissions: PermissionMap = {
  Query: {
    department: hasPermission('hr:read'),
    departments: hasPermission('hr:read'),
    employee: hasPermission('hr:read'),
    employees: hasPermission('hr:read'),
    // Data-dependent: hr:read, or the employee themselves.
    workedHours: own('hr:read'),
    leaveBalance: own('hr:read'),
    leaveRequests: own('hr:read'),
    payrollRun: hasPermission('hr:read'),
    payrollRuns: hasPermission('hr:read'),
  },
  Mutation: {
    createDepartment: hasPermission('hr:write'),
    createEmployee: hasPermission('hr:write'),
    updateEmployee: hasPermission('hr:write'),
    terminateEmployee: hasPermission('hr:write'),
    reencryptEmployees: hasPermission('hr:write'),
    // Data-dependent: hr:write, or the employee themselves.
    checkIn: own('hr:write'),
    checkOut: own('hr:write'),
    requestLeave: own('hr:write'),
    cancelLeave: own('hr:write'),
    // Data-dependent: hr:write, or the employee's manager; never the employee or whoever filed the request.
    approveLeave: approver,
    rejectLeave: approver,
    allocateLeave: hasPermission('hr:write'),
    accrueLeave: hasPermission('hr:write'),
    // Payroll computes, freezes and pays salaries: it needs both.
    createPayrollRun: hasPermission('hr:write', 'hr:salary'),
    recalculatePayrollRun: hasPermission('hr:write', 'hr:salary'),
    approvePayrollRun: hasPermission('hr:write', 'hr:salary'),
    markPayrollRunPaid: hasPermission('hr:write', 'hr:salary'),
  },
  types: {
    // Data-dependent: hr:salary (payslips: hr:read), or the employee's own user.
    Employee: { salary: own('hr:salary'), bankAccount: own('hr:salary'), payslips: own('hr:read'), payslipsConnection: own('hr:read'), attachments: hasPermission('hr:read') },
    // Data-dependent: hr:read, or the user themselves.
    User: { employee: own('hr:read', 'the user themselves') },
    // Run totals are salary-derived.
    PayrollRun: { totalGross: hasPermission('hr:salary'), totalDeductions: hasPermission('hr:salary'), totalNet: hasPermission('hr:salary') },
    // Data-dependent: hr:salary, or the employee paid.
    Payslip: {
      baseSalary: own('hr:salary', 'the employee paid'),
      unpaidLeaveDeduction: own('hr:salary', 'the employee paid'),
      gross: own('hr:salary', 'the employee paid'),
      lines: own('hr:salary', 'the employee paid'),
      totalDeductions: own('hr:salary', 'the employee paid'),
      net: own('hr:salary', 'the employee paid'),
    },
  },
};
