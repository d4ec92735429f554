import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { startTenantSweep, type Decimal, type Logger, type OwnerPool, type SweepTenant, type TenantSweep } from '@prometric/core';
import { accrualEligibleSql, accrueLeaveMonth, endOfMonth, monthOf } from './leave.service';

/** Name of the job (logs, advisory lock). */
export const LEAVE_ACCRUAL_SWEEP = 'hr.leave-accrual';

/**
 * Workspaces with an employee eligible for `month`'s accrual who has not received it: what
 * `accrueLeaveMonth` would credit someone in. Read as the owner, keys only; each employee costs one
 * probe of the unique accrual index.
 */
export async function dueAccrualWorkspaces(owner: OwnerPool, month: string): Promise<SweepTenant[]> {
  const { rows } = await owner.query<{ organization_id: string; workspace_id: string }>(
    `select distinct e."organization_id", e."workspace_id"
       from "hr"."employee" e
      where ${accrualEligibleSql('$2::timestamptz')}
        and not exists (
          select 1 from "hr"."leave_ledger" l
           where l."workspace_id" = e."workspace_id" and l."employee_id" = e."id" and l."type" = 'ANNUAL' and l."period" = $1 and l."kind" = 'ACCRUAL')`,
    [month, endOfMonth(month).toISOString()],
  );
  return rows.map((r) => ({ organizationId: r.organization_id, workspaceId: r.workspace_id }));
}

/**
 * Credits the current month's ANNUAL leave (the month in UTC) in every workspace every
 * `intervalMs`, without a person: a month is accrued at its start, so its days can be used during
 * it, and an employee hired later in the month gets it at the next sweep (as `accrueLeave` would).
 * The same work as the `accrueLeave` mutation; entries have no creator (`created_by` null).
 */
export function startLeaveAccrualSweep(options: { orm: MikroORM<PostgreSqlDriver>; ownerUrl: string; intervalMs: number; daysPerMonth: Decimal; logger: Logger }): TenantSweep {
  const { daysPerMonth, ...sweep } = options;
  return startTenantSweep({
    ...sweep,
    name: LEAVE_ACCRUAL_SWEEP,
    dueWorkspaces: (owner) => dueAccrualWorkspaces(owner, monthOf(new Date())),
    run: async (em) => {
      await accrueLeaveMonth(em, monthOf(new Date()), daysPerMonth);
    },
  });
}
