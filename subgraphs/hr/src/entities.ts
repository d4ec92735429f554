import { Department } from './departments/department.entity';
import { Employee } from './employees/employee.entity';
import { AttendanceRecord } from './attendance/attendance.entity';
import { LeaveLedgerEntry, LeaveRequest } from './leave/leave.entity';
import { PayrollRun, Payslip } from './payroll/payroll.entity';
import { Migration20261126190000 } from '../migrations/Migration20261126190000';
import { Migration20261126190100 } from '../migrations/Migration20261126190100';
import { Migration20261126190200 } from '../migrations/Migration20261126190200';
import { Migration20261126190300 } from '../migrations/Migration20261126190300';
import { Migration20261126190400 } from '../migrations/Migration20261126190400';
import { Migration20261126190500 } from '../migrations/Migration20261126190500';
import { Migration20261126200000 } from '../migrations/Migration20261126200000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261205120000 } from '../migrations/Migration20261205120000';
import { Migration20261205120100 } from '../migrations/Migration20261205120100';
import { Migration20261205170400 } from '../migrations/Migration20261205170400';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';

export const HR_SCHEMA = 'hr';
export const hrEntities = [Department, Employee, AttendanceRecord, LeaveRequest, LeaveLedgerEntry, PayrollRun, Payslip];
export const hrMigrations = [
  { name: 'Migration20261126190000', class: Migration20261126190000 },
  { name: 'Migration20261126190100', class: Migration20261126190100 },
  { name: 'Migration20261126190200', class: Migration20261126190200 },
  { name: 'Migration20261126190300', class: Migration20261126190300 },
  { name: 'Migration20261126190400', class: Migration20261126190400 },
  { name: 'Migration20261126190500', class: Migration20261126190500 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261205120000', class: Migration20261205120000 },
  { name: 'Migration20261205120100', class: Migration20261205120100 },
  { name: 'Migration20261205170400', class: Migration20261205170400 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
];
