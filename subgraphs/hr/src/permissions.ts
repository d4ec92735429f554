import { hasPermission, isAuthenticated, type PermissionMap } from '@prometric/core';

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
    workedHours: isAuthenticated,
    leaveBalance: isAuthenticated,
    leaveRequests: isAuthenticated,
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
    checkIn: isAuthenticated,
    checkOut: isAuthenticated,
    requestLeave: isAuthenticated,
    cancelLeave: isAuthenticated,
    // Data-dependent: hr:write, or the employee's manager; never the employee or whoever filed the request.
    approveLeave: isAuthenticated,
    rejectLeave: isAuthenticated,
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
    Employee: { salary: isAuthenticated, bankAccount: isAuthenticated, payslips: isAuthenticated, payslipsConnection: isAuthenticated },
    // Data-dependent: hr:read, or the user themselves.
    User: { employee: isAuthenticated },
    // Run totals are salary-derived.
    PayrollRun: { totalGross: hasPermission('hr:salary'), totalDeductions: hasPermission('hr:salary'), totalNet: hasPermission('hr:salary') },
    // Data-dependent: hr:salary, or the employee paid.
    Payslip: {
      baseSalary: isAuthenticated,
      unpaidLeaveDeduction: isAuthenticated,
      gross: isAuthenticated,
      lines: isAuthenticated,
      totalDeductions: isAuthenticated,
      net: isAuthenticated,
    },
  },
};
