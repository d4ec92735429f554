import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTimeScalar, JSONScalar } from '../graphql/scalars';
import { PageInfo, decodeCursor, encodeCursor, pageSize, type ConnectionArgs } from '../graphql/connection';
import { BadUserInputError } from '../errors';
import { isUuid } from '../db/loaders';
import { NODE_TYPES, type NodeTypeName } from '../graphql/node';
import type { AuditFieldChange } from './audit-log.entity';

/** What an audit entry records (the GraphQL enum). */
export enum AuditActionType {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(AuditActionType, {
  name: 'AuditAction',
  description: 'What happened to the entity.',
  valuesConfig: {
    CREATE: { description: 'It was created.' },
    UPDATE: { description: 'Some of its fields changed.' },
    DELETE: { description: 'It was deleted (a soft delete counts).' },
  },
});

const SCREAMING = (name: string): string => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();

/** `auditTrail`'s entity types: every Node type (`ORDER` → `Order`), owned as `NODE_TYPES` says. */
export const AuditEntityType = Object.fromEntries(Object.keys(NODE_TYPES).map((name) => [SCREAMING(name), name])) as Record<string, NodeTypeName>;

registerEnumType(AuditEntityType, {
  name: 'AuditEntityType',
  description: 'A type whose changes `auditTrail` reads (every type implementing Node).',
  valuesConfig: Object.fromEntries(Object.entries(AuditEntityType).map(([value, name]) => [value, { description: `A ${name}.` }])),
});

@Directive('@shareable')
@ObjectType({ description: 'One field of an audited change. A secret field (salary, bank account) says only that it changed: neither value is ever recorded.' })
export class AuditFieldChangeType {
  @Field(() => String, { description: 'The field, by its API name (`notes`, `status`, `salary`).' })
  field!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Its value before (null for a secret field, or when it had none).' })
  old?: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Its value after (null for a secret field, or when it has none).' })
  new?: unknown;

  @Field(() => Boolean, { description: 'Always true: the field changed (for a secret field, the only thing recorded).' })
  changed!: boolean;
}

/** An audit entry as read from an owner's `audit_entries`, before its actor is resolved. */
export interface AuditEntryRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_role: string;
  request_id: string | null;
  entity_type: string;
  entity_id: string;
  action: AuditActionType;
  changes: AuditFieldChange[];
}

export interface AuditEntryValue<U> {
  id: string;
  at: Date;
  actor: U | null | Promise<U | null>;
  actorRole: string;
  requestId: string | null;
  action: AuditActionType;
  entityType: string;
  entityId: string;
  changes: AuditFieldChangeType[];
}

export interface AuditTrailValue<U> {
  edges: { cursor: string; node: AuditEntryValue<U> }[];
  pageInfo: PageInfo;
}

/**
 * The `AuditEntry` and `AuditTrail` types (shareable: sales' `Order.history`, finance's
 * `Invoice.history` and identity's `auditTrail` return the same), with `actor` as the subgraph's own
 * `User` type (a stub elsewhere, the user itself in identity).
 */
export function auditTypes(User: new () => object) {
  @Directive('@shareable')
  @ObjectType('AuditEntry', { description: 'One recorded change: who, when, in which request, and which fields (old → new).' })
  class AuditEntry {
    @Field(() => ID, { description: 'Id of the entry.' })
    id!: string;

    @Field(() => DateTimeScalar, { description: 'When the change was committed (its transaction).' })
    at!: Date;

    @Field(() => User, { nullable: true, description: 'Who made it (an API key\'s changes name its creator nowhere here: see actorRole); null for a system process or a user no longer in the workspace.' })
    actor?: object | null;

    @Field(() => String, { description: 'The role it was made with: a member role (`ADMIN`), a service role (`service:order-to-cash`), `api-key:<prefix>`, or `system` (an event consumer).' })
    actorRole!: string;

    @Field(() => String, { nullable: true, description: 'The id of the request that made it (`x-request-id`, as the gateway logs it).' })
    requestId?: string | null;

    @Field(() => AuditActionType, { description: 'Created, updated or deleted.' })
    action!: AuditActionType;

    @Field(() => String, { description: 'The type of what changed (`Order`).' })
    entityType!: string;

    @Field(() => ID, { description: 'The id of what changed.' })
    entityId!: string;

    @Field(() => [AuditFieldChangeType], { description: 'The fields that changed (for a creation, those it set).' })
    changes!: AuditFieldChangeType[];
  }

  @Directive('@shareable')
  @ObjectType('AuditEntryEdge', { description: 'One audit entry in a page, with its cursor.' })
  class AuditEntryEdge {
    @Field(() => String, { description: 'Opaque cursor of this entry.' })
    cursor!: string;

    @Field(() => AuditEntry, { description: 'The entry.' })
    node!: AuditEntry;
  }

  @Directive('@shareable')
  @ObjectType('AuditTrail', { description: 'A page of audit entries, newest first.' })
  class AuditTrail {
    @Field(() => [AuditEntryEdge], { description: 'The entries of this page.' })
    edges!: AuditEntryEdge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;
  }

  return { AuditEntry, AuditTrail };
}

/**
 * Reads a page of an entity's audit trail from `schema`'s published `audit_entries` (under the
 * caller's row-level security), newest first; `actorOf` turns an actor id into the `User` value.
 */
export async function readAuditTrail<U>(
  em: EntityManager,
  schema: string,
  entityType: string,
  entityId: string,
  args: ConnectionArgs,
  actorOf: (id: string) => U | Promise<U | null> | null,
): Promise<AuditTrailValue<U>> {
  const size = pageSize(args.first);
  let before: [string | null, string | null] = [null, null];
  if (args.after) {
    const [at, id] = decodeCursor(args.after);
    if (typeof at !== 'string' || typeof id !== 'string' || !isUuid(id) || Number.isNaN(Date.parse(at))) {
      throw new BadUserInputError('Invalid cursor', { argumentName: 'after' });
    }
    before = [at, id];
  }
  const empty: AuditTrailValue<U> = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: !!args.after, startCursor: null, endCursor: null } };
  if (!isUuid(entityId)) return empty;
  const rows: AuditEntryRow[] = await em.execute(`select * from "${schema}"."audit_entries"(?, ?::uuid, ?, ?::timestamptz, ?::uuid)`, [
    entityType,
    entityId,
    size + 1,
    before[0],
    before[1],
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((row) => {
    const at = new Date(row.at);
    return {
      cursor: encodeCursor([at.toISOString(), row.id]),
      node: {
        id: row.id,
        at,
        actor: row.actor_id ? actorOf(row.actor_id) : null,
        actorRole: row.actor_role,
        requestId: row.request_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        changes: row.changes.map((c) => ({ field: c.field, old: c.changed ? null : (c.old ?? null), new: c.changed ? null : (c.new ?? null), changed: true })),
      },
    };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: !!args.after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
