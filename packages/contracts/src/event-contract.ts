import { z } from 'zod';

/** The domain that records an event (the owner of its aggregate). */
export type Producer = 'identity' | 'sales' | 'operations' | 'finance' | 'production' | 'hr';

/**
 * One event every producer and consumer agrees on: its name, the version of its payload's shape, the
 * aggregate it describes and the payload's parser. A producer records it with `recordEvent(em,
 * Contract, …)` (the payload is type-checked, and parsed before it is written); a consumer declares it
 * with `consumes(…)` and receives the parsed, typed payload.
 */
export interface EventContract<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  /** Version of the payload's shape; raised on an incompatible change (consumers refuse other versions). */
  readonly version: number;
  readonly aggregateType: string;
  readonly producer: Producer;
  readonly description: string;
  readonly payload: S;
}

/** What a producer passes (before defaults and transforms). */
export type PayloadIn<C extends EventContract> = z.input<C['payload']>;
/** What a consumer receives. */
export type PayloadOf<C extends EventContract> = z.output<C['payload']>;

/** Declares an event contract. */
export function defineEvent<const T extends string, S extends z.ZodType>(
  type: T,
  spec: { version: number; aggregateType: string; producer: Producer; description: string; payload: S },
): EventContract<T, S> {
  return { type, ...spec };
}

/** The events one durable queue consumes: a consumer's declaration, from which routes are built. */
export interface ConsumerDeclaration<C extends EventContract = EventContract> {
  readonly queue: string;
  readonly events: readonly C[];
}

/** Declares that `queue` consumes `events`. */
export function consumes<const C extends EventContract>(queue: string, events: readonly C[]): ConsumerDeclaration<C> {
  return { queue, events };
}

/** Which event types each durable queue receives (what the outbox relay publishes where), by queue. */
export type EventRoutes = Record<string, string[]>;

/**
 * The routes of a composition, from its consumers' declarations. Assembled where services are
 * composed (`pnpm start`, the test stack, docker-compose), never in a shared kernel. A queue
 * declared twice is an error: one queue, one consumer.
 */
export function routesOf(declarations: readonly ConsumerDeclaration[]): EventRoutes {
  const routes: EventRoutes = {};
  for (const { queue, events } of declarations) {
    if (routes[queue]) throw new Error(`Queue ${queue} is declared by two consumers`);
    routes[queue] = events.map((e) => e.type);
  }
  return routes;
}

/** A payload that does not match its contract: the event is dead-lettered with this reason, never applied. */
export class EventContractViolation extends Error {
  constructor(
    readonly eventType: string,
    reason: string,
  ) {
    super(`${eventType}: ${reason}`);
    this.name = 'EventContractViolation';
  }
}

/** Parses a delivered payload against its contract (and version); throws `EventContractViolation`. */
export function parsePayload<C extends EventContract>(contract: C, payload: unknown, version: number): PayloadOf<C> {
  if (version !== contract.version) {
    throw new EventContractViolation(contract.type, `payload version ${version} is not the version ${contract.version} this consumer understands`);
  }
  const parsed = contract.payload.safeParse(payload);
  if (!parsed.success) throw new EventContractViolation(contract.type, `payload does not match its contract: ${z.prettifyError(parsed.error)}`);
  return parsed.data as PayloadOf<C>;
}
