import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  isUuid,
  loadOrNotFound,
  recordEvent,
  transition,
  userError,
  uuidOrNil,
  type Connection,
  type RequestContext,
  type TenantParams,
  type UserError,
  eventOf,
  childrenLoader,
  withUserErrors,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { WorkCenter } from '../work-centers/work-center.entity';
import { MaintenanceRequest, MaintenanceSchedule } from './maintenance.entity';
import type { MaintenanceRequestFilter, RequestMaintenanceInput, ScheduleMaintenanceInput } from './maintenance.inputs';
import { MaintenanceStatus, MaintenanceType, OPEN_MAINTENANCE_STATUSES, canMoveMaintenance } from './maintenance-status';
import { MaintenanceCancelled, MaintenanceCompleted, MaintenanceRequested, MaintenanceStarted, type PayloadIn } from '@prometric/contracts';

type RequestResult = { maintenanceRequest: MaintenanceRequest } | { errors: UserError[] };
type ScheduleResult = { maintenanceSchedule: MaintenanceSchedule } | { errors: UserError[] };
type GenerateResult = { created: MaintenanceRequest[] } | { errors: UserError[] };

const MAX_DESCRIPTION = 1000;

/** True when the request holds its work center at `now`: started, or open and due. */
export function blocksWorkCenter(r: Pick<MaintenanceRequest, 'status' | 'scheduledFor'>, now: Date = new Date()): boolean {
  if (r.status === MaintenanceStatus.IN_PROGRESS) return true;
  return r.status === MaintenanceStatus.OPEN && (r.scheduledFor == null || r.scheduledFor.getTime() <= now.getTime());
}

/**
 * The requests blocking a work center now, read in the caller's transaction (what starting a work
 * order checks).
 */
export function blockingMaintenance(em: EntityManager, workCenterId: string, now: Date = new Date()): Promise<MaintenanceRequest[]> {
  return em.find(
    MaintenanceRequest,
    {
      workCenter: workCenterId,
      $or: [{ status: MaintenanceStatus.IN_PROGRESS }, { status: MaintenanceStatus.OPEN, $or: [{ scheduledFor: null }, { scheduledFor: { $lte: now } }] }],
    },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
}

/** The events of a request's moves after it was made. */
type MaintenanceChange = typeof MaintenanceStarted | typeof MaintenanceCompleted | typeof MaintenanceCancelled;

function eventPayload(r: MaintenanceRequest): PayloadIn<typeof MaintenanceRequested> {
  return {
    maintenanceRequestId: r.id,
    workCenterId: r.workCenter.id,
    scheduleId: r.schedule?.id ?? null,
    type: r.type,
    status: r.status,
    scheduledFor: r.scheduledFor?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
  };
}

function checkDescription(description: string, errors: UserError[]): string {
  const text = description.trim();
  if (!text) errors.push(userError(UserErrorCode.REQUIRED, 'Description is required', ['description']));
  else if (text.length > MAX_DESCRIPTION) errors.push(userError(UserErrorCode.INVALID, `Description is limited to ${MAX_DESCRIPTION} characters`, ['description']));
  return text;
}

/**
 * SQL of the latest occurrence of schedule `s` not after the timestamp `asOf` (a placeholder or
 * expression): `startsAt + k × everyDays`, computed in whole seconds from startsAt, so it does not
 * drift with the session time zone or daylight saving.
 */
export function dueOccurrenceSql(asOf: string): string {
  return `s."starts_at" + (floor(extract(epoch from (${asOf}::timestamptz - s."starts_at")) / (s."every_days" * 86400))::bigint * s."every_days" * 86400) * interval '1 second'`;
}

/**
 * Creates the PREVENTIVE request of every schedule of the fork's workspace that is due at `asOf`:
 * its latest occurrence `startsAt + k × everyDays` not after `asOf`. Occurrences missed earlier are
 * not caught up one by one: a late schedule gets one request. Idempotent: the unique (schedule, due
 * date) index makes a second call (or a concurrent one) create nothing for an occurrence that
 * already has its request. Runs in the caller's transaction, which must be scoped to the tenant; the
 * requests are created by the fork's user, null when the maintenance sweep generates them.
 */
export async function generateDueMaintenance(em: EntityManager, asOf: Date): Promise<MaintenanceRequest[]> {
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const actor = tenant.userId ?? null;
  // One statement for every schedule of the workspace.
  const rows: { id: string }[] = await em.execute(
    `insert into "production"."maintenance_request"
       ("id", "organization_id", "workspace_id", "created_by", "updated_by", "work_center_id", "schedule_id", "type", "status", "description", "scheduled_for")
     select gen_random_uuid(), s."organization_id", s."workspace_id", ?, ?, s."work_center_id", s."id", 'PREVENTIVE', 'OPEN', s."description",
       ${dueOccurrenceSql('?')}
     from "production"."maintenance_schedule" s
     where s."workspace_id" = ? and s."organization_id" = ? and s."deleted_at" is null and s."starts_at" <= ?::timestamptz
     on conflict ("schedule_id", "scheduled_for") where "schedule_id" is not null do nothing
     returning "id"`,
    [actor, actor, asOf, tenant.workspaceId, tenant.organizationId, asOf],
  );
  const created = rows.length
    ? await em.find(MaintenanceRequest, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { scheduledFor: 'asc', id: 'asc' } })
    : [];
  for (const r of created) {
    await recordEvent(em, MaintenanceRequested, { aggregateId: r.id, aggregateVersion: 1, payload: eventPayload(r) });
  }
  return created;
}

/**
 * Maintenance of work centers: requests made by hand or generated from preventive schedules. A
 * request that is IN_PROGRESS, or OPEN and due, blocks its work center: no work order starts there.
 */
export class MaintenanceService extends EntityReads(MaintenanceRequest, 'Maintenance request') {
  async request(ctx: RequestContext, input: RequestMaintenanceInput): Promise<RequestResult> {
    const errors: UserError[] = [];
    const type = input.type ?? MaintenanceType.CORRECTIVE;
    const description = checkDescription(input.description, errors);
    if (type === MaintenanceType.PREVENTIVE && !input.scheduledFor) errors.push(userError(UserErrorCode.REQUIRED, 'A preventive request needs scheduledFor', ['scheduledFor']));
    if (type === MaintenanceType.CORRECTIVE && input.scheduledFor) errors.push(userError(UserErrorCode.INVALID, 'A corrective request is due at once: no scheduledFor', ['scheduledFor']));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const maintenanceRequest = await idempotentCreate(
        ctx.em,
        'requestMaintenance',
        input.idempotencyKey,
        async (em) => {
          const workCenter = isUuid(input.workCenterId) ? await em.findOne(WorkCenter, input.workCenterId) : null;
          if (!workCenter) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Work center not found', ['workCenterId'])]);
          // Waits for work orders starting there right now (they share-lock the work center), so none
          // starts past a request it could not see.
          await em.execute(`select 1 from "production"."work_center" where "id" = ? for no key update`, [workCenter.id]);
          const r = em.create(MaintenanceRequest, { workCenter, type, status: MaintenanceStatus.OPEN, description, scheduledFor: input.scheduledFor ?? null });
          await em.flush();
          await recordEvent(em, MaintenanceRequested, { aggregateId: r.id, aggregateVersion: 1, payload: eventPayload(r) });
          return r;
        },
        (em, id) => em.findOneOrFail(MaintenanceRequest, id, { filters: { softDelete: false } }),
      );
      return { maintenanceRequest };
    });
  }

  async schedule(ctx: RequestContext, input: ScheduleMaintenanceInput): Promise<ScheduleResult> {
    const errors: UserError[] = [];
    const description = checkDescription(input.description, errors);
    if (!Number.isInteger(input.everyDays) || input.everyDays < 1 || input.everyDays > 3650) errors.push(userError(UserErrorCode.INVALID, 'Every days must be 1–3650', ['everyDays']));
    if (errors.length) return { errors };
    return ctx.em.transactional(async (em) => {
      const workCenter = isUuid(input.workCenterId) ? await em.findOne(WorkCenter, input.workCenterId) : null;
      if (!workCenter) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Work center not found', ['workCenterId'])] };
      const maintenanceSchedule = em.create(MaintenanceSchedule, { workCenter, everyDays: input.everyDays, description, startsAt: input.startsAt });
      await em.flush();
      return { maintenanceSchedule };
    });
  }

  /**
   * Creates the PREVENTIVE request of every schedule that is due at `asOf` (see
   * `generateDueMaintenance`), in one transaction; the maintenance sweep does the same by itself.
   */
  async generateDue(ctx: RequestContext, asOf: Date = new Date()): Promise<GenerateResult> {
    const created = await ctx.em.transactional((em) => generateDueMaintenance(em, asOf));
    return { created };
  }

  /** OPEN → IN_PROGRESS. */
  start(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.transition(ctx, id, MaintenanceStatus.IN_PROGRESS, MaintenanceStarted, (r) => {
      r.startedAt = new Date();
    });
  }

  /** IN_PROGRESS → DONE: the work center is no longer held by it. */
  complete(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.transition(ctx, id, MaintenanceStatus.DONE, MaintenanceCompleted, (r) => {
      r.completedAt = new Date();
    });
  }

  /** OPEN or IN_PROGRESS → CANCELLED. */
  cancel(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.transition(ctx, id, MaintenanceStatus.CANCELLED, MaintenanceCancelled, () => undefined);
  }

  list(ctx: RequestContext, args: ListArgsValue<MaintenanceRequestFilter>): Promise<Connection<MaintenanceRequest>> {
    const f = args.filter;
    return listPage(ctx.em, MaintenanceRequest, args, {
      where: [
        f?.workCenterId != null && { workCenter: uuidOrNil(f.workCenterId) },
        !!f?.status?.length && { status: { $in: f.status } },
        f?.statusIn && { status: { $in: f.statusIn } },
      ],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }

  /** OPEN and IN_PROGRESS requests of a work center, due first: one query for N work centers. */
  openOf(ctx: RequestContext, workCenterId: string): Promise<MaintenanceRequest[]> {
    return childrenLoader(ctx, MaintenanceRequest, 'workCenter', {
      where: { status: { $in: [...OPEN_MAINTENANCE_STATUSES] } },
      name: 'open',
      orderBy: { scheduledFor: 'asc nulls first', createdAt: 'asc', id: 'asc' },
    }).load(workCenterId);
  }

  /** Schedules of a work center: one query for N work centers. */
  schedulesOf(ctx: RequestContext, workCenterId: string): Promise<MaintenanceSchedule[]> {
    return childrenLoader(ctx, MaintenanceSchedule, 'workCenter', { orderBy: { startsAt: 'asc', id: 'asc' } }).load(workCenterId);
  }

  workCenter(ctx: RequestContext, id: string): Promise<WorkCenter> {
    return loadOrNotFound(ctx, WorkCenter, id, 'WorkCenter');
  }

  /** Locks the request, checks the state machine, applies the change and records its event, in one transaction. */
  private transition(ctx: RequestContext, id: string, to: MaintenanceStatus, contract: MaintenanceChange, apply: (r: MaintenanceRequest) => void): Promise<RequestResult> {
    return transition(ctx, MaintenanceRequest, id, {
      key: 'maintenanceRequest',
      label: 'Maintenance request',
      canMove: canMoveMaintenance,
      to,
      apply: (_em, r) => apply(r),
      // Versions follow the path taken: requested 1, started 2, then done or cancelled.
      event: (_em, r, { from }) => eventOf(contract, eventPayload(r), to === MaintenanceStatus.IN_PROGRESS ? 2 : from === MaintenanceStatus.IN_PROGRESS ? 3 : 2),
    });
  }
}
