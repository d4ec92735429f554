import { linkResolver } from '@prometric/core';
import { AttendanceRecord } from '../attendance/attendance.entity';
import { LeaveLedgerEntry, LeaveRequest } from '../leave/leave.entity';
import { LeaveBalance } from '../leave/leave.inputs';
import { PayrollRun, Payslip } from '../payroll/payroll.entity';
import { Employee } from './employee.entity';

/** Object fields beside hr's raw ids: what a client would otherwise look up by id itself. */
export const HR_LINKS = [
  linkResolver(AttendanceRecord, 'employee', Employee, (r) => r.employeeId, 'The employee the record is of.'),
  linkResolver(LeaveRequest, 'employee', Employee, (r) => r.employeeId, 'The employee asking for leave.'),
  linkResolver(LeaveLedgerEntry, 'employee', Employee, (e) => e.employeeId, 'The employee whose balance the entry moves.'),
  linkResolver(LeaveLedgerEntry, 'leaveRequest', LeaveRequest, (e) => e.leaveRequestId, 'The leave request the entry is for; null for an accrual or allocation.'),
  linkResolver(LeaveBalance, 'employee', Employee, (b) => b.employeeId, 'The employee.'),
  linkResolver(Payslip, 'payrollRun', PayrollRun, (p) => p.payrollRunId, 'The payroll run the payslip belongs to.'),
];
