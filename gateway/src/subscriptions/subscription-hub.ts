import type { ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { DomainEvent, Principal } from '@prometric/core';
import type { GatewayContext } from '../gateway';
import { STATUS_KEY, VERSION_KEY, inFilter, keyVariable, versionOf, withoutVersions, type ChangeShape, type LookupQuery } from './lookup-query';
import type { SubscriptionField } from './subscriptions.config';
import { pushIterator } from './push-iterator';

/** Runs a query (its text, printed once per group) through the gateway's normal path (plans, every subgraph, field authorization). */
export type ReadEntity = (query: string, variables: Record<string, unknown>, context: GatewayContext) => Promise<ExecutionResult>;

interface Member {
  principal: Principal;
  authorization: string;
  /** Epoch ms when the member's token expires (its connection is closed then). */
  expiresAt: number;
  push(result: ExecutionResult): void;
}

interface EntityState {
  /** The entity's key arguments (`{ id }`, `{ productId, warehouseId }`): the re-read's variables. */
  key: Record<string, string>;
  /** Composite version last delivered (the sum of the version fields). */
  delivered: number;
  /** An entity without a version: the payload last delivered, to deliver only what changed. */
  deliveredBody: string | null;
  /** A list-level subscription: whether the entity was in the subscriber's filter when last told. */
  member: boolean;
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
      const { config, narrowedTo, membership } = group.lookup;
      if (config.events.includes(event.type)) {
        const key = keyOf(config, event);
        if (!key || !matches(key, narrowedTo)) continue;
        if (membership) {
          const payload = event.payload as { status?: unknown; previousStatus?: unknown };
          const { statuses } = membership;
          const known = group.entities.get(entityKey(key));
          // Neither before nor after in the filter, and not in it as last told: nothing to tell, nothing to read.
          if (!inFilter(statuses, payload.status) && !inFilter(statuses, payload.previousStatus) && !known?.member) continue;
          this.schedule(group, key, event.aggregateVersion, inFilter(statuses, payload.previousStatus));
          continue;
        }
        // An event about the entity itself carries its version; a stock movement's says nothing of the level's.
        const own = config.key.id?.from === 'aggregateId' ? event.aggregateVersion : null;
        this.schedule(group, key, own, false);
        continue;
      }
      // A related document changed (an invoice of the order): its version says nothing about the
      // entity's composite one, so always re-read; delivery still drops a state not newer than the last.
      const idField = config.relatedEvents?.[event.type];
      const related = idField ? (event.payload as Record<string, unknown>)[idField] : null;
      if (typeof related !== 'string' || !matches({ id: related }, narrowedTo)) continue;
      this.schedule(group, { id: related }, null, false);
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

  /**
   * `ownVersion`: the entity's version the event announces, or null when the event does not carry it.
   * `wasMember`: for a list-level subscription seeing the entity for the first time, whether it was
   * in the filter before this event (its previous status).
   */
  private schedule(group: Group, key: Record<string, string>, ownVersion: number | null, wasMember: boolean): void {
    const id = entityKey(key);
    let state = group.entities.get(id);
    if (!state) {
      state = { key, delivered: 0, deliveredBody: null, member: wasMember, deliveredOwn: 0, reading: false, dirty: false };
      group.entities.set(id, state);
      this.prune(group);
    }
    if (ownVersion !== null && ownVersion <= state.deliveredOwn) return;
    if (state.reading) {
      state.dirty = true;
      return;
    }
    void this.refresh(group, state);
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

  private async refresh(group: Group, state: EntityState): Promise<void> {
    state.reading = true;
    try {
      do {
        state.dirty = false;
        if (group.members.size === 0) return;
        const result = await this.limited(() => this.readFor(group, state.key));
        await this.deliver(group, state, result);
      } while (state.dirty);
    } catch (err) {
      this.logger.error({ err, entity: state.key }, 'subscription re-read failed');
    } finally {
      state.reading = false;
    }
  }

  private readFor(group: Group, key: Record<string, string>): Promise<ExecutionResult> {
    // Any live member can lend its token: they share tenant and scopes. The longest-lived is safest.
    let reader: Member | null = null;
    for (const m of group.members) if (!reader || m.expiresAt > reader.expiresAt) reader = m;
    this.stats.reads++;
    const keyVariables = Object.fromEntries(Object.entries(key).map(([argument, value]) => [keyVariable(argument), value]));
    return this.read(group.lookup.text, { ...group.lookup.variables, ...keyVariables }, {
      requestId: `subscription:${entityKey(key)}`,
      authorization: reader!.authorization,
      principal: reader!.principal,
    });
  }

  private async deliver(group: Group, state: EntityState, result: ExecutionResult): Promise<void> {
    const { responseKey, config, membership } = group.lookup;
    const entity = (result.data as Record<string, Record<string, unknown> | null> | null | undefined)?.[responseKey];
    const version = entity ? versionOf(entity, config) : null;
    if (!entity || version === null) {
      if (result.errors?.length) this.logger.warn({ errors: result.errors }, 'subscription re-read returned no entity');
      return;
    }
    const payload = withoutVersions(entity);
    let data: Record<string, unknown>;
    if (membership) {
      const status = payload[STATUS_KEY];
      delete payload[STATUS_KEY];
      const member = inFilter(membership.statuses, status);
      const change = member ? (state.member ? 'CHANGED' : 'ENTERED') : state.member ? 'LEFT' : null;
      // Never an older state after a newer one; a change of membership always comes with a newer version.
      if (change === null || version <= state.delivered) return;
      state.member = member;
      data = { [responseKey]: changeOf(membership.shape, config.membership!.typeName, change, payload) };
    } else if (config.versionFields.length === 0) {
      // No version: re-reads of one entity never overlap, so the newest read is the newest state.
      const body = JSON.stringify(payload);
      if (body === state.deliveredBody) return;
      state.deliveredBody = body;
      data = { [responseKey]: payload };
    } else {
      // Never an older state after a newer one: a slow read that lost a race is dropped.
      if (version <= state.delivered) return;
      data = { [responseKey]: payload };
    }
    state.delivered = version;
    state.deliveredOwn = (entity[`${VERSION_KEY}0`] as number | undefined) ?? 0;
    const out: ExecutionResult = { data, ...(result.errors?.length ? { errors: result.errors } : {}) };
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

/** The entity an event is about, as the values of the lookup's key arguments; null when the event lacks one. */
function keyOf(config: SubscriptionField, event: DomainEvent): Record<string, string> | null {
  const key: Record<string, string> = {};
  for (const [argument, source] of Object.entries(config.key)) {
    const value = source.from === 'aggregateId' ? event.aggregateId : (event.payload as Record<string, unknown>)[source.field];
    if (typeof value !== 'string') return null;
    key[argument] = value;
  }
  return key;
}

/** Whether the entity is one a subscription narrowed to (every key argument it named has this value). */
function matches(key: Record<string, string>, narrowedTo: Record<string, string>): boolean {
  for (const [argument, value] of Object.entries(narrowedTo)) if (key[argument] !== value) return false;
  return true;
}

const entityKey = (key: Record<string, string>): string => Object.values(key).join('/');

/** A list-level answer in the subscriber's shape: `{ change, order, __typename }` under its aliases. */
function changeOf(shape: ChangeShape, typeName: string, change: string, entity: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of shape.changeKeys) out[key] = change;
  for (const key of shape.entityKeys) out[key] = entity;
  for (const key of shape.typenameKeys) out[key] = typeName;
  return out;
}
