import type { DocumentNode, ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { DomainEvent, Principal } from '@prometric/core';
import type { GatewayContext } from '../gateway';
import { ENTITY_ID_VARIABLE, VERSION_KEY, versionOf, withoutVersions, type LookupQuery } from './lookup-query';
import { pushIterator } from './push-iterator';

/** Runs a query through the gateway's normal path (plans, every subgraph, field authorization). */
export type ReadEntity = (document: DocumentNode, variables: Record<string, unknown>, context: GatewayContext) => Promise<ExecutionResult>;

interface Member {
  principal: Principal;
  authorization: string;
  /** Epoch ms when the member's token expires (its connection is closed then). */
  expiresAt: number;
  push(result: ExecutionResult): void;
}

interface EntityState {
  /** Composite version last delivered (the sum of the version fields). */
  delivered: number;
  /** The entity's own version (first version field) last delivered: an event about the entity at or below it is old news. */
  deliveredOwn: number;
  reading: boolean;
  /** An event arrived while a read was in flight: read again when it ends, so the final state is delivered. */
  dirty: boolean;
}

/** Subscribers who would receive identical payloads: same tenant, scopes and normalized selection. */
interface Group {
  key: string;
  lookup: LookupQuery;
  workspaceId: string;
  members: Set<Member>;
  entities: Map<string, EntityState>;
}

/** Pushes between two turns of the event loop during a fan-out. */
const DELIVERY_SLICE = 250;

/** Entities whose last delivered version a group remembers. */
const MAX_TRACKED_ENTITIES = 10_000;

/** Counters for tests, /metrics and the fan-out benchmark. */
export interface HubStats {
  events: number;
  reads: number;
  deliveries: number;
  groups: number;
  subscribers: number;
}

/**
 * The registry of live subscriptions. For each event it re-reads the entity once per group (not
 * once per subscriber), with bounded concurrency so HTTP traffic keeps flowing during a fan-out,
 * and delivers only versions newer than the group last delivered. Bursts on one entity coalesce
 * into at most one extra read.
 */
export class SubscriptionHub {
  private readonly groups = new Map<string, Group>();
  private readonly byWorkspace = new Map<string, Set<Group>>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  readonly stats = { events: 0, reads: 0, deliveries: 0 };

  constructor(
    private readonly read: ReadEntity,
    private readonly logger: Logger,
    private readonly concurrency = 8,
  ) {}

  /** Registers a subscriber; the iterator's `return()` unregisters it. */
  subscribe(lookup: LookupQuery, principal: Principal, authorization: string, expiresAt: number): AsyncGenerator<ExecutionResult> {
    const scopes = [...principal.permissions].sort().join(',');
    const key = `${principal.workspaceId}|${scopes}|${lookup.normalized}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { key, lookup, workspaceId: principal.workspaceId, members: new Set(), entities: new Map() };
      this.groups.set(key, group);
      const forWorkspace = this.byWorkspace.get(group.workspaceId) ?? new Set();
      forWorkspace.add(group);
      this.byWorkspace.set(group.workspaceId, forWorkspace);
    }
    const g = group;
    const member: Member = { principal, authorization, expiresAt, push: () => undefined };
    const feed = pushIterator<ExecutionResult>(() => this.leave(g, member));
    member.push = feed.push;
    g.members.add(member);
    return feed.iterator;
  }

  /** An event from the outbox (via Redis): fire every group of its workspace that it concerns. */
  onEvent(event: DomainEvent): void {
    this.stats.events++;
    for (const group of this.byWorkspace.get(event.workspaceId) ?? []) {
      const { config, entityId } = group.lookup;
      if (config.events.includes(event.type)) {
        if (entityId && entityId !== event.aggregateId) continue;
        this.schedule(group, event.aggregateId, event.aggregateVersion);
        continue;
      }
      // A related document changed (an invoice of the order): its version says nothing about the
      // entity's composite one, so always re-read; delivery still drops a state not newer than the last.
      const idField = config.relatedEvents?.[event.type];
      const related = idField ? (event.payload as Record<string, unknown>)[idField] : null;
      if (typeof related !== 'string' || (entityId && entityId !== related)) continue;
      this.schedule(group, related, null);
    }
  }

  statsNow(): HubStats {
    let subscribers = 0;
    for (const g of this.groups.values()) subscribers += g.members.size;
    return { ...this.stats, groups: this.groups.size, subscribers };
  }

  private leave(group: Group, member: Member): void {
    group.members.delete(member);
    if (group.members.size > 0) return;
    this.groups.delete(group.key);
    const forWorkspace = this.byWorkspace.get(group.workspaceId);
    forWorkspace?.delete(group);
    if (forWorkspace?.size === 0) this.byWorkspace.delete(group.workspaceId);
  }

  /** `ownVersion`: the entity's version the event announces, or null for a related document's event. */
  private schedule(group: Group, entityId: string, ownVersion: number | null): void {
    let state = group.entities.get(entityId);
    if (!state) {
      state = { delivered: 0, deliveredOwn: 0, reading: false, dirty: false };
      group.entities.set(entityId, state);
      this.prune(group);
    }
    if (ownVersion !== null && ownVersion <= state.deliveredOwn) return;
    if (state.reading) {
      state.dirty = true;
      return;
    }
    void this.refresh(group, entityId, state);
  }

  /**
   * A workspace-wide subscription sees every entity of its workspace: forget the oldest idle ones
   * beyond a bound. A forgotten entity's next event is simply re-read; the read returns its current
   * version, never older than one delivered before, so ordering still holds.
   */
  private prune(group: Group): void {
    if (group.entities.size <= MAX_TRACKED_ENTITIES) return;
    for (const [id, state] of group.entities) {
      if (group.entities.size <= MAX_TRACKED_ENTITIES) break;
      if (!state.reading) group.entities.delete(id);
    }
  }

  private async refresh(group: Group, entityId: string, state: EntityState): Promise<void> {
    state.reading = true;
    try {
      do {
        state.dirty = false;
        if (group.members.size === 0) return;
        const result = await this.limited(() => this.readFor(group, entityId));
        await this.deliver(group, state, result);
      } while (state.dirty);
    } catch (err) {
      this.logger.error({ err, entityId }, 'subscription re-read failed');
    } finally {
      state.reading = false;
    }
  }

  private readFor(group: Group, entityId: string): Promise<ExecutionResult> {
    // Any live member can lend its token: they share tenant and scopes. The longest-lived is safest.
    let reader: Member | null = null;
    for (const m of group.members) if (!reader || m.expiresAt > reader.expiresAt) reader = m;
    this.stats.reads++;
    return this.read(group.lookup.document, { ...group.lookup.variables, [ENTITY_ID_VARIABLE]: entityId }, {
      requestId: `subscription:${entityId}`,
      authorization: reader!.authorization,
      principal: reader!.principal,
    });
  }

  private async deliver(group: Group, state: EntityState, result: ExecutionResult): Promise<void> {
    const key = group.lookup.responseKey;
    const entity = (result.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[key];
    const version = entity ? versionOf(entity, group.lookup.config) : null;
    if (!entity || version === null) {
      if (result.errors?.length) this.logger.warn({ errors: result.errors }, 'subscription re-read returned no entity');
      return;
    }
    // Never an older state after a newer one: a slow read that lost a race is dropped.
    if (version <= state.delivered) return;
    state.delivered = version;
    state.deliveredOwn = entity[`${VERSION_KEY}0`] as number;
    const payload = withoutVersions(entity);
    const out: ExecutionResult = { data: { [key]: payload }, ...(result.errors?.length ? { errors: result.errors } : {}) };
    // Thousands of pushes serialise and write synchronously: yield between slices so HTTP requests
    // keep being served while a large group fans out.
    let sent = 0;
    for (const member of [...group.members]) {
      member.push(out);
      this.stats.deliveries++;
      if (++sent % DELIVERY_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
