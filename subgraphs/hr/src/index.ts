import { attachmentsConfigOf, createLogger, startAttachmentRetention, startDomainSubgraph, type RunningDomainSubgraph, type TenantSweep } from '@prometric/core';
import { hrAttachments } from './attachments/hr-attachments';
import type { HrEnv } from './env';
import { createHrServices, hrSchema } from './schema';
import { HR_SCHEMA, hrEntities, hrMigrations } from './entities';
import { startLeaveAccrualSweep } from './leave/leave-accrual-sweep';
import { monthlyAccrualDays } from './leave/leave.service';

export { hrSchema, createHrServices } from './schema';
export { hrPermissions } from './permissions';
export { hrEnvSchema, devEncryptionKey, type HrEnv, type HrConfig } from './env';
export { HR_SCHEMA, hrEntities, hrMigrations } from './entities';

export { LEAVE_ACCRUAL_SWEEP, dueAccrualWorkspaces, startLeaveAccrualSweep } from './leave/leave-accrual-sweep';

export interface RunningHr extends RunningDomainSubgraph {
  /** The sweep crediting the current month's leave; null when HR_LEAVE_ACCRUAL_SWEEP_MS is 0 (or nothing accrues). */
  leaveAccrualSweep: TenantSweep | null;
}

/**
 * Starts the hr subgraph, its outbox relay and its leave accrual sweep (migrations are run by the
 * caller or `pnpm migrate`).
 */
export async function startHr(env: HrEnv, port = env.HR_PORT, hooks: { onQuery?: (sql: string) => void } = {}): Promise<RunningHr> {
  const services = createHrServices(env, hrAttachments(attachmentsConfigOf(env), createLogger('hr', env.LOG_LEVEL)));
  const running = await startDomainSubgraph(env, port, {
    name: 'hr',
    schema: HR_SCHEMA,
    entities: hrEntities,
    migrations: hrMigrations,
    graphql: hrSchema(services),
    onQuery: hooks.onQuery,
    files: services.attachments.handle,
  });
  const daysPerMonth = monthlyAccrualDays(env.HR_ANNUAL_LEAVE_DAYS_PER_YEAR);
  // With nothing to credit a month (HR_ANNUAL_LEAVE_DAYS_PER_YEAR 0), every workspace would stay due forever.
  const leaveAccrualSweep = env.HR_LEAVE_ACCRUAL_SWEEP_MS > 0 && daysPerMonth.gt(0)
    ? startLeaveAccrualSweep({ orm: running.orm, ownerUrl: env.DATABASE_URL, intervalMs: env.HR_LEAVE_ACCRUAL_SWEEP_MS, daysPerMonth, logger: createLogger('hr', env.LOG_LEVEL) })
    : null;
  // Files of employees deleted ATTACHMENT_RETENTION_DAYS ago.
  const attachmentRetention = startAttachmentRetention(services.attachments, { tables: { Employee: 'employee' }, orm: running.orm, ownerUrl: env.DATABASE_URL, logger: createLogger('hr', env.LOG_LEVEL) });
  return {
    ...running,
    leaveAccrualSweep,
    async close() {
      await attachmentRetention?.stop();
      await leaveAccrualSweep?.stop();
      await running.close();
      services.attachments.close();
    },
  };
}
